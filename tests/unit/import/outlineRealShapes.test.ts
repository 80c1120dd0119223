import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOutline, readKeyResultLine } from '../../../shared/import/outline/outline';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/okr-import/${name}`, import.meta.url), 'utf8');
const kr = (text: string) => {
  const read = readKeyResultLine(text, 1);
  return 'keyResult' in read ? read.keyResult : read.problem.message;
};
const typed = (parsed: ReturnType<typeof parseOutline>) =>
  parsed.objectives.map((o) => ({ title: o.title, section: o.section, owner: o.owner, keyResults: o.keyResults.map((k) => [k.title, k.metric, k.start, k.target, k.unit, k.current, k.confidence, k.owner]) }));

describe('a quarter published as a handbook page (markdown)', () => {
  const parsed = parseOutline(fixture('handbook-quarter.md'));

  it('reads team headings, "### Objective 1:" titles, "KR 1.1" lines and the period heading; remarks are no objectives', () => {
    expect(parsed.period).toBe('Q2 FY27');
    expect(parsed.objectives.map((o) => [o.title, o.section, o.owner, o.parentTitle])).toEqual([
      ['Customers pay without friction', 'Payments team', 'Payments', 'Grow self-service revenue'],
      ['Grow revenue through the portal', 'Payments team', null, null],
      ['Trustworthy data, every morning', 'Data Platform', null, null],
    ]);
    expect(parsed.notes).toContainEqual({ line: 3, message: 'Line 3 is read as a remark and not imported' });
  });

  it('gives every key result its start, target, unit, value now, confidence and owner, with the annotations out of the title', () => {
    expect(typed(parsed).flatMap((o) => o.keyResults)).toEqual([
      ['Increase checkout conversion from 2.1% to 3.5%', 'increase', 2.1, 3.5, '%', 2.8, 8, 'Ada Lovelace'],
      ['Reduce p95 checkout latency from 800 ms to 300 ms', 'decrease', 800, 300, 'ms', 520, 5, 'Grace Hopper'],
      ['Ship one-tap payments', 'milestone', 0, 1, '', 1, 10, null],
      ['Increase NPS from 32 to 45', 'increase', 32, 45, '', 38.5, 5, 'alan.turing'],
      ['Increase monthly self-service revenue from €2.5M to €4M', 'increase', 2_500_000, 4_000_000, '€', 2_700_000, 2, null],
      ['Sign 5 new reseller partners', 'increase', 0, 5, 'partners', 3, 5, null],
      ['Keep nightly load success above 99.5 %', 'stayAbove', null, 99.5, '%', null, null, null],
      ['Migrate dashboards to the new warehouse', 'increase', 0, 40, 'dashboards', 12, 5, null],
      ['Reduce data freshness incidents from 9 to 2 per month', 'decrease', 9, 2, '', null, null, 'Data Platform'],
    ]);
  });

  it('says what it assumed: progress turned into a value, a count read from "12 of 40", a status without a value', () => {
    expect(parsed.notes.map((n) => n.message)).toEqual(expect.arrayContaining([
      '"Increase NPS from 32 to 45": progress 50% read as the value 38.5 (that share of the way from 32 to 45)',
      '"Migrate dashboards to the new warehouse" is at 12 of 40: read as a count from 0 to 40, not a done-or-not milestone',
      '"Keep nightly load success above 99.5 %" is marked on track but gives no value now: no check-in is recorded',
    ]));
  });

  it('refuses a struck-through key result (dropped or done? the page does not say) naming its line', () => {
    expect(parsed.problems).toEqual([
      { line: 19, message: '"Launch the partner marketplace" is struck through: delete the line if the key result was dropped, or remove the strike-through (and mark it ✅ if it is done)' },
    ]);
  });
});

describe('a quarter pasted from a Word outline', () => {
  const parsed = parseOutline(fixture('word-outline.txt'));

  it('reads "1.<tab>" objectives and "o<tab>" key results under an "OKRs H1 2026" title, with the owner after a tab', () => {
    expect(parsed.period).toBe('H1 2026');
    expect(parsed.objectives.map((o) => [o.title, o.keyResults.map((k) => k.title)])).toEqual([
      ['Customers help themselves', ['Raise the share of requests solved in the portal from 20 % to 45 %']],
      ['Answer faster', ['Reduce first response time to 4 h']],
    ]);
    expect(parsed.objectives[0]!.keyResults[0]).toMatchObject({ start: 20, target: 45, unit: '%', owner: 'Service Desk' });
    expect(parsed.objectives[1]!.keyResults[0]).toMatchObject({ metric: 'decrease', start: null, target: 4, unit: 'h', current: 9 });
  });

  it('names the line and value of "4.200" (nothing shows the decimal mark), a range and a multiple — never a silent number', () => {
    expect(parsed.problems).toEqual([
      { line: 5, message: '"Cut calls to the contact centre from 4.200 to 3.000 calls per week": "4.200" could be 4200 or 4.2, and nothing else in the paste shows which decimal mark it uses: write 4200 or 4.2' },
      { line: 6, message: '"Hire 3–5 support engineers" gives a range (3–5), not one target: write the value to reach, e.g. "to 5"' },
      { line: 9, message: '"Increase CSAT 10x" names a multiple ("10x"), not a value to reach: write where it starts and ends, e.g. "from 4 to 40"' },
    ]);
  });

  it('reads "4.200" as four thousand two hundred when the paste writes decimal commas elsewhere ("99,5 %")', () => {
    const german = parseOutline('Answer faster\n- Cut calls from 4.200 to 3.000 calls per week\n- Keep availability above 99,5 %\n- Grow revenue from 2,5 Mio. € to 4 Mio. €');
    expect(german.problems).toEqual([]);
    expect(german.objectives[0]!.keyResults.map((k) => [k.start, k.target, k.unit])).toEqual([[4200, 3000, 'calls'], [null, 99.5, '%'], [2_500_000, 4_000_000, '€']]);
  });
});

describe('objectives that name their period', () => {
  it('keeps "Grow revenue in Q3 2026" and "# Win Germany in H1 2026" as objectives when key results follow, and "Q3 2026" alone as the period', () => {
    const parsed = parseOutline('Q3 2026\n\nGrow revenue in Q3 2026\n- Increase revenue from $1M to $2M\n# Win Germany in H1 2026\n- Sign 5 resellers');
    expect(parsed.period).toBe('Q3 2026');
    expect(parsed.problems).toEqual([]);
    expect(parsed.objectives.map((o) => o.title)).toEqual(['Grow revenue in Q3 2026', 'Win Germany in H1 2026']);
  });
});

describe('key results as real documents write them', () => {
  it('keeps the start when the unit is written after each number: "from 800 ms to 300 ms"', () => {
    expect(kr('Reduce p95 latency from 800 ms to 300 ms')).toMatchObject({ metric: 'decrease', start: 800, target: 300, unit: 'ms' });
    expect(kr('Improve NPS 32 → 45')).toMatchObject({ metric: 'increase', start: 32, target: 45 });
  });
  it('keeps the currency as the unit: "$1.2k", "€2.5M", "2,5 Mio. €"', () => {
    expect(kr('Grow revenue per customer from $1.2k to $1.5k')).toMatchObject({ start: 1200, target: 1500, unit: '$' });
    expect(kr('Grow ARR to €2.5M')).toMatchObject({ target: 2_500_000, unit: '€' });
  });
  it('reads "Hire 12 engineers" and "Sign at least 5 new partners" as counts from 0, never as done-or-not milestones', () => {
    expect(kr('Hire 12 backend engineers by June')).toMatchObject({ metric: 'increase', start: 0, target: 12, unit: 'engineers' });
    expect(kr('Sign at least 5 new partners')).toMatchObject({ metric: 'increase', start: 0, target: 5, unit: 'partners' });
    expect(kr('Close 3 enterprise deals worth €1M')).toMatchObject({ metric: 'increase', start: 0, target: 3, unit: 'deals' });
    expect(kr('Ship the new onboarding by 31.03.2026')).toMatchObject({ metric: 'milestone' });
    expect(kr('Launch pricing page by 2026-03-31')).toMatchObject({ metric: 'milestone' });
  });
  it('reads "at 1.2 of 2.0", "(now 38)", "[x]" and ✅, and refuses a value that contradicts the target', () => {
    expect(kr('Increase deploys per day to 2.0 — at 1.2 of 2.0')).toMatchObject({ target: 2, current: 1.2 });
    expect(kr('Increase NPS to 45 (now 38) 🟡')).toMatchObject({ target: 45, current: 38, confidence: 5, status: 'atRisk' });
    expect(kr('[x] Launch the beta')).toMatchObject({ metric: 'milestone', current: 1 });
    expect(kr('Sign 5 partners — 3 of 8')).toBe('"Sign 5 partners" is at 3 of 8, but its target is 5: correct one of the two');
    expect(kr('Increase conversion to 60 % (now 3 ms)')).toBe('"Increase conversion to 60 %" is measured in % but its value now is "3 ms": write it in %');
  });
  it('does not turn a bare "[45%]" on a percentage key result into a value: it could be either', () => {
    const read = readKeyResultLine('Increase conversion from 40 % to 60 % [45%]', 7);
    expect('keyResult' in read && read.keyResult.current).toBeNull();
    expect('keyResult' in read && read.notes[0]!.message).toBe('"Increase conversion from 40 % to 60 %": "45%" could be the value now or the progress: write "(now 45%)" or "(progress 45%)"; no check-in is recorded');
  });
});

describe('a quarter pasted as a table', () => {
  it('reads a markdown table: objective merged down, key result, owner, team, target and status columns', () => {
    const parsed = parseOutline(`| Objective | Team | Key result | Owner | Target | Current | Status |
|---|---|---|---|---|---|---|
| Customers pay without friction | Payments | Increase checkout conversion from 2.1 % | Ada Lovelace | 3.5 % | 2.8 % | 🟢 |
| | | Ship one-tap payments | Grace Hopper | | | ✅ |
| Trustworthy data | Data Platform | Reduce freshness incidents | | 2 | 5 | 🔴 |`);
    expect(parsed.problems).toEqual([]);
    expect(typed(parsed)).toEqual([
      { title: 'Customers pay without friction', section: null, owner: 'Payments', keyResults: [
        ['Increase checkout conversion from 2.1 % to 3.5 %', 'increase', 2.1, 3.5, '%', 2.8, 8, 'Ada Lovelace'],
        ['Ship one-tap payments', 'milestone', 0, 1, '', 1, 10, 'Grace Hopper'],
      ] },
      { title: 'Trustworthy data', section: null, owner: 'Data Platform', keyResults: [['Reduce freshness incidents to 2', 'decrease', null, 2, '', 5, 2, null]] },
    ]);
  });
  it('names a table without objective and key result columns', () => {
    expect(parseOutline('| Goal owner | Metric |\n|---|---|\n| Ada | NPS |').problems).toEqual([
      { line: 1, message: 'The table on line 1 needs an "Objective" and a "Key result" column: name its columns that way in the first row.' },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToOutlineText } from '../../../shared/import/outline/htmlText';
import { parseOutline } from '../../../shared/import/outline/outline';
import { periodOfPaste } from '../../../shared/import/outline/outlinePeriod';
import { planOutlineSave, type OutlineSaveContext } from '../../../shared/import/outline/outlineSave';
import { readPeriod } from '../../../shared/import/okrs/periodText';

const handbook = readFileSync(new URL('../../fixtures/okr-import/handbook-quarter.md', import.meta.url), 'utf8').replace(/^- KR 1\.3.*\n/m, '').replace(/^3\. ~~.*\n/m, '');
const ctx: OutlineSaveContext = {
  teams: [{ id: 't-pay', name: 'Payments' }, { id: 't-data', name: 'Data Platform' }, { id: 't-growth', name: 'Growth' }],
  people: [
    { id: 'p-ada', name: 'Ada Lovelace', email: 'ada@example.com' },
    { id: 'p-alan', name: 'Alan Turing', email: 'alan.turing@example.com' },
  ],
  chosenTeamIds: ['t-growth'],
  period: { id: 'period:2026-Q2', start: '2026-04-01', end: '2026-06-30' },
  today: '2026-05-14',
  objectives: [{ id: 'o-company', title: 'Grow self-service revenue', periodId: 'custom-2026' }],
};

describe('saving a pasted handbook page', () => {
  const plan = planOutlineSave(parseOutline(handbook), ctx);

  it('gives each objective the team its "Owner:" line or its team heading names, else the chosen teams', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.entries.map((e) => [e.title, e.ownerTeamIds])).toEqual([
      ['Customers pay without friction', ['t-pay']],
      ['Grow revenue through the portal', ['t-pay']],
      ['Trustworthy data, every morning', ['t-data']],
    ]);
  });

  it('matches key result owners by name, by "@alan.turing" (the email before the @) and by team; says who matches nobody', () => {
    expect(plan.entries[0]!.keyResults.map((k) => [k.ownerId, k.ownerTeamId])).toEqual([['p-ada', null], [null, null], ['p-alan', null]]);
    expect(plan.entries[2]!.keyResults.at(-1)).toMatchObject({ ownerId: null, ownerTeamId: 't-data' });
    expect(plan.notes).toContainEqual({ line: 12, message: '"Reduce p95 checkout latency from 800 ms to 300 ms": the owner "Grace Hopper" matches nobody in People or Teams: saved without an owner (add the person first to keep them)' });
  });

  it('aligns to the parent named by "Supports:" and records the values now as check-ins dated today', () => {
    expect(plan.entries[0]!.parent).toEqual({ kind: 'existing', id: 'o-company' });
    expect(plan.entries[0]!.keyResults[0]!.checkIn).toEqual({ value: 2.8, confidence: 8, date: '2026-05-14' });
    expect(plan.entries[1]!.keyResults.map((k) => k.checkIn?.value)).toEqual([2_700_000, 3]);
  });

  it('dates check-ins of a past period on its last day, and records none before a period starts', () => {
    expect(planOutlineSave(parseOutline(handbook), { ...ctx, today: '2026-08-01' }).entries[0]!.keyResults[0]!.checkIn?.date).toBe('2026-06-30');
    const early = planOutlineSave(parseOutline(handbook), { ...ctx, today: '2026-03-20' });
    expect(early.entries.flatMap((e) => e.keyResults).every((k) => k.checkIn === null)).toBe(true);
    expect(early.notes).toContainEqual({ line: 11, message: 'the period starts on 2026-04-01, after today: the values now are not recorded as check-ins' });
  });

  it('asks for owner teams when neither a heading nor the dialog names one', () => {
    const plan2 = planOutlineSave(parseOutline('Answer faster\n- Reduce first response time to 4 h'), { ...ctx, chosenTeamIds: [] });
    expect(plan2.problems).toEqual([{ line: 1, message: '"Answer faster" has no owner team: choose the owner teams below, or name a team in an "Owner:" line or a heading above it' }]);
  });
});

describe('the period a pasted document names', () => {
  it('proposes the quarter of "Q3 2026" and an existing custom period for "H1 2026"; says when it does not exist', () => {
    expect(periodOfPaste('Q3 2026', 1, [])).toEqual({ id: 'period:2026-Q3', note: null });
    expect(periodOfPaste('H1 2026', 1, [{ id: 'c1', name: 'First half', start: '2026-01-01', end: '2026-06-30' }])).toEqual({ id: 'c1', note: null });
    expect(periodOfPaste('H2 FY27', 4, []).note).toBe('The paste names FY27 H2 (2026-10-01 – 2027-03-31), which is no period of this workspace yet: create it as a custom period, or choose a period below');
  });
  it('reads half years in a spreadsheet too: "H1 2026", "2026 H2", "FY27 H1"', () => {
    expect(readPeriod({ name: 'H1 2026' }, 1)).toEqual({ ok: true, period: { kind: 'custom', name: 'H1 2026', start: '2026-01-01', end: '2026-06-30' } });
    expect(readPeriod({ name: '2026 H2' }, 1)).toMatchObject({ ok: true, period: { start: '2026-07-01', end: '2026-12-31' } });
    expect(readPeriod({ name: 'FY27 H1' }, 4)).toMatchObject({ ok: true, period: { name: 'FY27 H1', start: '2026-04-01', end: '2026-09-30' } });
  });
});

describe('a page copied as HTML', () => {
  const html = `<html><head><style>p{}</style></head><body>
<h1>Q3 2026 OKRs</h1><h2>Payments team</h2>
<h3>Objective 1: Customers pay without friction</h3>
<ul><li><p><span>KR 1.1 Increase checkout conversion from 2.1&nbsp;% to 3.5&nbsp;% (DRI: Ada Lovelace)</span></p></li>
<li><del>Launch the marketplace</del></li></ul>
<p>Objective 2: Answer faster</p>
<ul class="lst-kix_abc-0"><li aria-level="1">Reduce first response time from 9 h to 4 h</li></ul>
<table><tr><th>Objective</th><th>Key result</th><th>Target</th></tr><tr><td>Trustworthy data</td><td>Reduce freshness incidents</td><td>2</td></tr></table>
</body></html>`;

  it('keeps headings, list items, struck text and table rows as outline text', () => {
    expect(htmlToOutlineText(html).split('\n')).toEqual([
      '# Q3 2026 OKRs',
      '## Payments team',
      '### Objective 1: Customers pay without friction',
      '- KR 1.1 Increase checkout conversion from 2.1 % to 3.5 % (DRI: Ada Lovelace)',
      '- ~~Launch the marketplace~~',
      'Objective 2: Answer faster',
      '- Reduce first response time from 9 h to 4 h',
      '| Objective | Key result | Target |',
      '| Trustworthy data | Reduce freshness incidents | 2 |',
    ]);
  });
  it('reads as the same quarter as the page written in markdown', () => {
    const parsed = parseOutline(htmlToOutlineText(html));
    expect(parsed.period).toBe('Q3 2026');
    expect(parsed.objectives.map((o) => [o.title, o.section, o.keyResults.length])).toEqual([
      ['Customers pay without friction', 'Payments team', 1],
      ['Answer faster', 'Payments team', 1],
      ['Trustworthy data', 'Payments team', 1],
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([5]);
  });
});

describe('a pasted page that spells names another way', () => {
  it('finds teams and owners without their accents, and owners written "Last, First"', () => {
    const text = ['## Données & Analytique', 'Objective: Trusted numbers', '- Increase dashboards on one definition from 0 to 12 (Owner: Wojcik, Zofia)', '- Increase reports signed off from 0 to 4 (Owner: Jose Alvarez)'].join('\n');
    const spelled: OutlineSaveContext = {
      ...ctx,
      teams: [...ctx.teams, { id: 't-donnees', name: 'Donnees & Analytique' }],
      people: [...ctx.people, { id: 'p-zofia', name: 'Zofia Wójcik', email: null }, { id: 'p-jose', name: 'José Álvarez', email: null }],
    };
    const saved = planOutlineSave(parseOutline(text), spelled);
    expect(saved.entries.map((e) => e.ownerTeamIds)).toEqual([['t-donnees']]);
    expect(saved.entries[0]!.keyResults.map((k) => k.ownerId)).toEqual(['p-zofia', 'p-jose']);
  });
});

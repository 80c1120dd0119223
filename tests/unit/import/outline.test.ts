import { describe, expect, it } from 'vitest';
import { parseOutline, readKeyResultLine } from '../../../shared/import/outline/outline';

const kr = (text: string) => {
  const read = readKeyResultLine(text, 1);
  return 'keyResult' in read ? read.keyResult : read.problem.message;
};

describe('reading key results as people write them', () => {
  it('reads a bare start with the target\'s k/M/bn when that is what it means, and says so; keeps it bare when scaling would contradict the verb', () => {
    expect(kr('Increase ARR from 1 to 2 M€')).toMatchObject({ metric: 'increase', start: 1_000_000, target: 2_000_000, unit: '€' });
    expect(kr('Grow active customers from 1.5 to 3k')).toMatchObject({ metric: 'increase', start: 1_500, target: 3_000 });
    expect(kr('Reduce cloud spend from 3 to 2.4 M€')).toMatchObject({ metric: 'decrease', start: 3_000_000, target: 2_400_000, unit: '€' });
    // Scaled, these would go the wrong way or a thousandfold off: the start is what is written.
    expect(kr('Increase weekly users from 500 to 2k')).toMatchObject({ metric: 'increase', start: 500, target: 2_000 });
    expect(kr('Increase sign-ups from 100 to 1M')).toMatchObject({ metric: 'increase', start: 100, target: 1_000_000 });
    // A start with its own unit or suffix is never rescaled.
    expect(kr('Increase ARR from 1 € to 2 M€')).toMatchObject({ start: 1, target: 2_000_000 });
    expect(kr('Increase ARR from 800k to 2 M€')).toMatchObject({ start: 800_000, target: 2_000_000 });
    const read = readKeyResultLine('Increase ARR from 1 to 2 M€', 4);
    expect('keyResult' in read && read.notes).toEqual([{ line: 4, message: '"Increase ARR from 1 to 2 M€": the start 1 read as 1,000,000, taking the target\'s "M"; if it means 1, write the target in full (to 2,000,000)' }]);
  });

  it('reads "Increase X from 40 % to 60 %" as an increase with start, target and unit', () => {
    expect(kr('Increase portal self-service from 40 % to 60 %')).toMatchObject({ metric: 'increase', start: 40, target: 60, unit: '%' });
  });
  it('reads "Reduce churn to 2 %" as a decrease with an unknown start', () => {
    expect(kr('Reduce churn to 2 %')).toMatchObject({ metric: 'decrease', start: null, target: 2, unit: '%' });
  });
  it('reads a unit word after the target and thousands separators', () => {
    expect(kr('Cut calls to the contact centre from 4,200 to 3,000 calls per week')).toMatchObject({ metric: 'decrease', start: 4200, target: 3000, unit: 'calls' });
    expect(kr('Grow revenue from $1.2M to $3M')).toMatchObject({ metric: 'increase', start: 1_200_000, target: 3_000_000 });
  });
  it('reads lines to hold as stay above / stay below', () => {
    expect(kr('Keep checkout availability above 99.9 %')).toMatchObject({ metric: 'stayAbove', target: 99.9, unit: '%' });
    expect(kr('Keep p95 latency below 300 ms')).toMatchObject({ metric: 'stayBelow', target: 300, unit: 'ms' });
  });
  it('reads "Ship the new onboarding by March" as a milestone', () => {
    expect(kr('Ship the new onboarding by March')).toMatchObject({ metric: 'milestone', start: 0, target: 1 });
    expect(kr('Launch live chat in Q4 2026')).toMatchObject({ metric: 'milestone' });
  });
  it('explains what to write when only a change is given', () => {
    expect(kr('Increase revenue by 20 %')).toBe('"Increase revenue by 20 %" names a change ("by 20 %"), not a value to reach: write it as "from 40 to 60" or "to 60"');
    expect(kr('NPS 45')).toContain('has no target that can be read');
  });
});

const DOCUMENT = `
Customers help themselves
  - Increase portal self-service from 40 % to 60 %
  - Reduce calls to the contact centre to 3,000 per week
  • Ship the new onboarding by March

2. Improve reliability
   a) Keep checkout availability above 99.9 %
   b) Reduce incidents from 12 to 4

Objective 3: Grow self-service revenue
KR1: Grow revenue from $1.2M to $3M
KR2: Sign 5 new partners by December
`;

describe('parsing a pasted outline', () => {
  it('finds objectives and their bulleted, lettered and labelled key results', () => {
    const parsed = parseOutline(DOCUMENT);
    expect(parsed.problems).toEqual([]);
    expect(parsed.objectives.map((o) => [o.title, o.keyResults.map((k) => k.metric)])).toEqual([
      ['Customers help themselves', ['increase', 'decrease', 'milestone']],
      ['Improve reliability', ['stayAbove', 'decrease']],
      ['Grow self-service revenue', ['increase', 'increase']],
    ]);
    // "Sign 5 new partners" counts partners from 0 to 5: a milestone would drop the 5.
    expect(parsed.objectives[2]!.keyResults[1]).toMatchObject({ start: 0, target: 5, unit: 'partners' });
    expect(parsed.objectives[0]!.keyResults[1]).toMatchObject({ line: 4, start: null, target: 3000 });
  });
  it('reads bulleted key results written flush under a plain objective line', () => {
    const parsed = parseOutline('Delight customers\n- Increase NPS from 30 to 45\n- Reduce churn to 2 %\nSecond objective\n- Launch the app');
    expect(parsed.objectives.map((o) => o.keyResults.length)).toEqual([2, 1]);
  });
  it('reports each line it cannot read and objectives without key results', () => {
    const parsed = parseOutline('Grow\n- Increase revenue by 20 %\nEmpty objective\nNext one\n- Ship it');
    expect(parsed.problems).toEqual([
      { line: 2, message: '"Increase revenue by 20 %" names a change ("by 20 %"), not a value to reach: write it as "from 40 to 60" or "to 60"' },
      { line: 3, message: '"Empty objective" has no key results: list them below it, one per line with a bullet or a number.' },
    ]);
  });
  it('refuses a 10,000-line paste with one clear message', () => {
    const parsed = parseOutline(Array.from({ length: 10_000 }, (_, i) => (i % 4 === 0 ? `Objective ${i}` : '- Ship it')).join('\n'));
    expect(parsed).toMatchObject({ objectives: [], problems: [{ line: 2001, message: 'The paste has 10,000 lines; at most 2,000 are read at once: paste one part at a time.' }] });
  });
  it('gives the same answer every time', () => {
    expect(parseOutline(DOCUMENT)).toEqual(parseOutline(DOCUMENT));
  });
});

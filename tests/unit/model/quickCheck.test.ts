import { describe, expect, it } from 'vitest';
import { CheckIn, KeyResult, Objective, Period, Team } from '../../../shared/model';
import { parseQuickly, quickCheckOf } from '../../../shared/quickCheck';
import { parseOrThrow } from '../../../shared/validation';

const AT = '2026-11-16T09:00:00.000Z';
const fields = { createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null };
const objective = { id: 'o1', ...fields, title: 'Grow self-service revenue', description: '', periodId: 'period:2026-Q4', ownerTeamIds: ['t1', 't2'], parentId: null, kind: 'committed', score: null };
const keyResult = {
  id: 'k1', ...fields, objectiveId: 'o1', title: 'Self-service share', metric: 'increase', start: 40, target: 60, unit: '%', weight: null,
  ownerId: null, ownerTeamId: 't1', contributingTeamIds: [], sortOrder: 10, score: null,
};
const checkIn = { id: 'c1', ...fields, keyResultId: 'k1', date: '2026-11-02', value: 44.5, confidence: 7, note: 'on track', authorId: null, correctsId: null };
const team = { id: 't1', ...fields, planId: 'plan:live', name: 'Payments', mission: '', services: [], championId: null };
const period = { id: 'p1', ...fields, name: 'FY27 Q1', kind: 'custom', start: '2026-04-01', end: '2026-06-30' };

/** Values that break each kind of field: wrong types, untrimmed or empty text, out-of-range numbers, bad dates. */
const BAD_VALUES: unknown[] = [
  undefined, null, '', ' ', ' padded ', 'x'.repeat(121), 'x'.repeat(2001), 0, -1, 1.5, 11, 1001, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60,
  true, 'increase', 'sideways', 'aspirational', '2026-02-30', '2026-11-16', '2026-11-16T09:00:00+01:00', '2026-11-16T09:00:00Z', [], ['t1', 't1'], ['t1', ' t2'],
  Array.from({ length: 51 }, (_, i) => `t${i}`), {}, { value: 0.5, reason: '' }, { value: 2, reason: '' }, '😀'.repeat(61),
];

/** Every record with one field replaced (or removed, or one unknown field added). */
function variants(record: Record<string, unknown>): unknown[] {
  const out: unknown[] = [record, { ...record, extra: 1 }, null, [], 'text'];
  for (const key of Object.keys(record)) {
    const { [key]: _removed, ...without } = record;
    out.push(without);
    for (const bad of BAD_VALUES) out.push({ ...record, [key]: bad });
  }
  return out;
}

describe('the compiled quick check of record schemas', () => {
  const cases = [
    ['Objective', Objective, objective],
    ['KeyResult', KeyResult, keyResult],
    ['CheckIn', CheckIn, checkIn],
    ['Team', Team, team],
    ['Period', Period, period],
  ] as const;

  it.each(cases)('compiles %s (every field kind it uses is understood)', (_name, schema) => {
    expect(quickCheckOf(schema)).not.toBeNull();
  });

  it.each(cases)('accepts a %s only when zod accepts it unchanged (thousands of broken variants)', (_name, schema, record) => {
    const quick = quickCheckOf(schema)!;
    let accepted = 0;
    for (const value of variants(record)) {
      const zod = schema.safeParse(value);
      const unchanged = zod.success && JSON.stringify(zod.data) === JSON.stringify(value) && Object.keys(zod.data as object).length === Object.keys(value as object).length;
      expect(quick(value), JSON.stringify(value)).toBe(unchanged);
      if (unchanged) accepted++;
    }
    expect(accepted).toBeGreaterThan(10);
  });

  it('refuses what refinements refuse: two owners of a key result, repeated owner teams, a period ending before it starts', () => {
    expect(quickCheckOf(KeyResult)!({ ...keyResult, ownerId: 'person-1' })).toBe(false);
    expect(quickCheckOf(Objective)!({ ...objective, ownerTeamIds: ['t1', 't1'] })).toBe(false);
    expect(quickCheckOf(Period)!({ ...period, end: '2026-03-31' })).toBe(false);
  });

  it('gives zod’s result and zod’s messages for anything it does not accept', () => {
    const padded = { ...objective, title: '  Grow revenue  ' };
    expect(parseQuickly(Objective, padded)).toEqual(parseOrThrow(Objective, padded));
    expect((parseQuickly(Objective, padded) as { title: string }).title).toBe('Grow revenue');
    const bad = { ...checkIn, confidence: 11, date: '2026-13-01' };
    expect(() => parseQuickly(CheckIn, bad)).toThrow(/confidence must be at most 10/);
    expect(() => parseQuickly(CheckIn, bad)).toThrow(
      (() => {
        try {
          parseOrThrow(CheckIn, bad);
        } catch (error) {
          return (error as Error).message;
        }
        return 'no error';
      })(),
    );
  });

  it('returns an accepted record itself, not a copy', () => {
    expect(parseQuickly(CheckIn, checkIn)).toBe(checkIn);
  });
});

import { describe, expect, it } from 'vitest';
import { CheckIn, KeyResult, Membership, Objective, Period, Person, Role, Settings, DEFAULT_SETTINGS } from '../../../shared/model';
import { describeIssues, parseOrThrow, ValidationError } from '../../../shared/validation';

const stamp = { id: 'x', createdAt: '2026-11-26T12:00:00.000Z', updatedAt: '2026-11-26T12:00:00.000Z', deletedAt: null, updatedBy: null };

describe('domain schemas', () => {
  it('accept a membership of 1–100 % and refuse 0 %', () => {
    const m = { ...stamp, planId: 'plan:live', teamId: 't', personId: 'p', roleId: 'role:developer' };
    expect(Membership.safeParse({ ...m, allocation: 1 }).success).toBe(true);
    expect(Membership.safeParse({ ...m, allocation: 100 }).success).toBe(true);
    expect(() => parseOrThrow(Membership, { ...m, allocation: 0 })).toThrow('allocation: allocation must be at least 1%');
  });

  it('refuse unknown keys, naming them', () => {
    const result = Person.safeParse({ ...stamp, name: 'A', email: null, title: '', departmentId: null, admin: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.error)).toEqual(['unknown field admin']);
  });

  it('prefix every issue with the record path, as backups need', () => {
    try {
      parseOrThrow(Person, { ...stamp, name: '', email: 'nope', title: '', departmentId: null }, 'people[3]');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual(['people[3].name: Name is required', 'people[3].email: email is not valid']);
    }
  });

  it('refuse a role whose maximum is below its minimum', () => {
    const role = { ...stamp, name: 'Developer', description: '', required: true, minPerTeam: 3, maxPerTeam: 2, sortOrder: 0 };
    expect(() => parseOrThrow(Role, role)).toThrow('maxPerTeam: maximum per team must not be below the minimum');
    expect(Role.safeParse({ ...role, maxPerTeam: null }).success).toBe(true);
  });

  it('refuse a period that ends before it starts', () => {
    expect(() => parseOrThrow(Period, { ...stamp, name: 'Sprint', kind: 'custom', start: '2026-03-01', end: '2026-02-28' })).toThrow(
      'end: the period must end on or after its start date',
    );
  });

  it('require at least one owner team, without repeats, for an objective', () => {
    const o = { ...stamp, title: 'Grow', description: '', periodId: 'period:2026-Q4', parentId: null, kind: 'committed', score: null };
    expect(Objective.safeParse({ ...o, ownerTeamIds: ['a', 'b'] }).success).toBe(true);
    expect(() => parseOrThrow(Objective, { ...o, ownerTeamIds: [] })).toThrow('at least one owner team');
    expect(() => parseOrThrow(Objective, { ...o, ownerTeamIds: ['a', 'a'] })).toThrow('owner teams must not repeat');
  });

  it('know every metric kind of a key result and refuse others', () => {
    const kr = { ...stamp, objectiveId: 'o', title: 'KR', start: 0, target: 1, unit: '', weight: null, ownerId: null, contributingTeamIds: [], sortOrder: 0, score: null };
    for (const metric of ['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone']) {
      expect(KeyResult.safeParse({ ...kr, metric }).success).toBe(true);
    }
    expect(() => parseOrThrow(KeyResult, { ...kr, metric: 'double' })).toThrow('metric must be one of');
    expect(() => parseOrThrow(KeyResult, { ...kr, metric: 'increase', target: Number.NaN })).toThrow('target');
  });

  it('keep check-in confidence within 0–10 and dates as YYYY-MM-DD', () => {
    const c = { ...stamp, keyResultId: 'k', value: 3, note: '', authorId: null };
    expect(CheckIn.safeParse({ ...c, date: '2026-11-02', confidence: 0 }).success).toBe(true);
    expect(() => parseOrThrow(CheckIn, { ...c, date: '2026-11-02', confidence: -1 })).toThrow('confidence must be at least 0');
    expect(() => parseOrThrow(CheckIn, { ...c, date: '02/11/2026', confidence: 5 })).toThrow('must be a date in the form YYYY-MM-DD');
  });

  it('have default settings that pass their own schema', () => {
    expect(Settings.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(() => parseOrThrow(Settings, { ...DEFAULT_SETTINGS, sizeLimits: { warnAbove: 12, failAbove: 10, warnBelow: 3 } })).toThrow(
      'the fail limit must not be below the warn limit',
    );
  });
});

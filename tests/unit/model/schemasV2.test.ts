import { describe, expect, it } from 'vitest';
import { CheckIn, KeyResult, Membership, NewKeyResult, NewPerson, Person, Plan, Settings, DEFAULT_SETTINGS, Team, employeeIdKey } from '../../../shared/model';
import { parseOrThrow } from '../../../shared/validation';

const stamp = { id: 'x', createdAt: '2026-11-26T12:00:00.000Z', updatedAt: '2026-11-26T12:00:00.000Z', deletedAt: null, updatedBy: null };
const person = { ...stamp, name: 'Ana Lima', email: null, title: '', departmentId: null };
const kr = { ...stamp, objectiveId: 'o', title: 'KR', metric: 'increase', start: 0, target: 10, unit: '', weight: null, ownerId: null, contributingTeamIds: [], sortOrder: 0, score: null };

describe('the data model of version 2', () => {
  it('lets any record say which record it was merged into, and leaves it out when not', () => {
    expect(Person.parse({ ...person, mergedIntoId: 'y' }).mergedIntoId).toBe('y');
    expect(Person.parse({ ...person, mergedIntoId: null }).mergedIntoId).toBeNull();
    expect(Object.hasOwn(Person.parse(person), 'mergedIntoId')).toBe(false);
    expect(NewPerson.safeParse({ name: 'Ana', mergedIntoId: 'y' }).success).toBe(false);
  });

  it('trims an employee ID, stores an empty one as null, and caps it at 64 characters', () => {
    expect(Person.parse({ ...person, employeeId: '  E-1042 ' }).employeeId).toBe('E-1042');
    expect(Person.parse({ ...person, employeeId: '   ' }).employeeId).toBeNull();
    expect(Person.parse({ ...person, employeeId: null }).employeeId).toBeNull();
    expect(Object.hasOwn(Person.parse(person), 'employeeId')).toBe(false);
    expect(() => parseOrThrow(Person, { ...person, employeeId: 'x'.repeat(65) })).toThrow('employeeId: employee ID must be at most 64 characters');
    expect(NewPerson.parse({ name: 'Ana', employeeId: ' 7 ' }).employeeId).toBe('7');
  });

  it('compares employee IDs case-insensitively', () => {
    expect(employeeIdKey(' e-1042')).toBe(employeeIdKey('E-1042'));
  });

  it('allows a membership without a person: a vacancy', () => {
    const m = { ...stamp, planId: 'plan:live', teamId: 't', roleId: 'role:developer', allocation: 50 };
    expect(Membership.parse({ ...m, personId: null }).personId).toBeNull();
    expect(Membership.safeParse(m).success).toBe(false);
  });

  it('lets a person or a team own a key result, not both', () => {
    expect(KeyResult.safeParse({ ...kr, ownerId: 'p' }).success).toBe(true);
    expect(KeyResult.safeParse({ ...kr, ownerTeamId: 't' }).success).toBe(true);
    expect(() => parseOrThrow(KeyResult, { ...kr, ownerId: 'p', ownerTeamId: 't' })).toThrow('ownerTeamId: a key result is owned by a person or by a team, not both');
    expect(() => parseOrThrow(NewKeyResult, { objectiveId: 'o', title: 'KR', metric: 'increase', start: 0, target: 1, ownerId: 'p', ownerTeamId: 't' })).toThrow('not both');
  });

  it('accepts an unknown start (null) on a key result', () => {
    expect(KeyResult.parse({ ...kr, start: null }).start).toBeNull();
    expect(KeyResult.safeParse({ ...kr, start: undefined }).success).toBe(false);
  });

  it('lets a check-in point at the one it corrects', () => {
    const c = { ...stamp, keyResultId: 'k', date: '2026-11-10', value: 3, confidence: 5, note: '', authorId: null };
    expect(CheckIn.parse({ ...c, correctsId: 'c1' }).correctsId).toBe('c1');
    expect(CheckIn.safeParse(c).success).toBe(true);
  });

  it('knows archived plans with the days they were live, and teams with their lineage', () => {
    const plan = { ...stamp, name: 'Until October', kind: 'archived', description: '', basedOnPlanId: null, effectiveFrom: '2026-01-01', effectiveTo: '2026-10-31' };
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(() => parseOrThrow(Plan, { ...plan, effectiveTo: '31/10/2026' })).toThrow('effectiveTo');
    const team = { ...stamp, planId: 'p', name: 'Payments', mission: '', services: [], championId: null };
    expect(Team.parse({ ...team, derivedFromTeamIds: ['a', 'b'] }).derivedFromTeamIds).toEqual(['a', 'b']);
    expect(() => parseOrThrow(Team, { ...team, derivedFromTeamIds: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toThrow('at most 20 teams');
  });

  it('keeps "this is me" out of the settings: it is device-local now', () => {
    expect(Object.hasOwn(DEFAULT_SETTINGS, 'meId')).toBe(false);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, meId: null }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { memberCandidates, sizeGauge, usualRole } from '../../../shared/rules';

const limits = { warnAbove: 8, failAbove: 10, warnBelow: 3 };
const alive = { deletedAt: null };
const m = (personId: string | null, teamId: string, roleId: string, allocation = 50) => ({ ...alive, personId, teamId, roleId, allocation });

describe('sizeGauge', () => {
  it('fills 7 of 10 for a team of 7 and calls it fine', () => {
    expect(sizeGauge({ headcount: 7, fte: 6 }, limits)).toEqual({ headcount: 7, limit: 10, fill: 0.7, level: 'ok', label: '7 people of at most 10' });
  });
  it('calls a team of 9 large, 11 over (gauge capped full) and 2 small', () => {
    expect(sizeGauge({ headcount: 9, fte: 9 }, limits).level).toBe('large');
    expect(sizeGauge({ headcount: 11, fte: 9 }, limits)).toMatchObject({ level: 'over', fill: 1 });
    expect(sizeGauge({ headcount: 2, fte: 2 }, limits).level).toBe('small');
  });
});

describe('usualRole', () => {
  const roles = [
    { id: 'role:dev', name: 'Developer', deletedAt: null },
    { id: 'role:ba', name: 'Business analyst', deletedAt: null },
    { id: 'role:sec', name: 'Security analyst', deletedAt: null },
  ];
  it('takes the role the person holds most often on other teams', () => {
    const memberships = [m('p1', 't1', 'role:sec'), m('p1', 't2', 'role:sec'), m('p1', 't3', 'role:dev'), m('p2', 't1', 'role:dev')];
    expect(usualRole({ id: 'p1', title: 'Developer' }, memberships, roles)).toBe('role:sec');
  });
  it('falls back to the role named in the job title, whatever its case and seniority', () => {
    expect(usualRole({ id: 'p9', title: 'Senior SECURITY Analyst (EMEA)' }, [], roles)).toBe('role:sec');
  });
  it('ignores deleted memberships and gives nothing when no role fits', () => {
    expect(usualRole({ id: 'p1', title: 'Chief of staff' }, [{ ...m('p1', 't1', 'role:dev'), deletedAt: '2026-01-01T00:00:00.000Z' }], roles)).toBeUndefined();
  });
});

describe('memberCandidates', () => {
  const people = [
    { id: 'ann', name: 'Ann', title: '' },
    { id: 'bob', name: 'Bob', title: '' },
    { id: 'cat', name: 'Cat', title: '' },
    { id: 'dan', name: 'Dan', title: '' },
  ];
  const memberships = [
    m('ann', 'team:a', 'role:sec', 50), // already a security analyst here: left out
    m('bob', 'team:b', 'role:sec', 60), // holds the role elsewhere, 40 % free: first
    m('cat', 'team:b', 'role:dev', 100), // no free time: last
    m(null, 'team:a', 'role:sec', 50), // a vacancy is nobody
  ];
  it('leaves out people holding the role on the team and puts role holders with free time first', () => {
    const list = memberCandidates(people, memberships, 'team:a', 'role:sec');
    expect(list.map((c) => [c.person.id, c.free, c.holdsRole])).toEqual([
      ['bob', 40, true],
      ['dan', 100, false],
      ['cat', 0, false],
    ]);
    expect(list[0]!.teamIds).toEqual(['team:b']);
  });
  it('keeps someone on the team in another role: they can take a second role', () => {
    expect(memberCandidates(people, memberships, 'team:a', 'role:dev').map((c) => c.person.id)).toContain('ann');
  });
});

import { describe, expect, it } from 'vitest';
import { emptyBackupTables, planMerge, type BackupTables } from '../../../shared/backup';
import { LIVE_PLAN_ID, ROLE_IDS, type Membership, type Person, type Team } from '../../../shared/model';
import { NOW, stamp } from './backupFixture';

const EARLY = '2026-11-01T08:00:00.000Z';
const LATE = '2026-11-12T08:00:00.000Z';

function team(id: string, name: string, at = EARLY, deletedAt: string | null = null): Team {
  return { ...stamp(id, at, deletedAt), planId: LIVE_PLAN_ID, name, mission: '', service: '', championId: null };
}
function person(id: string, name: string, email: string | null, at = EARLY): Person {
  return { ...stamp(id, at), name, email, title: '', departmentId: null };
}
function membership(id: string, teamId: string, personId: string, at = EARLY): Membership {
  return { ...stamp(id, at), planId: LIVE_PLAN_ID, teamId, personId, roleId: ROLE_IDS.developer, allocation: 100 };
}
function tables(parts: Partial<BackupTables>): BackupTables {
  return { ...emptyBackupTables(), ...parts };
}

describe('planning a merge', () => {
  it('adds records only the backup has and keeps records only the workspace has', () => {
    const plan = planMerge(tables({ teams: [team('a', 'Alpha')] }), tables({ teams: [team('b', 'Beta')] }), NOW);
    expect(plan.write.teams.map((t) => t.id)).toEqual(['b']);
    expect(plan.summary).toMatchObject({ added: 1, updated: 0, keptCurrent: 0 });
  });

  it('keeps the newer version of a record by updatedAt, from either side', () => {
    const current = tables({ teams: [team('a', 'Alpha (mine, newer)', LATE), team('b', 'Beta (mine, older)', EARLY)] });
    const incoming = tables({ teams: [team('a', 'Alpha (backup)', EARLY), team('b', 'Beta (backup, newer)', LATE)] });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.teams.map((t) => t.name)).toEqual(['Beta (backup, newer)']);
    expect(plan.summary).toMatchObject({ updated: 1, keptCurrent: 1 });
  });

  it('compares timestamps as instants, not as text', () => {
    const current = tables({ teams: [team('a', 'Mine', '2026-11-12T08:00:00.000Z')] });
    const incoming = tables({ teams: [{ ...team('a', 'Backup'), updatedAt: '2026-11-12T08:00:01Z' }] });
    expect(planMerge(current, incoming, NOW).write.teams.map((t) => t.name)).toEqual(['Backup']);
  });

  it('keeps a newer deletion in the workspace: a deleted team does not come back', () => {
    const current = tables({ teams: [team('a', 'Alpha', EARLY, LATE)] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY)] });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.teams).toEqual([]);
    expect(plan.summary.keptCurrent).toBe(1);
  });

  it('applies a newer deletion from the backup, and deletes what it cascades to', () => {
    const current = tables({
      teams: [team('a', 'Alpha')],
      people: [person('p', 'Pat', null)],
      memberships: [membership('m', 'a', 'p', LATE)],
    });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY, LATE)] });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.teams[0]?.deletedAt).toBe(LATE);
    expect(plan.write.memberships).toEqual([{ ...current.memberships[0], deletedAt: NOW, updatedAt: NOW }]);
    expect(plan.summary).toMatchObject({ updated: 1, cascaded: 1 });
  });

  it('lets a deletion win a tie and keeps the workspace’s version of any other tie', () => {
    const current = tables({ teams: [team('a', 'Alpha'), team('b', 'Mine')] });
    const incoming = tables({ teams: [team('a', 'Alpha', EARLY, null), team('b', 'Theirs')] });
    incoming.teams[0] = { ...incoming.teams[0]!, deletedAt: EARLY };
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.teams.map((t) => [t.id, t.deletedAt])).toEqual([['a', EARLY]]);
  });

  it('writes nothing for records that are identical on both sides', () => {
    const same = tables({ teams: [team('a', 'Alpha')], people: [person('p', 'Pat', 'pat@example.com')] });
    const plan = planMerge(same, structuredClone(same), NOW);
    expect(Object.values(plan.write).flat()).toEqual([]);
    expect(plan.summary.unchanged).toBe(2);
  });

  it('matches a person by email and rewrites every reference to the workspace’s id', () => {
    const current = tables({ people: [person('p-mine', 'Pat Lee', 'pat@example.com')], teams: [team('a', 'Alpha')] });
    const incoming = tables({
      people: [person('p-theirs', 'Pat Lee', 'PAT@example.com', LATE)],
      teams: [{ ...team('a', 'Alpha'), championId: 'p-theirs' }, team('b', 'Beta')],
      memberships: [membership('m', 'b', 'p-theirs')],
      settings: [],
    });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.summary.remapped.people).toBe(1);
    expect(plan.write.people.map((p) => [p.id, p.email])).toEqual([['p-mine', 'PAT@example.com']]);
    expect(plan.write.memberships[0]?.personId).toBe('p-mine');
    expect(plan.write.teams.find((t) => t.id === 'b')).toBeDefined();
  });

  it('matches a department by name so two "Design" departments never exist side by side', () => {
    const design = (id: string, at = EARLY) => ({ ...stamp(id, at), name: 'Design', kind: 'technology' as const });
    const current = tables({ departments: [design('d-mine')] });
    const incoming = tables({ departments: [design('d-theirs')], people: [{ ...person('p', 'Pat', null), departmentId: 'd-theirs' }] });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.departments).toEqual([]);
    expect(plan.write.people[0]?.departmentId).toBe('d-mine');
  });

  it('matches a custom period by name and moves its objectives along', () => {
    const period = (id: string) => ({ ...stamp(id), name: 'FY27 H1', kind: 'custom' as const, start: '2027-01-01', end: '2027-06-30' });
    const objective = {
      ...stamp('o'), title: 'Grow', description: '', periodId: 'period-theirs', ownerTeamIds: ['a'], parentId: null, kind: 'committed' as const, score: null,
    };
    const plan = planMerge(tables({ periods: [period('period-mine')] }), tables({ periods: [period('period-theirs')], teams: [team('a', 'A')], objectives: [objective] }), NOW);
    expect(plan.write.objectives[0]?.periodId).toBe('period-mine');
    expect(plan.write.periods).toEqual([]);
  });

  it('does not remap when the match is ambiguous or deleted', () => {
    const current = tables({ people: [person('p1', 'Pat', 'pat@example.com'), person('p2', 'Pat', 'pat@example.com')] });
    const incoming = tables({ people: [person('p3', 'Pat', 'pat@example.com')] });
    expect(planMerge(current, incoming, NOW).summary.remapped.people).toBe(0);
  });

  it('clears a champion and a parent that the merge deleted, and deletes key results and check-ins with their objective', () => {
    const objective = (id: string, parentId: string | null, deletedAt: string | null = null) => ({
      ...stamp(id, deletedAt ?? EARLY, deletedAt), title: id, description: '', periodId: 'period:2026-Q4', ownerTeamIds: ['a'], parentId, kind: 'committed' as const, score: null,
    });
    const keyResult = {
      ...stamp('kr'), objectiveId: 'parent', title: 'KR', metric: 'increase' as const, start: 0, target: 1, unit: '', weight: null, ownerId: null,
      contributingTeamIds: [], sortOrder: 0, score: null,
    };
    const checkIn = { ...stamp('c'), keyResultId: 'kr', date: '2026-11-01', value: 1, confidence: 5, note: '', authorId: null };
    const current = tables({
      people: [person('p', 'Pat', null)],
      teams: [{ ...team('a', 'A'), championId: 'p' }],
      objectives: [objective('parent', null), objective('child', 'parent')],
      keyResults: [keyResult],
      checkIns: [checkIn],
    });
    const incoming = tables({
      people: [{ ...person('p', 'Pat', null, LATE), deletedAt: LATE }],
      objectives: [objective('parent', null, LATE)],
    });
    const plan = planMerge(current, incoming, NOW);
    expect(plan.write.teams[0]).toMatchObject({ id: 'a', championId: null, updatedAt: NOW });
    expect(plan.write.objectives.find((o) => o.id === 'child')).toMatchObject({ parentId: null });
    expect(plan.write.keyResults[0]).toMatchObject({ id: 'kr', deletedAt: NOW });
    expect(plan.write.checkIns[0]).toMatchObject({ id: 'c', deletedAt: NOW });
  });
});

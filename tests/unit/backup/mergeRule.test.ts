import { describe, expect, it } from 'vitest';
import { canonicalDump, mergeWorkspaces, planMerge, type BackupTables } from '../../../shared/backup';
import { ROLE_IDS } from '../../../shared/model';
import { EARLY, LATE, checkIn, deleted, keyResult, membership, objective, person, role, tables, team } from './mergeFixture';

const MIDDLE = '2026-11-06T08:00:00.000Z';

function merge(a: BackupTables, b: BackupTables): BackupTables {
  const ab = mergeWorkspaces(a, b).tables;
  expect(canonicalDump(mergeWorkspaces(b, a).tables)).toBe(canonicalDump(ab));
  return ab;
}

const byId = <R extends { id: string }>(rows: readonly R[], id: string) => rows.find((r) => r.id === id);
const live = <R extends { deletedAt: string | null }>(rows: readonly R[]) => rows.filter((r) => r.deletedAt === null);

describe('the merge rule: same natural key, different ids', () => {
  it('keeps the smaller id on both sides and tombstones the other with mergedIntoId', () => {
    const merged = merge(tables({ teams: [team('t-b', 'Payments')] }), tables({ teams: [team('t-a', 'payments')] }));
    expect(merged.teams.map((t) => [t.id, t.deletedAt, t.mergedIntoId])).toEqual([
      ['t-a', null, undefined],
      ['t-b', EARLY, 't-a'],
    ]);
  });

  it('gives the survivor the newest content of the two', () => {
    const merged = merge(tables({ teams: [team('t-b', 'Payments', LATE, null, { mission: 'Newer mission' })] }), tables({ teams: [team('t-a', 'Payments')] }));
    expect(byId(merged.teams, 't-a')).toMatchObject({ mission: 'Newer mission', updatedAt: LATE, createdAt: EARLY });
    // 1 ms after its own newest version: the tombstone must win against that version in a later merge.
    expect(byId(merged.teams, 't-b')).toMatchObject({ deletedAt: LATE, updatedAt: '2026-11-12T08:00:00.001Z', mergedIntoId: 't-a' });
  });

  it('rewrites every reference to the merged record, in every table', () => {
    const a = tables({ people: [person('p-a', 'Pat', 'pat@example.com')] });
    const b = tables({
      people: [person('p-b', 'Pat', 'pat@example.com')],
      teams: [team('t', 'T', EARLY, null, { championId: 'p-b' })],
      memberships: [membership('m', 't', 'p-b')],
      objectives: [objective('o', { ownerTeamIds: ['t'] })],
      keyResults: [keyResult('kr', 'o', { ownerId: 'p-b' })],
      checkIns: [checkIn('c', 'kr', { authorId: 'p-b', updatedBy: 'p-b' })],
    });
    const merged = merge(a, b);
    expect(byId(merged.teams, 't')?.championId).toBe('p-a');
    expect(byId(merged.memberships, 'm')?.personId).toBe('p-a');
    expect(byId(merged.keyResults, 'kr')?.ownerId).toBe('p-a');
    expect(byId(merged.checkIns, 'c')).toMatchObject({ authorId: 'p-a', updatedBy: 'p-a' });
  });

  it('follows a merged-into chain to its end and removes duplicates from lists of teams', () => {
    const earlier = tables({ teams: [team('t-a', 'Core'), team('t-c', 'Core', EARLY, EARLY, { mergedIntoId: 't-b' }), team('t-b', 'Core', EARLY, EARLY, { mergedIntoId: 't-a' })] });
    const other = tables({ objectives: [objective('o', { ownerTeamIds: ['t-c', 't-a', 't-b'] })], keyResults: [keyResult('kr', 'o', { ownerTeamId: 't-c' })] });
    const merged = merge(earlier, other);
    expect(byId(merged.objectives, 'o')?.ownerTeamIds).toEqual(['t-a']);
    expect(byId(merged.keyResults, 'kr')?.ownerTeamId).toBe('t-a');
  });

  it('merges three workspaces to the same result in any grouping when each made the same team', () => {
    const [x, y, z] = ['t-3', 't-1', 't-2'].map((id) => tables({ teams: [team(id, 'Core')] })) as [BackupTables, BackupTables, BackupTables];
    const left = merge(merge(x, y), z);
    expect(canonicalDump(merge(x, merge(y, z)))).toBe(canonicalDump(left));
    expect(live(left.teams).map((t) => t.id)).toEqual(['t-1']);
    expect(left.teams.filter((t) => t.mergedIntoId).map((t) => [t.id, t.mergedIntoId])).toEqual([['t-2', 't-1'], ['t-3', 't-1']]);
  });

  it('lets a built-in role survive a clash with a role of the same name made by hand', () => {
    const builtIn = role(ROLE_IDS.designer, 'Designer');
    const merged = merge(tables({ roles: [builtIn] }), tables({ roles: [role('0190-made-by-hand', 'designer', LATE)], memberships: [membership('m', 't', 'p', EARLY, { roleId: '0190-made-by-hand' })] }));
    expect(live(merged.roles).map((r) => [r.id, r.name])).toEqual([[ROLE_IDS.designer, 'designer']]);
    expect(merged.memberships[0]?.roleId).toBe(ROLE_IDS.designer);
  });

  it('leaves a person without employee ID or email, and a vacancy, to their ids', () => {
    const merged = merge(
      tables({ people: [person('p1', 'Sam', null)], memberships: [membership('v1', 't', null)] }),
      tables({ people: [person('p2', 'Sam', null)], memberships: [membership('v2', 't', null)] }),
    );
    expect(live(merged.people)).toHaveLength(2);
    expect(live(merged.memberships)).toHaveLength(2);
  });
});

describe('the merge rule: same id', () => {
  it('keeps the newer version, a deletion like any other edit', () => {
    const merged = merge(tables({ teams: [team('t', 'Core', MIDDLE)] }), tables({ teams: [deleted(team('t', 'Core'), LATE)] }));
    expect(merged.teams[0]?.deletedAt).toBe(LATE);
    const edited = merge(tables({ teams: [team('t', 'Core (renamed)', LATE)] }), tables({ teams: [deleted(team('t', 'Core'), MIDDLE)] }));
    expect(edited.teams[0]).toMatchObject({ name: 'Core (renamed)', deletedAt: null });
  });

  it('on equal updatedAt with different content, keeps the higher canonical JSON', () => {
    const merged = merge(tables({ teams: [team('t', 'Alpha', LATE)] }), tables({ teams: [team('t', 'Beta', LATE)] }));
    expect(merged.teams[0]?.name).toBe('Beta');
  });
});

describe('merge defects of issue 14', () => {
  it('defect 4: the same person, team and role made on two laptops is one live membership, also with the email in another case', () => {
    const laptop1 = tables({
      people: [person('p-1', 'Pat Lee', 'pat.lee@example.com')],
      teams: [team('t-1', 'Payments')],
      memberships: [membership('m-1', 't-1', 'p-1', EARLY, { allocation: 60 })],
    });
    const laptop2 = tables({
      people: [person('p-2', 'Pat Lee', 'Pat.Lee@Example.com ')],
      teams: [team('t-2', 'Payments')],
      memberships: [membership('m-2', 't-2', 'p-2', LATE, { allocation: 100 })],
    });
    const merged = merge(laptop1, laptop2);
    expect(live(merged.memberships)).toEqual([expect.objectContaining({ id: 'm-1', teamId: 't-1', personId: 'p-1', allocation: 100 })]);
    expect(byId(merged.memberships, 'm-2')).toMatchObject({ mergedIntoId: 'm-1', deletedAt: LATE });
    const plan = planMerge(laptop1, laptop2);
    expect(plan.summary.remapped).toMatchObject({ people: 1, teams: 1, memberships: 1 });
  });

  it('defect 5: a colleague’s deletion of a person matched by email is applied, with their memberships', () => {
    const mine = tables({ people: [person('p-mine', 'Pat', 'pat@example.com')], teams: [team('t', 'Core')], memberships: [membership('m', 't', 'p-mine')] });
    const theirs = tables({ people: [deleted(person('p-theirs', 'Pat', 'PAT@example.com'), LATE)] });
    const merged = merge(mine, theirs);
    expect(live(merged.people)).toEqual([]);
    expect(byId(merged.people, 'p-theirs')).toMatchObject({ mergedIntoId: 'p-mine' });
    expect(byId(merged.memberships, 'm')).toMatchObject({ deletedAt: LATE });
    // …and the same when the deleted copy has the smaller id.
    const flipped = merge(tables({ people: [person('p-z', 'Pat', 'pat@example.com')] }), tables({ people: [deleted(person('p-a', 'Pat', 'pat@example.com'), LATE)] }));
    expect(live(flipped.people)).toEqual([]);
    expect(byId(flipped.people, 'p-z')).toMatchObject({ mergedIntoId: 'p-a', deletedAt: LATE });
  });

  it('defect 5: a person edited after the colleague’s deletion stays', () => {
    const merged = merge(tables({ people: [person('p-mine', 'Pat', 'pat@example.com', '2026-11-20T08:00:00.000Z')] }), tables({ people: [deleted(person('p-theirs', 'Pat', 'pat@example.com'), LATE)] }));
    expect(live(merged.people).map((p) => p.id)).toEqual(['p-mine']);
  });

  it('does not apply an old deletion to someone made again under the same email on the same side', () => {
    const side = tables({ people: [deleted(person('p-old', 'Pat', 'pat@example.com'), MIDDLE), person('p-new', 'Pat', 'pat@example.com', LATE)] });
    const merged = merge(side, tables({ people: [person('p-other', 'Pat', 'pat@example.com', EARLY)] }));
    expect(live(merged.people).map((p) => p.id)).toEqual(['p-new']);
    expect(byId(merged.people, 'p-old')?.mergedIntoId).toBeUndefined();
  });
});

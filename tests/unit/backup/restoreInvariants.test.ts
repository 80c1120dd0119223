import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalDump, integrityProblems, mergeWorkspaces, readBackup, type BackupTables } from '../../../shared/backup';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { BackupRejectedError, exportWorkspace, readAllTables, restoreWorkspace } from '../../../renderer/db/backup';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { createDepartment, deleteDepartment } from '../../../renderer/db/departments';
import { addMember } from '../../../renderer/db/memberships';
import { addKeyResult, createObjective, deleteObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { deleteKeyResult } from '../../../renderer/db/okrKeyResults';
import { createPerson, deletePerson } from '../../../renderer/db/people';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import { dropDb, freshDb } from '../db/testDb';
import { NOW, backupText, richTables, stamp } from './backupFixture';
import { deleted, keyResult, membership, objective, person, tables, team } from './mergeFixture';

const read = (t: BackupTables) => readBackup(backupText(t), { now: NOW });
/** The tables as the file holds them (records sorted by id), which is what problems count in. */
const inFile = (t: BackupTables) => (JSON.parse(backupText(t)) as { tables: BackupTables }).tables;
function problemsAfter(change: (t: BackupTables) => void): string[] {
  const t = richTables();
  change(t);
  const reading = read(t);
  return reading.ok ? [] : reading.problems;
}
const indexOf = (rows: readonly { id: string }[], id: string) => rows.findIndex((r) => r.id === id);
const kill = <R extends { updatedAt: string; deletedAt: string | null }>(row: R) => Object.assign(row, { deletedAt: row.updatedAt });

describe('restore refuses what the app never produces: a live record of a deleted one', () => {
  it('refuses the live memberships of a deleted team, naming each with the team', () => {
    const t = inFile(richTables());
    const team = t.teams[3]!;
    const problems = problemsAfter((x) => kill(x.teams.find((r) => r.id === team.id)!));
    const live = t.memberships.flatMap((m, i) => (m.teamId === team.id && m.deletedAt === null ? [i] : []));
    expect(live.length).toBeGreaterThan(0);
    expect(problems).toEqual(
      live.map((i) => `memberships[${i}].teamId: team "${team.id}" (teams[3]) is deleted, but this membership is not; a team's memberships are deleted with it: delete the membership too, or restore the team`),
    );
  });

  it('refuses the memberships and championship of a deleted person ("Unknown person")', () => {
    const t = inFile(richTables());
    const champion = t.teams[0]!.championId!;
    const at = indexOf(t.people, champion);
    const problems = problemsAfter((x) => kill(x.people.find((p) => p.id === champion)!));
    expect(problems).toContain(
      `teams[0].championId: person "${champion}" (people[${at}]) is deleted, but is still this team's champion; a deleted person is no longer champion: set championId to null, or restore the person`,
    );
    const memberships = t.memberships.filter((m) => m.personId === champion && m.deletedAt === null).length;
    expect(problems.filter((p) => /^memberships\[\d+\]\.personId: person .* is deleted, but this membership is not; a person's memberships are deleted with them/.test(p))).toHaveLength(memberships);
  });

  it('refuses a deleted built-in role, the deleted live plan and a deleted settings row, and what still uses them', () => {
    const problems = problemsAfter((t) => {
      kill(t.roles.find((r) => r.id === ROLE_IDS.productOwner)!);
      kill(t.plans.find((p) => p.id === LIVE_PLAN_ID)!);
      kill(t.settings[0]!);
    });
    const t = inFile(richTables());
    expect(problems.slice(0, 3)).toEqual([
      `plans[${indexOf(t.plans, LIVE_PLAN_ID)}].deletedAt: the live plan "plan:live" is deleted; the live organisation is never deleted: set deletedAt to null`,
      `roles[${indexOf(t.roles, ROLE_IDS.productOwner)}].deletedAt: built-in role "role:product-owner" ("Product owner") is deleted; built-in roles are never deleted: set deletedAt to null`,
      'settings[0].deletedAt: the settings row is deleted; settings are never deleted: set deletedAt to null',
    ]);
    expect(problems.some((p) => /^teams\[\d+\]\.planId: plan "plan:live" .* is deleted, but this team is not/.test(p))).toBe(true);
    expect(problems.some((p) => /^memberships\[\d+\]\.roleId: role "role:product-owner" .* is deleted, but this membership is not/.test(p))).toBe(true);
    expect(problems.some((p) => /^memberships\[\d+\]\.planId: plan "plan:live" .* is deleted, but this membership is not/.test(p))).toBe(true);
  });

  it('refuses a live key result of a deleted objective, a live check-in of a deleted key result, and an alignment to a deleted objective', () => {
    const problems = problemsAfter((t) => {
      t.objectives.push({ ...objective('objective-old', { ownerTeamIds: [t.teams[0]!.id] }), ...stamp('objective-old', '2026-10-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z') });
      t.objectives.find((o) => o.id === 'objective-fy27')!.parentId = 'objective-old';
      t.keyResults.push(keyResult('kr-orphan', 'objective-old'));
      t.keyResults.push(deleted(keyResult('kr-old', 'objective-fy27')));
      t.checkIns.push({ ...t.checkIns.at(-1)!, id: 'checkin-orphan', keyResultId: 'kr-old', correctsId: null });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^objectives\[\d+\]\.parentId: objective "objective-old" \(objectives\[\d+\]\) is deleted, but this objective still contributes to it; .*: set parentId to null, or restore the parent$/),
      expect.stringMatching(/^keyResults\[\d+\]\.objectiveId: objective "objective-old" \(objectives\[\d+\]\) is deleted, but this key result is not; an objective's key results are deleted with it: delete the key result too, or restore the objective$/),
      expect.stringMatching(/^checkIns\[\d+\]\.keyResultId: key result "kr-old" \(keyResults\[\d+\]\) is deleted, but this check-in is not; a key result's check-ins are deleted with it: delete the check-in too, or restore the key result$/),
    ]);
  });

  it('refuses an objective in a deleted custom period and the teams of a deleted draft plan', () => {
    const problems = problemsAfter((t) => {
      kill(t.periods.find((p) => p.id === 'period-fy27')!);
      kill(t.plans.find((p) => p.id === 'plan-draft')!);
    });
    expect(problems).toContainEqual(expect.stringMatching(/^objectives\[\d+\]\.periodId: period "period-fy27" \(periods\[0\]\) is deleted, but this objective is not; an objective belongs to a live period/));
    expect(problems).toContainEqual(expect.stringMatching(/^teams\[\d+\]\.planId: plan "plan-draft" \(plans\[1\]\) is deleted, but this team is not/));
    expect(problems).toContainEqual(expect.stringMatching(/^memberships\[\d+\]\.planId: plan "plan-draft" \(plans\[1\]\) is deleted, but this membership is not/));
  });

  it('restores what the app itself leaves behind a deletion', () => {
    const reading = read(
      (() => {
        const t = richTables();
        const objectiveFy27 = t.objectives.find((o) => o.id === 'objective-fy27')!;
        objectiveFy27.ownerTeamIds = ['team-deleted']; // every owner team deleted: the objective stays
        t.keyResults.push(keyResult('kr-by-the-gone', 'objective-fy27', { ownerId: 'person-gone', contributingTeamIds: ['team-deleted'] }));
        t.keyResults.push(keyResult('kr-by-the-old-team', 'objective-fy27', { ownerTeamId: 'team-deleted' }));
        t.checkIns.push({ ...t.checkIns[0]!, id: 'checkin-by-the-gone', authorId: 'person-gone' });
        t.checkIns.push({ ...t.checkIns[0]!, id: 'checkin-deleted', deletedAt: t.checkIns[0]!.updatedAt });
        t.checkIns.push({ ...t.checkIns[0]!, id: 'checkin-corrects-deleted', correctsId: 'checkin-deleted' });
        kill(t.departments.find((d) => d.id === 'department:legal')!); // a built-in department can be deleted
        // Two merged laptops: one deleted "Design", the other put Ana in it. The app shows "No department".
        kill(t.departments.find((d) => d.id === 'department-design')!);
        return t;
      })(),
    );
    expect(reading.ok ? [] : reading.problems).toEqual([]);
  });
});

describe('ids are unique once trimmed, as they are stored', () => {
  it('refuses two teams whose ids differ only by spaces, naming both spellings', () => {
    const t = inFile(richTables());
    const id = t.teams[3]!.id;
    const problems = problemsAfter((x) => {
      x.teams.push({ ...x.teams[0]!, id: ` ${id}  `, name: 'Copy' });
    });
    // Records are written sorted by id, so the padded copy comes first in the file.
    expect(problems).toEqual([`teams[4].id: duplicate id "${id}", already used by teams[0] as " ${id}  " (spaces around an id do not count): give each record its own id`]);
  });

  it('refuses ids that differ by a tab or a newline too, in every table', () => {
    const problems = problemsAfter((t) => {
      t.people.push({ ...t.people[0]!, id: `${t.people[0]!.id}\t`, email: 'copy@example.com', employeeId: null });
      t.checkIns.push({ ...t.checkIns[0]!, id: `\n${t.checkIns[0]!.id}` });
    });
    expect(problems).toEqual([
      expect.stringMatching(/^people\[\d+\]\.id: duplicate id ".*\\t.*" \(spaces around an id do not count\)/),
      expect.stringMatching(/^checkIns\[\d+\]\.id: duplicate id "[^"]+", already used by checkIns\[\d+\] as "\\n[^"]+" \(spaces around an id do not count\)/),
    ]);
  });

  it('keeps ids that differ only in letter case apart (IndexedDB keys are case-sensitive)', () => {
    const t = richTables();
    t.teams.push({ ...t.teams[0]!, id: t.teams[0]!.id.toUpperCase(), name: 'Upper' });
    const reading = read(t);
    expect(reading.ok && reading.backup.tables.teams.map((x) => x.id).sort()).toEqual(t.teams.map((x) => x.id).sort());
  });

  it('stores an id and each reference to it trimmed', () => {
    const t = richTables();
    t.teams.push({ ...team('team-padded', 'Padded'), id: '  team-padded ' });
    t.memberships.push({ ...membership('membership-padded', ' team-padded', t.people[0]!.id), planId: LIVE_PLAN_ID });
    const reading = read(t);
    if (!reading.ok) throw new Error(reading.problems.join('\n'));
    expect(reading.backup.tables.teams.map((x) => x.id)).toContain('team-padded');
    expect(reading.backup.tables.memberships.find((m) => m.id === 'membership-padded')!.teamId).toBe('team-padded');
  });
});

describe('a merge never makes what a restore refuses', () => {
  it('deletes the membership one laptop added to a team the other deleted', () => {
    const base = tables({ people: [person('p-1', 'Pat', 'pat@example.com')], teams: [team('t-1', 'Payments')] });
    const a = structuredClone(base);
    a.teams = [deleted(team('t-1', 'Payments'))];
    const b = structuredClone(base);
    b.memberships = [membership('m-1', 't-1', 'p-1')];
    const merged = mergeWorkspaces(a, b).tables;
    expect(merged.memberships[0]!.deletedAt).not.toBeNull();
    expect(integrityProblems(merged)).toEqual([]);
  });
});

describe('restoring into the database', () => {
  let db: TeamshapeDb;
  beforeEach(async () => {
    setClock(() => new Date(NOW));
    db = await freshDb();
  });
  afterEach(async () => {
    resetClock();
    await dropDb(db);
  });

  it('restores a backup made after every deletion the repositories offer', async () => {
    const department = await createDepartment(db, { name: 'Design', kind: 'technology' });
    const pat = await createPerson(db, { name: 'Pat', departmentId: department.id });
    const sam = await createPerson(db, { name: 'Sam' });
    const payments = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments', championId: pat.id });
    const search = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Search' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: payments.id, personId: pat.id, roleId: ROLE_IDS.developer, allocation: 50 });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: search.id, personId: sam.id, roleId: ROLE_IDS.developer, allocation: 50 });
    const parent = await createObjective(db, { title: 'Grow', periodId: 'period:2026-Q4', ownerTeamIds: [search.id] });
    const child = await createObjective(db, { title: 'Ship', periodId: 'period:2026-Q4', ownerTeamIds: [payments.id], parentId: parent.id });
    const kr = await addKeyResult(db, { objectiveId: parent.id, title: 'Sign-ups', metric: 'increase', start: 0, target: 10, ownerId: pat.id });
    const other = await addKeyResult(db, { objectiveId: child.id, title: 'Releases', metric: 'increase', start: 0, target: 4, ownerId: sam.id });
    await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-10', value: 3, confidence: 7 }, '2026-11-16');
    await recordCheckIn(db, { keyResultId: other.id, date: '2026-11-10', value: 1, confidence: 7 }, '2026-11-16');
    await deletePerson(db, pat.id);
    await deleteDepartment(db, department.id);
    await deleteTeam(db, payments.id);
    await deleteKeyResult(db, other.id);
    await deleteObjective(db, parent.id);
    await deleteDepartment(db, 'department:legal');

    const before = canonicalDump(await readAllTables(db));
    const backup = await exportWorkspace(db, '0.1.0');
    await restoreWorkspace(db, backup.bytes, 'replace');
    expect(canonicalDump(await readAllTables(db))).toBe(before);
  });

  it('refuses ids that differ only by spaces before writing anything, instead of failing with a ConstraintError', async () => {
    await restoreWorkspace(db, backupText(), 'replace');
    const before = canonicalDump(await readAllTables(db));
    const t = richTables();
    t.teams.push({ ...t.teams[0]!, id: `${t.teams[0]!.id} `, name: 'Copy' });
    const attempt = restoreWorkspace(db, backupText(t), 'replace');
    await expect(attempt).rejects.toBeInstanceOf(BackupRejectedError);
    await expect(attempt).rejects.toMatchObject({ issues: [expect.stringMatching(/^teams\[\d+\]\.id: duplicate id /)] });
    expect(canonicalDump(await readAllTables(db))).toBe(before);
  });

  it('restores ids that differ only in letter case as two records', async () => {
    const t = richTables();
    t.teams.push({ ...t.teams[0]!, id: t.teams[0]!.id.toUpperCase(), name: 'Upper' });
    await restoreWorkspace(db, backupText(t), 'replace');
    const ids = (await db.teams.toArray()).map((x) => x.id);
    expect(ids).toContain(t.teams[0]!.id);
    expect(ids).toContain(t.teams[0]!.id.toUpperCase());
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../shared/backup';
import { LIVE_PLAN_ID, ROLE_IDS, type Team } from '../../../shared/model';
import { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import { createPerson } from '../../../renderer/db/people';
import { addMember } from '../../../renderer/db/memberships';
import { undoLastChange } from '../../../renderer/db/undo';
import { exportWorkspace, restoreWorkspace } from '../../../renderer/db/backup';
import { LOAD_ORDER, WorkspaceMemory } from '../../../renderer/db/memory/workspaceMemory';
import { applyChange } from '../../../renderer/db/changes';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

async function started(database: TeamshapeDb): Promise<WorkspaceMemory> {
  const memory = new WorkspaceMemory(database);
  await memory.start();
  return memory;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('the workspace in memory', () => {
  it('reads every workspace table once, and says how many records it read', async () => {
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const memory = await started(db);
    expect(memory.status).toMatchObject({ state: 'ready' });
    expect(memory.status.loaded).toBe(memory.status.total);
    for (const table of BACKUP_TABLES) expect(memory.isLoaded(table)).toBe(true);
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID).map((t) => t.name)).toEqual(['Payments']);
    expect(memory.alive('roles').length).toBeGreaterThan(5);
  });

  it('takes on this window’s changes as soon as they commit, tombstones and undo included', async () => {
    const memory = await started(db);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    expect(memory.get<Team>('teams', team.id)?.name).toBe('Payments');
    const before = memory.version('teams');
    await updateTeam(db, team.id, { name: 'Payments Platform' });
    expect(memory.get<Team>('teams', team.id)?.name).toBe('Payments Platform');
    expect(memory.version('teams')).not.toBe(before);
    const person = await createPerson(db, { name: 'Ada' });
    await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 });
    expect(memory.membershipsByTeam.get(team.id)).toHaveLength(1);
    await deleteTeam(db, team.id);
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID)).toEqual([]);
    expect(memory.membershipsByTeam.get(team.id)).toEqual([]);
    await undoLastChange(db);
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID).map((t) => t.name)).toEqual(['Payments Platform']);
    expect(memory.membershipsByTeam.get(team.id)).toHaveLength(1);
  });

  it('follows another window’s changes', async () => {
    const memory = await started(db);
    const other = new TeamshapeDb(db.name);
    await other.open();
    const team = await createTeam(other, { planId: LIVE_PLAN_ID, name: 'From the other window' });
    await until(() => memory.get<Team>('teams', team.id)?.name === 'From the other window');
    other.close();
  });

  it('reads everything again after a restore replaced the workspace', async () => {
    const memory = await started(db);
    const { bytes: text } = await exportWorkspace(db, '0.1.0');
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Made after the backup' });
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID)).toHaveLength(1);
    await restoreWorkspace(db, text, 'replace');
    await until(() => memory.status.state === 'ready' && memory.isLoaded('teams') && memory.get('teams', team.id) === undefined);
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID)).toEqual([]);
  });

  it('keeps a change that commits while the tables are still being read', async () => {
    const memory = new WorkspaceMemory(db);
    const loading = memory.start();
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Committed during the read' });
    await loading;
    expect(memory.get<Team>('teams', team.id)?.name).toBe('Committed during the read');
  });
});

describe('an edit on screen before its commit', () => {
  it('shows the edit while it is being saved, and takes it back when the save fails', async () => {
    const memory = await started(db);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    let seenDuringSave: string | undefined;
    await expect(
      applyChange(db, 'Rename, then fail', async () => {
        await db.teams.put({ ...team, name: 'Shown at once' });
        seenDuringSave = memory.get<Team>('teams', team.id)?.name;
        await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Also shown' });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    expect(seenDuringSave).toBe('Shown at once');
    expect(memory.get<Team>('teams', team.id)?.name).toBe('Payments');
    expect(memory.teamsByPlan.get(LIVE_PLAN_ID).map((t) => t.name)).toEqual(['Payments']);
    expect((await db.teams.get(team.id))?.name).toBe('Payments');
  });
});

describe('the order tables are read in on a cold start', () => {
  it('reads every table team health needs before the OKR tables, so the board never waits for 100,000 check-ins', () => {
    const firstOkrTable = LOAD_ORDER.indexOf('periods');
    for (const table of ['settings', 'roles', 'departments', 'plans', 'people', 'teams', 'memberships', 'principleSets', 'teamGroups', 'interactions', 'dependencies'] as const) {
      expect(LOAD_ORDER.indexOf(table), table).toBeLessThan(firstOkrTable);
    }
    expect(LOAD_ORDER.at(-1)).toBe('checkIns');
    expect([...LOAD_ORDER].sort()).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('deferred tables (a print window leaves the check-ins out of memory)', () => {
  async function oneCheckIn(database: TeamshapeDb) {
    const team = await createTeam(database, { planId: LIVE_PLAN_ID, name: 'Web' });
    const objective = await createObjective(database, { title: 'Faster pages', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] });
    const keyResult = await addKeyResult(database, { objectiveId: objective.id, title: 'p95 under 300 ms', metric: 'increase', start: 0, target: 100 });
    await recordCheckIn(database, { keyResultId: keyResult.id, date: '2026-11-10', value: 40, confidence: 6 }, '2026-11-16');
    return keyResult.id;
  }

  it('is ready without them, and reads them, with what changed meanwhile, once a hook asks', async () => {
    const keyResultId = await oneCheckIn(db);
    const memory = new WorkspaceMemory(db, { deferred: ['checkIns'] });
    await memory.start();
    expect(memory.status.state).toBe('ready');
    expect(memory.status.loaded).toBe(memory.status.total);
    expect(memory.isLoaded('keyResults')).toBe(true);
    expect(memory.isLoaded('checkIns')).toBe(false);
    expect(memory.isDeferred('checkIns')).toBe(true);
    expect(memory.checkInsByKeyResult.get(keyResultId)).toEqual([]);
    expect(memory.aliveCounts()).toBeNull();

    // A check-in committed while the table is not in memory is not lost when it is read.
    await recordCheckIn(db, { keyResultId, date: '2026-11-15', value: 55, confidence: 7 }, '2026-11-16');
    let told = 0;
    memory.subscribe('checkIns', () => told++);
    memory.ensureLoaded('checkIns');
    expect(memory.isDeferred('checkIns')).toBe(false);
    await until(() => memory.isLoaded('checkIns'));
    expect(told).toBeGreaterThan(0);
    expect(memory.checkInsByKeyResult.get(keyResultId).map((c) => c.value).sort()).toEqual([40, 55]);
    expect(memory.latestCheckIn(keyResultId)?.value).toBe(55);
    expect(memory.aliveCounts()?.checkIns).toBe(2);
  });

  it('asked for during the start, is read in its turn', async () => {
    const keyResultId = await oneCheckIn(db);
    const memory = new WorkspaceMemory(db, { deferred: ['checkIns'] });
    const starting = memory.start();
    memory.ensureLoaded('checkIns');
    await starting;
    expect(memory.isLoaded('checkIns')).toBe(true);
    expect(memory.checkInsByKeyResult.get(keyResultId)).toHaveLength(1);
  });

  it('an empty deferred table still answers once asked for', async () => {
    const memory = new WorkspaceMemory(db, { deferred: ['checkIns'] });
    await memory.start();
    let told = 0;
    memory.subscribe('checkIns', () => told++);
    memory.ensureLoaded('checkIns');
    await until(() => memory.isLoaded('checkIns'));
    expect(told).toBe(1);
  });
});

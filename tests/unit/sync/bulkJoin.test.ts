/**
 * A laptop joining a big workspace (renderer/sync/bulkJoin.ts): the records are shown before they
 * are all in Dexie, saved in chunks with progress, and a window closed half-way loses nothing —
 * the next start writes the rest from the stored sync state, without the server.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createTeam, updateTeam } from '../../../renderer/db/teams';
import { applyChange } from '../../../renderer/db/changes';
import { onChangeCommitted, onChangeStaged } from '../../../renderer/db/changeEvents';
import { SyncEngine } from '../../../renderer/sync/engine';
import { persistChunks, readPending, type SaveProgress } from '../../../renderer/sync/bulkJoin';
import type { StoredRecord, WorkspaceTable } from '../../../renderer/db/changeRecorder';
import { freshDb, dropDb } from '../db/testDb';
import { closeLaptop, laptop, sendMissing, type Laptop } from './laptops';
import type { TeamshapeDb } from '../../../renderer/db/database';

let a: Laptop;
let tick = 0;
const dbs: TeamshapeDb[] = [];
const engines: SyncEngine[] = [];

beforeEach(async () => {
  tick = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + tick++ * 1000));
  a = await laptop();
  await applyChange(a.db, 'Forty teams', async () => {
    for (let i = 0; i < 40; i++) await createTeam(a.db, { planId: LIVE_PLAN_ID, name: `Team ${String(i).padStart(2, '0')}` });
  });
});

afterEach(async () => {
  resetClock();
  for (const engine of engines.splice(0)) engine.stop();
  for (const db of dbs.splice(0)) await dropDb(db);
  await closeLaptop(a);
});

/** A fresh laptop whose engine treats more than 10 records as a join, saved 7 at a time. */
async function joiner(db?: TeamshapeDb, errors: unknown[] = [], progress: Array<SaveProgress | null> = []) {
  const target = db ?? (await freshDb());
  if (!db) dbs.push(target);
  const engine = new SyncEngine(target, { onError: (error) => errors.push(error), onSaving: (p) => progress.push(p) }, { records: 10, chunk: 7 });
  engines.push(engine);
  await engine.start();
  return { db: target, engine, rejected: [] } satisfies Laptop;
}

const liveTeamNames = async (db: TeamshapeDb) => (await db.teams.toArray()).filter((t) => t.deletedAt === null).map((t) => t.name).sort();

describe('a laptop joining a big workspace', () => {
  it('shows every record before the first chunk is saved, saves in chunks with progress, and clears the marker', async () => {
    const progress: Array<SaveProgress | null> = [];
    const b = await joiner(undefined, [], progress);
    const staged: string[] = [];
    const commitsAtStaging: number[] = [];
    let commits = 0;
    onChangeCommitted(b.db, () => commits++);
    onChangeStaged(b.db, {
      staged: (records) => {
        commitsAtStaging.push(commits);
        staged.push(...records.filter((r) => r.table === 'teams').map((r) => r.record.name as string));
      },
      rolledBack: () => {},
    });
    sendMissing(a, b);
    await b.engine.settled();

    expect(staged.sort()).toEqual(await liveTeamNames(a.db));
    expect(commitsAtStaging[0]).toBe(0);
    expect(commits).toBeGreaterThan(3);
    expect(await liveTeamNames(b.db)).toEqual(await liveTeamNames(a.db));
    expect(await readPending(b.db)).toBeNull();
    const reports = progress.filter((p): p is SaveProgress => p !== null);
    expect(reports[0]!.saved).toBe(0);
    expect(reports.at(-1)!.saved).toBe(reports.at(-1)!.total);
    expect(reports.map((p) => p.saved)).toEqual([...reports.map((p) => p.saved)].sort((x, y) => x - y));
    expect(progress.at(-1)).toBeNull();
  });

  it('finishes saving at the next start when the window closed half-way, from the stored sync state alone', async () => {
    const errors: unknown[] = [];
    const b = await joiner(undefined, errors);
    // The "window closes" after two chunks: every later write fails, as if the page were gone.
    let writes = 0;
    const fail = (table: string) => () => {
      if (table === 'teams' && ++writes > 14) throw new Error('window closed');
    };
    const creating = fail('teams');
    b.db.teams.hook('creating', creating);
    sendMissing(a, b);
    await b.engine.settled();
    expect(errors).toHaveLength(1);
    const partial = await liveTeamNames(b.db);
    expect(partial.length).toBeLessThan(40);
    expect(await readPending(b.db)).not.toBeNull();
    b.engine.stop();
    b.db.teams.hook('creating').unsubscribe(creating);

    // The next start: no server, no other laptop — only what Dexie kept.
    const again = await joiner(b.db);
    await again.engine.settled();
    expect(await liveTeamNames(b.db)).toEqual(await liveTeamNames(a.db));
    expect(await readPending(b.db)).toBeNull();
    // And an edit made here afterwards still syncs normally.
    const team = await createTeam(b.db, { planId: LIVE_PLAN_ID, name: 'Made after the join' });
    sendMissing(again, a);
    await a.engine.settled();
    expect((await a.db.teams.get(team.id))?.name).toBe('Made after the join');
  });

  it('says the join is shown (the controller then asks for the check-ins) while it is still being saved', async () => {
    const progress: Array<SaveProgress | null> = [];
    const b = await joiner(undefined, [], progress);
    const shownTeams: string[] = [];
    onChangeStaged(b.db, { staged: (records) => shownTeams.push(...records.filter((r) => r.table === 'teams').map((r) => r.record.id)), rolledBack: () => {} });
    sendMissing(a, b);
    const shown = b.engine.shown();
    let shownFirst = false;
    await Promise.race([shown.then(() => (shownFirst = true)), b.engine.settled()]);
    expect(shownFirst).toBe(true);
    expect(shownTeams).toHaveLength(40);
    // Not all saved yet when the screens were told: the marker stays until the last chunk.
    expect(progress.filter((p) => p !== null && p.saved < p.total).length).toBeGreaterThan(0);
    await b.engine.settled();
    expect(await readPending(b.db)).toBeNull();
    await expect(b.engine.shown()).resolves.toBeUndefined();
  });

  it('saves an edit of a team that is on screen but not yet in Dexie, once the join has saved it (never "does not exist")', async () => {
    const b = await joiner();
    const shownTeams = new Map<string, string>();
    onChangeStaged(b.db, { staged: (records) => records.filter((r) => r.table === 'teams').forEach((r) => shownTeams.set(r.record.name as string, r.record.id)), rolledBack: () => {} });
    sendMissing(a, b);
    await b.engine.shown();
    const unsaved: string[] = [];
    for (const teamId of shownTeams.values()) if (!(await b.db.teams.get(teamId))) unsaved.push(teamId);
    expect(unsaved.length).toBeGreaterThan(0);
    const target = unsaved.at(-1)!;
    const renamed = await updateTeam(b.db, target, { name: 'Renamed while the join was saved' });
    expect(renamed.name).toBe('Renamed while the join was saved');
    await b.engine.settled();
    expect((await b.db.teams.get(target))?.name).toBe('Renamed while the join was saved');
    expect(await b.db.teams.count()).toBe(40);
    // And the rename reaches the other laptop.
    sendMissing(b, a);
    await a.engine.settled();
    expect((await a.db.teams.get(target))?.name).toBe('Renamed while the join was saved');
  });

  it('keeps a small batch (an ordinary edit from another laptop) in one change, without a marker', async () => {
    const b = await joiner();
    sendMissing(a, b);
    await b.engine.settled();
    let commits = 0;
    onChangeCommitted(b.db, () => commits++);
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'One more' });
    sendMissing(a, b);
    await b.engine.settled();
    expect(commits).toBe(1);
    expect(await readPending(b.db)).toBeNull();
  });
});

describe('persistChunks', () => {
  it('cuts the tables into chunks of the given size, the tables a screen needs first', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i) }) as StoredRecord);
    const byTable = new Map<WorkspaceTable, StoredRecord[]>([['checkIns', rows(12)], ['teams', rows(3)], ['people', rows(4)]]);
    const chunks = persistChunks(byTable, 5);
    expect(chunks.map((chunk) => chunk.map((part) => `${part.table}:${part.records.length}`))).toEqual([
      ['people:4', 'teams:1'],
      ['teams:2', 'checkIns:3'],
      ['checkIns:5'],
      ['checkIns:4'],
    ]);
  });
});

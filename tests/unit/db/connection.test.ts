import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam } from '../../../renderer/db/teams';

const names: string[] = [];
const connections: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  connections.push(db);
  if (!names.includes(db.name)) names.push(db.name);
  return db;
}
afterEach(async () => {
  for (const db of connections.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Tomorrow's Teamshape: one more index, as a real version 2 would add. */
class NextVersionDb extends TeamshapeDb {
  constructor(name: string) {
    super(name);
    this.version(this.verno + 1).stores({ teams: 'id, planId, championId, name' });
  }
}

describe('two windows on one database', () => {
  it('the older window closes and asks to reload when the other upgrades the schema; nothing is lost', async () => {
    const older = track(new TeamshapeDb('two-windows'));
    const reload = vi.fn();
    older.connectionEvents.onVersionChange = reload;
    const team = await createTeam(older, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });

    const newer = track(new NextVersionDb('two-windows'));
    await newer.open();

    expect(reload).toHaveBeenCalledTimes(1);
    expect(older.isOpen()).toBe(false);
    expect(newer.verno).toBe(new TeamshapeDb('verno-probe').verno + 1);
    expect(await newer.teams.get(team.id)).toEqual(team);
    expect(await newer.teams.where('name').equals('Payments Platform').count()).toBe(1);
  });

  it('the older window does not quietly reopen with its old schema: its writes fail until it reloads', async () => {
    const older = track(new TeamshapeDb('no-reopen'));
    await older.open();
    const newer = track(new NextVersionDb('no-reopen'));
    await newer.open();
    await expect(createTeam(older, { planId: LIVE_PLAN_ID, name: 'Lost?' })).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(await newer.teams.count()).toBe(0);
  });

  it('tells this window when its upgrade waits for an older window that has not let go', async () => {
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('blocked-upgrade', 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    names.push('blocked-upgrade');
    const newer = track(new NextVersionDb('blocked-upgrade'));
    const blocked = vi.fn(() => raw.close());
    newer.connectionEvents.onBlocked = blocked;
    await newer.open();
    expect(blocked).toHaveBeenCalledTimes(1);
    expect(newer.verno).toBe(new TeamshapeDb('verno-probe').verno + 1);
  });
});

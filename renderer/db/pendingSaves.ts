import type { TeamshapeDb } from './database';

/**
 * Records that are on screen but not yet in Dexie: a laptop joining a synced workspace shows what it
 * received at once and saves it behind the screens (renderer/sync/bulkJoin.ts). A user's change that
 * finds one of its records missing in that window waits for the saving and runs again, instead of
 * saying the record does not exist or was deleted.
 */
const pending = new WeakMap<TeamshapeDb, Promise<void>>();

/** Registers saving that is going on behind the screens; it settles (either way) before `pendingSave` clears. */
export function trackPendingSave(db: TeamshapeDb, saving: Promise<unknown>): void {
  const all = Promise.all([pending.get(db), saving.then(() => undefined, () => undefined)]).then(() => undefined);
  pending.set(db, all);
  void all.then(() => {
    if (pending.get(db) === all) pending.delete(db);
  });
}

/** Resolves when every saving registered so far has settled; undefined when none is going on. */
export function pendingSave(db: TeamshapeDb): Promise<void> | undefined {
  return pending.get(db);
}

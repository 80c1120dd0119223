/**
 * The device rows screens show ("this is me", layout preferences), read once per open database and
 * followed from then on by one live query, however many screens show them. A kept screen shown
 * again (app/keptScreens) reads them from memory: with a live query per screen, every visit of
 * "Check-ins due" or the board opened an IndexedDB transaction on the way in (0.1–0.8 ms each).
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { TeamshapeDb } from './database';
import { DEVICE_KEYS } from './device';
import type { LayoutPreferences } from './layoutPreferences';

export interface DeviceRows {
  /** "This is me", null when nobody has said. */
  meId: string | null;
  layout: LayoutPreferences;
}

export async function readDeviceRows(db: TeamshapeDb): Promise<DeviceRows> {
  const [me, layout] = await db.device.bulkGet([DEVICE_KEYS.meId, DEVICE_KEYS.layout]);
  return {
    meId: typeof me?.value === 'string' ? me.value : null,
    layout: layout && typeof layout.value === 'object' && layout.value !== null ? (layout.value as LayoutPreferences) : {},
  };
}

class DeviceRowsStore {
  rows: DeviceRows | undefined;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  private stopping: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly db: TeamshapeDb) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.stopping !== null) {
      clearTimeout(this.stopping);
      this.stopping = null;
    }
    this.subscription ??= liveQuery(() => readDeviceRows(this.db)).subscribe({
      next: (rows) => {
        this.rows = rows;
        for (const notify of [...this.listeners]) notify();
      },
      // A device row that cannot be read leaves the last one read (or the defaults): they are preferences, not data.
      error: (error: unknown) => console.warn('Teamshape could not read this device’s settings (this is me, layout); the last ones read stay in use.', error),
    });
    return () => {
      this.listeners.delete(listener);
      // A screen hidden and another shown in the same commit let go and take hold in turn: the query stays for that.
      if (this.listeners.size === 0 && this.stopping === null) {
        this.stopping = setTimeout(() => {
          this.stopping = null;
          if (this.listeners.size > 0) return;
          this.subscription?.unsubscribe();
          this.subscription = null;
        }, 0);
      }
    };
  };
}

const stores = new WeakMap<TeamshapeDb, DeviceRowsStore>();

function storeOf(db: TeamshapeDb): DeviceRowsStore {
  let store = stores.get(db);
  if (!store) {
    store = new DeviceRowsStore(db);
    stores.set(db, store);
  }
  return store;
}

/**
 * One value picked from the device rows; undefined until they are first read. `pick` should return a
 * primitive (or a stable reference): a re-render follows only when it changes.
 */
export function useDeviceRow<T>(db: TeamshapeDb, pick: (rows: DeviceRows) => T): T | undefined {
  const store = storeOf(db);
  return useSyncExternalStore(store.subscribe, () => (store.rows === undefined ? undefined : pick(store.rows)));
}

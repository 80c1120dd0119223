import { useCallback, useState } from 'react';
import { useDb } from './context';
import type { TeamshapeDb } from './database';
import { DEVICE_KEYS } from './device';
import { useDeviceRow } from './deviceRows';

/** Layout preferences of this device (device table, never backed up): board density, grouping, sidebar. */
export interface LayoutPreferences {
  boardDensity?: 'compact' | 'comfortable';
  boardGrouping?: 'none' | 'department' | 'champion' | 'group';
  /** auto: collapsed on narrow windows until the user chooses. */
  sidebar?: 'auto' | 'collapsed' | 'expanded';
}

// The last preferences read or written per database, so a screen mounted later (the board after the
// sidebar has read them at start) draws its first frame with the user's choice instead of the default
// and then redrawing once its own query resolves.
const lastKnown = new WeakMap<TeamshapeDb, LayoutPreferences>();

export async function readLayoutPreferences(db: TeamshapeDb): Promise<LayoutPreferences> {
  const row = await db.device.get(DEVICE_KEYS.layout);
  const preferences = row && typeof row.value === 'object' && row.value !== null ? (row.value as LayoutPreferences) : {};
  lastKnown.set(db, preferences);
  return preferences;
}

/** Merges `changes` into this device's layout preferences (not undoable: a preference, not data). */
export async function writeLayoutPreferences(db: TeamshapeDb, changes: LayoutPreferences): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const current = await readLayoutPreferences(db);
    const next = { ...current, ...changes };
    await db.device.put({ key: DEVICE_KEYS.layout, value: next });
    lastKnown.set(db, next);
  });
}

/** One layout preference with its default while loading or unset, and a setter. */
export function useLayoutPreference<K extends keyof LayoutPreferences>(key: K, fallback: NonNullable<LayoutPreferences[K]>): [NonNullable<LayoutPreferences[K]>, (value: NonNullable<LayoutPreferences[K]>) => void] {
  const db = useDb();
  // The one value, not the record: a query answered again (another window, a screen shown again) with the
  // same value is then the same state, and re-renders nothing.
  // (null: not chosen; undefined: not read yet.)
  const read = useDeviceRow(db, (rows) => rows.layout[key] ?? null);
  const stored = read === undefined ? lastKnown.get(db)?.[key] : (read ?? undefined);
  // The choice shows at once; once the stored value moves on (this write, or another window's) it rules again.
  const [choice, setChoice] = useState<{ value: LayoutPreferences[K]; before: LayoutPreferences[K] } | null>(null);
  const set = useCallback(
    (value: NonNullable<LayoutPreferences[K]>) => {
      setChoice({ value, before: stored });
      void writeLayoutPreferences(db, { [key]: value });
    },
    [db, key, stored],
  );
  const shown = choice && stored === choice.before ? choice.value : stored;
  return [(shown ?? fallback) as NonNullable<LayoutPreferences[K]>, set];
}

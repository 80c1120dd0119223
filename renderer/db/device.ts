/**
 * The device-local table (ARCHITECTURE.md, "three kinds of table"): what belongs to this device
 * and never to the workspace — "this is me", remembered import mappings, layout preferences. Never
 * backed up, merged or synced, and not undoable; writes go straight to the table.
 */
import type { TeamshapeDb } from './database';
import { MissingRecordError } from './errors';

export const DEVICE_TABLE = 'device';

/** The keys of the device table's rows. */
export const DEVICE_KEYS = {
  /** "This is me": the person of the directory recorded as author of check-ins and edits. */
  meId: 'meId',
  /** Column mappings an import remembered, by the file's header signature. */
  importMappings: 'importMappings',
  /** Layout preferences of this device (board density, chart options…). */
  layout: 'layout',
  /** True once this device asked "who are you?" (asked once, on the first write that records an author). */
  whoAmIAsked: 'whoAmIAsked',
} as const;
export type DeviceKey = (typeof DEVICE_KEYS)[keyof typeof DEVICE_KEYS];

export interface DeviceEntry {
  key: string;
  value: unknown;
}

/** This device's "this is me", or null when nobody has said who they are. */
export async function readMeId(db: TeamshapeDb): Promise<string | null> {
  const row = await db.device.get(DEVICE_KEYS.meId);
  return typeof row?.value === 'string' ? row.value : null;
}

/** Sets (a live person of the directory) or clears (null) this device's "this is me". */
export async function writeMeId(db: TeamshapeDb, personId: string | null): Promise<void> {
  await db.transaction('rw', db.device, db.people, async () => {
    if (personId === null) {
      await db.device.delete(DEVICE_KEYS.meId);
      return;
    }
    const person = await db.people.get(personId);
    if (!person || person.deletedAt !== null) throw new MissingRecordError('person', personId);
    await db.device.put({ key: DEVICE_KEYS.meId, value: personId });
  });
}

/** Whether this device has asked "who are you?" already (it asks once). */
export async function readWhoAmIAsked(db: TeamshapeDb): Promise<boolean> {
  return (await db.device.get(DEVICE_KEYS.whoAmIAsked))?.value === true;
}

export async function markWhoAmIAsked(db: TeamshapeDb): Promise<void> {
  await db.device.put({ key: DEVICE_KEYS.whoAmIAsked, value: true });
}

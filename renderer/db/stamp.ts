import type { Table } from 'dexie';
import { nowIso } from '../../shared/clock';
import { newId } from '../../shared/ids';
import type { RecordFields } from '../../shared/model';
import type { TeamshapeDb } from './database';
import { readMeId } from './device';
import { MissingRecordError } from './errors';

/**
 * The person recorded as author of edits: this device's "this is me" (the device table), when
 * set. A transaction that calls it must include db.device.
 */
export async function currentActor(db: TeamshapeDb): Promise<string | null> {
  return readMeId(db);
}

export function stampNew(actor: string | null, id: string = newId()): RecordFields {
  const at = nowIso();
  return { id, createdAt: at, updatedAt: at, deletedAt: null, updatedBy: actor };
}

export function stampUpdate(actor: string | null): Pick<RecordFields, 'updatedAt' | 'updatedBy'> {
  return { updatedAt: nowIso(), updatedBy: actor };
}

export function stampDelete(actor: string | null): Pick<RecordFields, 'updatedAt' | 'updatedBy' | 'deletedAt'> {
  const at = nowIso();
  return { updatedAt: at, deletedAt: at, updatedBy: actor };
}

/** Reads a live (not tombstoned) record or throws a message that names what is missing. */
export async function mustExist<T extends { deletedAt: string | null }>(
  table: Table<T, string>,
  id: string,
  kind: string,
): Promise<T> {
  const record = await table.get(id);
  if (!record || record.deletedAt !== null) throw new MissingRecordError(kind, id);
  return record;
}

export function isAlive<T extends { deletedAt: string | null }>(record: T | undefined): record is T {
  return record !== undefined && record.deletedAt === null;
}

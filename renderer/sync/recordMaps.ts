/**
 * A record as a Yjs map of its fields (issue 21, "each record is a map of fields"): two laptops
 * editing different fields of the same team both keep their change; the same field resolves the
 * way Yjs resolves a map key, the same on every laptop. A deletion is the `deletedAt` field, so it
 * survives a concurrent edit of any other field. Values are JSON (lists such as owner teams are one
 * value: replaced whole, never merged element by element).
 */
import * as Y from 'yjs';
import { DEVICE_FIELDS } from '../../shared/backup';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';

export type RecordMap = Y.Map<unknown>;

/** One field change of a record: who (updatedBy), when (updatedAt), what the field became. */
export interface FieldChange {
  table: WorkspaceTable;
  id: string;
  field: string;
  value: unknown;
  by: string | null;
  at: string;
}

/** Bookkeeping fields: they change with every edit and are not history of their own. */
const NOT_HISTORY = new Set(['updatedAt', 'updatedBy', 'createdAt', 'id']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes a change of one record into its map, in the caller's Yjs transaction: the fields that
 * differ between `before` and `record` (every field when the change created the record or the
 * document does not have it yet), so a field this laptop did not touch keeps whatever another
 * laptop wrote meanwhile. Returns the changed fields of a record the document already had (a new
 * record has no history yet); nothing changes when the map already says the same.
 */
export function writeRecord(tableMap: Y.Map<RecordMap>, table: WorkspaceTable, record: StoredRecord, before: StoredRecord | null): FieldChange[] {
  const deviceFields = DEVICE_FIELDS[table] ?? [];
  let map = tableMap.get(record.id);
  const created = map === undefined;
  if (!map) {
    map = new Y.Map<unknown>();
    tableMap.set(record.id, map);
  }
  const whole = created || before === null;
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || deviceFields.includes(field)) continue;
    if (!whole && sameValue(before[field], value)) continue;
    if (map.has(field) && sameValue(map.get(field), value)) continue;
    map.set(field, value);
    if (!created && !NOT_HISTORY.has(field)) {
      changes.push({ table, id: record.id, field, value, by: (record.updatedBy as string | null | undefined) ?? null, at: record.updatedAt });
    }
  }
  const dropped = whole ? [...map.keys()] : Object.keys(before);
  for (const field of dropped) if (map.has(field) && (!(field in record) || record[field] === undefined)) map.delete(field);
  return changes;
}

/** The record a map holds (undefined fields are absent, as in Dexie). */
export function readRecord(map: RecordMap): StoredRecord {
  return map.toJSON() as StoredRecord;
}

/** True when the map says exactly what the record says (device fields aside). */
export function mapMatches(map: RecordMap | undefined, table: WorkspaceTable, record: StoredRecord): boolean {
  if (!map) return false;
  const deviceFields = DEVICE_FIELDS[table] ?? [];
  let fields = 0;
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || deviceFields.includes(field)) continue;
    fields++;
    if (!map.has(field) || !sameValue(map.get(field), value)) return false;
  }
  return map.size === fields;
}

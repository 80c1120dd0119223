/**
 * A laptop joining a big workspace (issue 21: size L usable in < 10 s). Writing 120,000 records
 * into Dexie in one transaction takes far longer than showing them, so a large batch from the
 * server goes in three steps:
 *  1. the received Yjs updates are stored with a marker ("these documents' records are not all in
 *     Dexie yet") in one transaction: from here on the sync state holds everything;
 *  2. the records are shown at once (the in-memory workspace takes them, as it takes an edit that
 *     is being saved);
 *  3. they are written to Dexie in chunks through the write path, smallest tables first, with
 *     progress; the last chunk's transaction removes the marker.
 * A window closed during step 3 loses nothing: at the next start the engine finds the marker and
 * writes what Dexie still lacks, from the stored documents (the comparison skips what is there).
 */
import type { TeamshapeDb } from '../db/database';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';
import { LOAD_ORDER } from '../db/memory/workspaceMemory';
import type { DocKey } from './documents';

/** A batch naming more records than this is a join: shown first, saved in chunks. */
export const BULK_RECORDS = 2_000;
/** Records per Dexie transaction while saving a join. */
export const PERSIST_CHUNK = 5_000;

const MARKER_KEY = 'pendingRecords';

export interface PendingRecords {
  key: typeof MARKER_KEY;
  /** Documents whose every record must be compared with Dexie (and written where they differ). */
  docs: DocKey[];
  since: string;
}

export interface SaveProgress {
  saved: number;
  total: number;
}

export async function readPending(db: TeamshapeDb): Promise<PendingRecords | null> {
  return ((await db.table('syncState').get(MARKER_KEY)) as PendingRecords | undefined) ?? null;
}

/** Call inside a transaction that includes the sync tables. */
export async function markPending(db: TeamshapeDb, docs: readonly DocKey[], at: string): Promise<void> {
  const existing = await readPending(db);
  const all = [...new Set([...(existing?.docs ?? []), ...docs])];
  await db.table('syncState').put({ key: MARKER_KEY, docs: all, since: existing?.since ?? at } satisfies PendingRecords);
}

/** Call inside the transaction of the last chunk. */
export async function clearPending(db: TeamshapeDb): Promise<void> {
  await db.table('syncState').delete(MARKER_KEY);
}

/** Records in the order a screen needs them (teams before 100,000 check-ins), cut into chunks. */
export function persistChunks(byTable: ReadonlyMap<WorkspaceTable, StoredRecord[]>, size = PERSIST_CHUNK): Array<Array<{ table: WorkspaceTable; records: StoredRecord[] }>> {
  const order = [...LOAD_ORDER, ...[...byTable.keys()].filter((table) => !LOAD_ORDER.includes(table as never))] as WorkspaceTable[];
  const chunks: Array<Array<{ table: WorkspaceTable; records: StoredRecord[] }>> = [];
  let current: Array<{ table: WorkspaceTable; records: StoredRecord[] }> = [];
  let count = 0;
  for (const table of order) {
    const records = byTable.get(table);
    if (!records) continue;
    for (let start = 0; start < records.length; ) {
      const take = Math.min(size - count, records.length - start);
      current.push({ table, records: records.slice(start, start + take) });
      start += take;
      count += take;
      if (count >= size) {
        chunks.push(current);
        current = [];
        count = 0;
      }
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

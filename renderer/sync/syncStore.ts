/**
 * The sync engine's tables (Dexie version 4, renderer/db/database.ts): the Yjs updates of every
 * synced document — each stored in the transaction of the record change it carries, so the local
 * copy and the sync state never disagree after a crash — and this laptop's server connection.
 * None of them is backed up, merged or synced (renderer/db/tableKinds.ts).
 */
import type { Table } from 'dexie';
import type { TeamshapeDb } from '../db/database';
import type { DocKey } from './documents';

export interface StoredUpdate {
  seq?: number;
  doc: DocKey;
  update: Uint8Array;
  /** 1: made on this laptop (waits for the server until acknowledged); 0: received. */
  local: 0 | 1;
  /** 1 once the server said it has every change up to this one. */
  acked: 0 | 1;
  /**
   * When a local update reached the documents, in this laptop's order (SyncEngine.localMark): an
   * acknowledgement covers the updates the documents held when it came, never one made after it.
   * Absent on updates stored before marks existed.
   */
  mark?: number;
  at: string;
}

/** Where this laptop syncs to. The token is the invitation the server's admin command made. */
export interface SyncConnection {
  key: 'server';
  url: string;
  workspaceId: string;
  token: string;
  /** When the user connected this laptop. */
  since: string;
}

export const SYNC_TABLES = ['syncUpdates', 'syncState', 'syncConnection'] as const;

export function updatesTable(db: TeamshapeDb): Table<StoredUpdate, number> {
  return db.table('syncUpdates');
}

export function syncTables(db: TeamshapeDb): Table[] {
  return SYNC_TABLES.map((name) => db.table(name));
}

export interface StoredDocuments {
  /** Every stored update, document by document, in the order they were made. */
  byDoc: Map<DocKey, Uint8Array[]>;
  /** The latest mark of a local update (0 when there is none). */
  lastMark: number;
}

export async function readUpdatesByDoc(db: TeamshapeDb): Promise<StoredDocuments> {
  const byDoc = new Map<DocKey, Uint8Array[]>();
  let lastMark = 0;
  await updatesTable(db).each((row) => {
    const list = byDoc.get(row.doc);
    if (list) list.push(row.update);
    else byDoc.set(row.doc, [row.update]);
    if (row.mark !== undefined && row.mark > lastMark) lastMark = row.mark;
  });
  return { byDoc, lastMark };
}

/** How many changes made here the server has not acknowledged yet. */
export function countWaiting(db: TeamshapeDb): Promise<number> {
  return updatesTable(db).filter((row) => row.local === 1 && row.acked === 0).count();
}

/**
 * The server has every change of these documents that had reached them by `upToMark`. A change
 * stored after that (made while the acknowledgement was on its way to Dexie) still waits.
 */
export async function acknowledge(db: TeamshapeDb, docs: readonly DocKey[], upToMark: number): Promise<void> {
  await updatesTable(db)
    .where('doc')
    .anyOf(docs as string[])
    .filter((row) => row.acked === 0 && row.local === 1 && (row.mark ?? 0) <= upToMark)
    .modify({ acked: 1 });
}

export async function readConnection(db: TeamshapeDb): Promise<SyncConnection | null> {
  return ((await db.table('syncConnection').get('server')) as SyncConnection | undefined) ?? null;
}

export async function saveConnection(db: TeamshapeDb, connection: Omit<SyncConnection, 'key'>): Promise<void> {
  await db.table('syncConnection').put({ key: 'server', ...connection } satisfies SyncConnection);
}

export async function forgetConnection(db: TeamshapeDb): Promise<void> {
  await db.table('syncConnection').delete('server');
}

/** Drops this laptop's copy of the synced documents (the records stay in the workspace tables). */
export async function clearUpdates(db: TeamshapeDb): Promise<void> {
  await updatesTable(db).clear();
}

// Durable storage of every document in SQLite. Each Yjs update is appended in the document's own
// 'update' event, which Yjs fires synchronously inside the apply call, before Hocuspocus sends the
// client its acknowledgement (SyncStatus): an acknowledged change is committed (synchronous=FULL)
// before the ack leaves, so `kill -9` cannot lose it. Hocuspocus' debounced onStoreDocument is not
// used for durability at all. Stored updates are merged into one row now and then (compaction).
import * as Y from 'yjs';
import { isTransactionOrigin } from '@hocuspocus/server';
import type { Extension, onLoadDocumentPayload, afterUnloadDocumentPayload, onDestroyPayload, Document } from '@hocuspocus/server';
import type { Store } from './store.ts';
import type { Logger } from './log.ts';

/** Origin of the updates replayed from storage while a document loads: they are stored already. */
const FROM_STORAGE = Symbol('teamshape:from-storage');

export interface PersistenceOptions {
  /** Merge a document's rows once this many bytes were appended since its last compaction… */
  compactAfterBytes: number;
  /** …or this many rows. */
  compactAfterRows: number;
  /** Also merge, on this period, every loaded document with more than one row. */
  compactEveryMs: number;
  now: () => Date;
}

export const DEFAULT_PERSISTENCE: Omit<PersistenceOptions, 'now'> = {
  compactAfterBytes: 8 * 1024 * 1024,
  compactAfterRows: 2_000,
  compactEveryMs: 5 * 60_000,
};

interface Tally {
  rows: number;
  bytes: number;
  /** Set after a failed write: the next write stores the whole document, so nothing stays unsaved. */
  unsaved: boolean;
}

/** Merges stored updates into one by replaying them into a fresh document (drops deleted content). */
export function mergeStoredUpdates(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export class SqlitePersistence implements Extension {
  extensionName = 'TeamshapeSqlitePersistence';
  private readonly tallies = new Map<string, Tally>();
  private readonly scheduled = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  private readonly store: Store;
  private readonly log: Logger;
  private readonly options: PersistenceOptions;

  constructor(store: Store, log: Logger, options: PersistenceOptions) {
    this.store = store;
    this.log = log;
    this.options = options;
  }

  async onConfigure(): Promise<void> {
    this.timer = setInterval(() => this.compactAll(), this.options.compactEveryMs);
    this.timer.unref();
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const rows = this.store.updates(documentName);
    if (rows.length > 0) {
      document.transact(() => {
        for (const row of rows) Y.applyUpdate(document, row.data, FROM_STORAGE);
      }, FROM_STORAGE);
    }
    this.tallies.set(documentName, { rows: rows.length, bytes: 0, unsaved: false });
    document.on('update', (update: Uint8Array, origin: unknown) => this.persist(documentName, document, update, origin));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.tallies.delete(documentName);
    this.scheduleCompaction(documentName);
  }

  async onDestroy(_payload: onDestroyPayload): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const name of this.scheduled) this.compact(name);
    this.scheduled.clear();
  }

  private persist(documentName: string, document: Document, update: Uint8Array, origin: unknown): void {
    if (origin === FROM_STORAGE) return;
    // An update relayed by another process through Redis was stored by that process before it was
    // published (all processes share one data folder): storing it again would double every fsync.
    if (isTransactionOrigin(origin) && origin.source === 'redis') return;
    const tally = this.tallies.get(documentName) ?? { rows: 0, bytes: 0, unsaved: false };
    this.tallies.set(documentName, tally);
    const data = tally.unsaved ? Y.encodeStateAsUpdate(document) : update;
    try {
      this.store.appendUpdate(documentName, data, this.options.now().toISOString());
    } catch (error) {
      tally.unsaved = true;
      this.log.error(`Could not store a change to ${documentName}: ${(error as Error).message}. The client is not told it was saved and will send it again.`);
      // Thrown inside the apply call, so Hocuspocus closes the sender's channel instead of acknowledging.
      throw error;
    }
    tally.unsaved = false;
    tally.rows += 1;
    tally.bytes += data.byteLength;
    if (tally.bytes >= this.options.compactAfterBytes || tally.rows >= this.options.compactAfterRows) this.scheduleCompaction(documentName);
  }

  private scheduleCompaction(documentName: string): void {
    if (this.scheduled.has(documentName)) return;
    this.scheduled.add(documentName);
    // Never inside a client's apply call: compaction is housekeeping, not part of an acknowledgement.
    setTimeout(() => {
      if (!this.scheduled.delete(documentName)) return;
      this.compact(documentName);
    }, 50).unref();
  }

  private compactAll(): void {
    for (const [name, tally] of this.tallies) if (tally.rows > 1) this.compact(name);
  }

  compact(documentName: string): void {
    try {
      const result = this.store.compact(documentName, mergeStoredUpdates, this.options.now().toISOString());
      const tally = this.tallies.get(documentName);
      if (tally) {
        tally.rows = result.before > 1 ? 1 : result.before;
        tally.bytes = 0;
      }
    } catch (error) {
      // The rows stay as they were (the transaction rolled back): nothing is lost, only not merged.
      this.log.error(`Could not compact ${documentName}: ${(error as Error).message}`);
    }
  }
}

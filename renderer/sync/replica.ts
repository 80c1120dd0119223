/**
 * This laptop's replica of the synced documents: one Y.Doc per document (documents.ts), each with
 * a map per table (records as maps of fields, recordMaps.ts), the field history (an append-only
 * list) and, in the workspace document, the drafts their authors shared. It turns a local change
 * into Yjs updates and tells the engine which records an update from elsewhere changed.
 */
import * as Y from 'yjs';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';
import type { ChangedRecord } from '../db/changeHooks';
import { docOfRecord, planIdOfDoc, tablesOfDoc, WORKSPACE_DOC, type DocKey, type PlanSharing } from './documents';
import { readRecord, writeRecord, type FieldChange, type RecordMap } from './recordMaps';

/** Transaction origins of this laptop: its own changes, and updates read back from Dexie. */
export const LOCAL_ORIGIN = 'teamshape:local';
export const LOAD_ORIGIN = 'teamshape:load';

export interface DocUpdate {
  doc: DocKey;
  update: Uint8Array;
}

/** An update from elsewhere and the records it changed. */
export interface RemoteUpdate extends DocUpdate {
  records: Array<{ table: WorkspaceTable; id: string }>;
}

export interface SharedDraft {
  by: string | null;
  at: string;
}

const HISTORY = 'history';
const SHARED_PLANS = 'sharedPlans';

export class SyncReplica {
  private readonly docs = new Map<DocKey, Y.Doc>();
  private readonly localUpdates: DocUpdate[] = [];
  private readonly changedKeys = new Map<DocKey, Map<string, { table: WorkspaceTable; id: string }>>();
  /** Hears every update that did not start on this laptop (the provider's, a test's exchange). */
  onRemote: (update: RemoteUpdate) => void = () => {};
  /** Hears a document created here for the first time (the connection opens a provider for it). */
  onDocOpened: (doc: DocKey, ydoc: Y.Doc) => void = () => {};

  docKeys(): DocKey[] {
    return [...this.docs.keys()];
  }

  has(doc: DocKey): boolean {
    return this.docs.has(doc);
  }

  doc(key: DocKey): Y.Doc {
    let doc = this.docs.get(key);
    if (doc) return doc;
    doc = new Y.Doc();
    const created = doc;
    this.docs.set(key, doc);
    this.changedKeys.set(key, new Map());
    for (const table of tablesOfDoc(key)) {
      doc.getMap<RecordMap>(table).observeDeep((events, transaction) => {
        if (transaction.origin === LOCAL_ORIGIN || transaction.origin === LOAD_ORIGIN) return;
        const keys = this.changedKeys.get(key)!;
        for (const event of events) {
          if (event.target === created.getMap(table)) {
            for (const id of (event as Y.YMapEvent<RecordMap>).keysChanged) keys.set(`${table}/${id}`, { table, id });
          } else {
            const id = event.path[0] as string | undefined;
            if (id !== undefined) keys.set(`${table}/${id}`, { table, id });
          }
        }
      });
    }
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return;
      if (origin === LOCAL_ORIGIN) {
        this.localUpdates.push({ doc: key, update });
        return;
      }
      const keys = this.changedKeys.get(key)!;
      const records = [...keys.values()];
      keys.clear();
      this.onRemote({ doc: key, update, records });
    });
    this.onDocOpened(key, doc);
    return doc;
  }

  /** Replays what Dexie kept of a document (at start-up): no record is new to Dexie. */
  load(key: DocKey, updates: readonly Uint8Array[]): void {
    const doc = this.doc(key);
    if (updates.length === 0) return;
    Y.applyUpdate(doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates as Uint8Array[]), LOAD_ORIGIN);
  }

  /** Applies an update from elsewhere (a provider does this itself; tests and the join path call it). */
  receive(key: DocKey, update: Uint8Array, origin: unknown = 'remote'): void {
    Y.applyUpdate(this.doc(key), update, origin);
  }

  tableMap(doc: DocKey, table: WorkspaceTable): Y.Map<RecordMap> {
    return this.doc(doc).getMap<RecordMap>(table);
  }

  read(doc: DocKey, table: WorkspaceTable, id: string): StoredRecord | undefined {
    const map = this.docs.get(doc)?.getMap<RecordMap>(table).get(id);
    return map ? readRecord(map) : undefined;
  }

  isShared(planId: string): boolean {
    return this.docs.get(WORKSPACE_DOC)?.getMap<SharedDraft>(SHARED_PLANS).has(planId) ?? false;
  }

  sharedPlanIds(): string[] {
    return [...(this.docs.get(WORKSPACE_DOC)?.getMap<SharedDraft>(SHARED_PLANS).keys() ?? [])];
  }

  /** Marks a draft as shared (its records are written by the engine, in the same change). */
  share(planId: string, by: SharedDraft): void {
    this.doc(WORKSPACE_DOC).transact(() => this.doc(WORKSPACE_DOC).getMap<SharedDraft>(SHARED_PLANS).set(planId, by), LOCAL_ORIGIN);
  }

  /**
   * Writes a change's records into their documents (one Yjs transaction per document) and returns
   * the updates it made: the caller stores them with the change, in the same Dexie transaction.
   */
  applyLocal(changes: readonly ChangedRecord[], sharing: PlanSharing): DocUpdate[] {
    const byDoc = new Map<DocKey, ChangedRecord[]>();
    for (const change of changes) {
      const doc = docOfRecord(change.table, change.record, sharing);
      if (doc === null) continue;
      const list = byDoc.get(doc);
      if (list) list.push(change);
      else byDoc.set(doc, [change]);
    }
    for (const [key, list] of byDoc) {
      const doc = this.doc(key);
      doc.transact(() => {
        const history: FieldChange[] = [];
        for (const { table, record, before } of list) {
          this.leaveOtherPlans(key, table, record.id);
          history.push(...writeRecord(doc.getMap<RecordMap>(table), table, record, before));
        }
        if (history.length > 0) doc.getArray<FieldChange>(HISTORY).push(history);
      }, LOCAL_ORIGIN);
    }
    return this.localUpdates.splice(0);
  }

  /** A team or membership moved to another plan (a promotion): the old plan's document lets it go. */
  private leaveOtherPlans(key: DocKey, table: WorkspaceTable, id: string): void {
    if (planIdOfDoc(key) === null) return;
    for (const [other, doc] of this.docs) {
      if (other === key || planIdOfDoc(other) === null) continue;
      const map = doc.getMap<RecordMap>(table);
      if (map.has(id)) doc.transact(() => map.delete(id), LOCAL_ORIGIN);
    }
  }

  /** Every field change of a record that any laptop made, oldest first (by time, then author). */
  history(doc: DocKey, table: WorkspaceTable, id: string): FieldChange[] {
    const entries = this.docs.get(doc)?.getArray<FieldChange>(HISTORY).toArray() ?? [];
    return entries
      .filter((entry) => entry.table === table && entry.id === id)
      .sort((a, b) => (a.at === b.at ? String(a.by).localeCompare(String(b.by)) : a.at < b.at ? -1 : 1));
  }

  /** Takes the local updates made since the last call (after a change that failed, to forget them). */
  drainLocal(): DocUpdate[] {
    return this.localUpdates.splice(0);
  }

  destroy(): void {
    for (const doc of this.docs.values()) doc.destroy();
    this.docs.clear();
  }
}

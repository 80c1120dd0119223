/**
 * The sync engine of one database (issue 21): keeps the replica (replica.ts) in step with the
 * workspace through the write path's hook (renderer/db/changeHooks.ts) — a local change becomes
 * Yjs updates stored in the same Dexie transaction — and applies what other laptops sent through
 * the write path too (validated, into Dexie and the in-memory workspace together, not undoable as
 * this user's action), then lets the merge rule keep natural keys unique (normalise.ts).
 */
import Dexie from 'dexie';
import * as Y from 'yjs';
import { RECORD_SCHEMAS, type BackupTableName } from '../../shared/backup';
import { nowIso } from '../../shared/clock';
import type { TeamshapeDb } from '../db/database';
import { applyChange } from '../db/changes';
import { setBeforeCommitHook, type ChangedRecord, type ChangeContext } from '../db/changeHooks';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';
import { CHECK_INS_DOC, PLAN_DOC_TABLES, docOfRecord, planDoc, planIsSynced, tablesOfDoc, WORKSPACE_DOC, type DocKey, type PlanSharing } from './documents';
import { needsNormalising, normalisedWrites } from './normalise';
import { SyncReplica, type DocUpdate, type RemoteUpdate } from './replica';
import { readUpdatesByDoc, syncTables, updatesTable, type StoredUpdate } from './syncStore';
import { mapMatches, type FieldChange } from './recordMaps';
import { trackPendingSave } from '../db/pendingSaves';
import { BULK_RECORDS, PERSIST_CHUNK, clearPending, markPending, persistChunks, readPending, type SaveProgress } from './bulkJoin';
import { notifyStaged } from '../db/changeEvents';

/** A record from elsewhere that failed the shared schema: kept out of the workspace, reported. */
export interface RejectedRecord {
  table: WorkspaceTable;
  id: string;
  problem: string;
}

export interface EngineEvents {
  /** Records from elsewhere were written (count), or some were refused. */
  onApplied?: (applied: number, rejected: readonly RejectedRecord[]) => void;
  /** Changes made here are stored and wait for the server. */
  onLocalStored?: (updates: number) => void;
  onError?: (error: unknown) => void;
  /** A large batch (a laptop joining) is on screen and being saved to Dexie: how far it is. */
  onSaving?: (progress: SaveProgress | null) => void;
}

/** A join's records as shown, waiting to be saved. */
interface StagedJoin {
  byTable: Map<WorkspaceTable, StoredRecord[]>;
  refused: RejectedRecord[];
}

export const REMOTE_CHANGE_LABEL = 'Changes from another laptop';
/** Check-ins read from the documents and shown per step while a join is being saved. */
const STAGE_SLICE = 10_000;

export class SyncEngine {
  readonly replica = new SyncReplica();
  private queue: RemoteUpdate[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private scheduled = false;
  private planKinds = new Map<string, string>();
  /** A flush is between taking its batch and showing it (in memory, saved or not). */
  private showing = false;
  private shownWaiters: Array<() => void> = [];
  /** Joins shown but not all in Dexie yet, saved one after the other (in the order they came). */
  private saving: Promise<void> = Promise.resolve();
  private joinsSaving = 0;
  private progress: SaveProgress = { saved: 0, total: 0 };
  private lastMark = 0;

  constructor(
    private readonly db: TeamshapeDb,
    private readonly events: EngineEvents = {},
    /** When a batch counts as a join, and its chunk size (tests make both small). */
    private readonly bulk: { records: number; chunk: number } = { records: BULK_RECORDS, chunk: PERSIST_CHUNK },
  ) {}

  /** Reads the stored documents, then hooks into the write path. */
  async start(): Promise<void> {
    const plans = (await this.db.plans.toArray()) as Array<{ id: string; kind: string }>;
    for (const plan of plans) this.planKinds.set(plan.id, plan.kind);
    const stored = await readUpdatesByDoc(this.db);
    for (const [doc, updates] of stored.byDoc) this.replica.load(doc, updates);
    this.lastMark = Math.max(this.lastMark, stored.lastMark);
    // In this order the server sends a joining laptop the documents its screens need first: the
    // workspace and the plans before 100,000 check-ins.
    for (const doc of [WORKSPACE_DOC, ...this.syncedPlanIds().map(planDoc), CHECK_INS_DOC]) this.replica.doc(doc);
    // The window closed while a join was being saved: write what Dexie still lacks first.
    const pending = await readPending(this.db);
    if (pending) this.resumePending(pending.docs);
    this.replica.onRemote = (update) => this.enqueue(update);
    setBeforeCommitHook(this.db, {
      tables: syncTables,
      beforeCommit: (changes, context) => this.storeLocal(changes, context),
      rolledBack: () => void this.reloadFromStore(),
    });
  }

  stop(): void {
    setBeforeCommitHook(this.db, null);
    this.replica.onRemote = () => {};
    this.replica.destroy();
  }

  private sharing(extra: readonly ChangedRecord[] = []): PlanSharing {
    for (const { table, record } of extra) if (table === 'plans') this.planKinds.set(record.id, record.kind as string);
    return { kindOf: (id) => this.planKinds.get(id), isShared: (id) => this.replica.isShared(id) };
  }

  /** Plans whose document this laptop holds: live and archived ones, and shared drafts. */
  syncedPlanIds(): string[] {
    const sharing = this.sharing();
    return [...new Set([...this.planKinds.keys(), ...this.replica.sharedPlanIds()])].filter((id) => planIsSynced(id, sharing));
  }

  /** The write path's hook: the change's Yjs updates, stored in its transaction. */
  private async storeLocal(changes: readonly ChangedRecord[], context: ChangeContext): Promise<void> {
    const updates = this.replica.applyLocal(changes, this.sharing(changes));
    // Taken as the updates reach the documents (and their providers), before anything awaits.
    const mark = this.nextMark();
    for (const doc of this.syncedPlanIds().map(planDoc)) this.replica.doc(doc);
    if (updates.length === 0) return;
    await this.store(updates, 1, mark);
    if (!context.fromSync) this.events.onLocalStored?.(updates.length);
  }

  private async store(updates: readonly DocUpdate[], local: 0 | 1, mark?: number): Promise<void> {
    if (updates.length === 0) return;
    const at = nowIso();
    await updatesTable(this.db).bulkAdd(updates.map(({ doc, update }): StoredUpdate => (mark === undefined ? { doc, update, local, acked: 0, at } : { doc, update, local, acked: 0, mark, at })));
  }

  /**
   * The mark of the latest local update that has reached the documents: an acknowledgement the
   * wire reports now covers updates up to this mark, and no later one.
   */
  localMark(): number {
    return this.lastMark;
  }

  /**
   * Increasing in this window and past every stored mark; the clock keeps two windows' marks in
   * about the order their changes were made.
   */
  private nextMark(): number {
    this.lastMark = Math.max(this.lastMark + 1, Date.now());
    return this.lastMark;
  }

  /** A change failed after its updates reached the replica: Dexie (the store of record) is the truth. */
  private async reloadFromStore(): Promise<void> {
    this.replica.drainLocal();
    // Rare (the commit itself failed): rebuilding every document from what was stored is simplest.
    const stored = await readUpdatesByDoc(this.db);
    const fresh = new SyncReplica();
    for (const [doc, updates] of stored.byDoc) fresh.load(doc, updates);
    for (const doc of this.replica.docKeys()) {
      const ydoc = fresh.doc(doc);
      // Put the stored state back into the live documents (providers stay attached to them).
      this.replica.receive(doc, Y.encodeStateAsUpdate(ydoc), 'teamshape:reload');
    }
    fresh.destroy();
  }

  private enqueue(update: RemoteUpdate): void {
    this.queue.push(update);
    if (this.scheduled) return;
    this.scheduled = true;
    this.flushing = this.flushing.then(async () => {
      // Let a burst of updates (a reconnect, a join) gather into one change.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.scheduled = false;
      await this.flush().catch((error: unknown) => this.events.onError?.(error));
    });
  }

  /**
   * Resolves once every update received so far is on screen (in the in-memory workspace), whether
   * or not it is all in Dexie yet: a join's organisation is shown long before it is saved.
   */
  shown(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled && !this.showing) return Promise.resolve();
    return new Promise((resolve) => this.shownWaiters.push(resolve));
  }

  private markShown(): void {
    this.showing = false;
    if (this.queue.length > 0 || this.scheduled) return;
    for (const resolve of this.shownWaiters.splice(0)) resolve();
  }

  /** Resolves once every update received so far is in Dexie and the in-memory workspace. */
  async settled(): Promise<void> {
    for (;;) {
      const [flushing, saving] = [this.flushing, this.saving];
      await flushing;
      await saving;
      if (this.queue.length === 0 && !this.scheduled && flushing === this.flushing && saving === this.saving) return;
    }
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0);
    this.showing = true;
    try {
      await this.flushBatch(batch);
    } finally {
      if (this.showing) this.markShown();
    }
  }

  private async flushBatch(batch: RemoteUpdate[]): Promise<void> {
    if (batch.length === 0) return;
    const keys = new Map<string, { doc: DocKey; table: WorkspaceTable; id: string }>();
    for (const { doc, records } of batch) for (const { table, id } of records) keys.set(`${table}/${id}`, { doc, table, id });
    if (keys.size > this.bulk.records) return this.flushBulk(batch, keys);
    // An ordinary change waits for a join being saved: Dexie takes changes in the order they came.
    await this.saving;
    let applied = 0;
    let rejected: RejectedRecord[] = [];
    // Never inside whatever transaction happens to be running when the update arrives (Dexie
    // carries a transaction across promises): this is a change of its own.
    await Dexie.ignoreTransaction(() => applyChange(
      this.db,
      REMOTE_CHANGE_LABEL,
      async () => {
        // A transaction's body starts before IndexedDB grants it the tables: the first read waits
        // for that. Only then read the documents, so a local edit that committed meanwhile is in
        // them, and none can commit between this read and the writes.
        await this.db.settings.count();
        const { byTable, refused } = this.materialise(keys.values());
        rejected = refused;
        const touched = new Set<WorkspaceTable>();
        for (const [table, records] of byTable) {
          const current = (await this.db.table(table).bulkGet(records.map((r) => r.id))) as (StoredRecord | undefined)[];
          const changed = records.filter((record, index) => !sameRecord(current[index], record));
          if (changed.length === 0) continue;
          for (const record of changed) if (table === 'plans') this.planKinds.set(record.id, record.kind as string);
          await this.db.table(table).bulkPut(changed);
          applied += changed.length;
          touched.add(table);
        }
        if (needsNormalising(touched)) {
          const derived = await normalisedWrites(this.db, byTable.get('checkIns') ?? []);
          for (const { table, record } of derived) await this.db.table(table).put(record);
        }
        await this.store(batch.filter((update) => update.update.length > 0), 0);
      },
      { fromSync: true, keepTimestamps: true, prevalidated: true },
    ));
    for (const doc of this.syncedPlanIds().map(planDoc)) this.replica.doc(doc);
    this.markShown();
    this.events.onApplied?.(applied, rejected);
  }

  /**
   * A join (bulkJoin.ts): the updates and a "not all in Dexie yet" marker stored, the records on
   * screen at once; their saving into Dexie (in chunks, with progress) goes on behind, so the
   * next document's records (the live plan's teams after the workspace) show without waiting for it.
   */
  private async flushBulk(batch: readonly RemoteUpdate[], keys: Map<string, { doc: DocKey; table: WorkspaceTable; id: string }>): Promise<void> {
    const docs = [...new Set([...keys.values()].map((key) => key.doc))];
    // Shown while the updates and the marker are being stored (megabytes, an IndexedDB commit);
    // no record is written to Dexie before they are, so a window closed at any point loses nothing.
    const stored = Dexie.ignoreTransaction(() =>
      this.db.transaction('rw', syncTables(this.db), async () => {
        await this.store(batch.filter((update) => update.update.length > 0), 0);
        await markPending(this.db, docs, nowIso());
      }),
    );
    stored.catch(() => {});
    const join = await this.show(keys.values());
    await stored;
    this.saveInChunks(join);
  }

  private resumePending(docs: readonly DocKey[]): void {
    const keys: Array<{ doc: DocKey; table: WorkspaceTable; id: string }> = [];
    for (const doc of docs) for (const table of tablesOfDoc(doc)) for (const id of this.replica.tableMap(doc, table).keys()) keys.push({ doc, table, id });
    this.flushing = this.flushing.then(async () => this.saveInChunks(await this.show(keys))).catch((error: unknown) => this.events.onError?.(error));
  }

  /**
   * Puts a join's records on screen (the in-memory workspace takes them as it takes an edit being
   * saved): the organisation in one step (the board needs all of it), check-ins in slices, each
   * shown as it is read, so the screens stay interactive while 100,000 of them are checked.
   */
  private async show(keys: Iterable<{ doc: DocKey; table: WorkspaceTable; id: string }>): Promise<StagedJoin> {
    const all = [...keys];
    const byTable = new Map<WorkspaceTable, StoredRecord[]>();
    const refused: RejectedRecord[] = [];
    const parts = [all.filter((key) => key.table !== 'checkIns'), all.filter((key) => key.table === 'checkIns')];
    for (const [index, part] of parts.entries()) {
      const slice = index === 0 ? Math.max(part.length, 1) : STAGE_SLICE;
      for (let start = 0; start < part.length; start += slice) {
        const materialised = this.materialise(part.slice(start, start + slice));
        refused.push(...materialised.refused);
        const shown: Array<{ table: WorkspaceTable; record: StoredRecord }> = [];
        for (const [table, records] of materialised.byTable) {
          const list = byTable.get(table);
          if (list) for (const record of records) list.push(record);
          else byTable.set(table, records);
          for (const record of records) {
            if (table === 'plans') this.planKinds.set(record.id, record.kind as string);
            shown.push({ table, record });
          }
        }
        notifyStaged(this.db, shown);
        this.progress.total += shown.length;
        this.events.onSaving?.({ ...this.progress });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    for (const doc of this.syncedPlanIds().map(planDoc)) this.replica.doc(doc);
    this.markShown();
    return { byTable, refused };
  }

  /** Queues a shown join's saving behind the joins before it (one after the other, in order). */
  private saveInChunks(join: StagedJoin): void {
    this.joinsSaving++;
    this.saving = this.saving
      .then(() => this.save(join))
      .catch((error: unknown) => this.events.onError?.(error))
      .finally(() => this.joinsSaving--);
    trackPendingSave(this.db, this.saving);
  }

  /** Writes a shown join into Dexie in chunks; the last chunk of the last join removes the marker. */
  private async save({ byTable, refused }: StagedJoin): Promise<void> {
    let applied = 0;
    this.events.onSaving?.({ ...this.progress });
    const chunks = persistChunks(byTable, this.bulk.chunk);
    // A window closed before a later join is saved must find the marker at its next start.
    const lastJoin = () => this.joinsSaving === 1;
    if (chunks.length === 0 && lastJoin()) await Dexie.ignoreTransaction(() => this.db.transaction('rw', syncTables(this.db), () => clearPending(this.db)));
    for (const [index, chunk] of chunks.entries()) {
      const last = index === chunks.length - 1;
      await Dexie.ignoreTransaction(() => applyChange(
        this.db,
        REMOTE_CHANGE_LABEL,
        async () => {
          await this.db.settings.count();
          for (const { table, records } of chunk) {
            const current = (await this.db.table(table).bulkGet(records.map((r) => r.id))) as (StoredRecord | undefined)[];
            const changed = records.filter((record, i) => !sameRecord(current[i], record));
            if (changed.length === 0) continue;
            await this.db.table(table).bulkPut(changed);
            applied += changed.length;
          }
          if (last) {
            // Once, with every table written: the merge rule over the whole workspace.
            const derived = await normalisedWrites(this.db, byTable.get('checkIns') ?? []);
            for (const { table, record } of derived) await this.db.table(table).put(record);
            if (lastJoin()) await clearPending(this.db);
          }
        },
        { fromSync: true, keepTimestamps: true, prevalidated: true },
      ));
      this.progress.saved += chunk.reduce((sum, part) => sum + part.records.length, 0);
      this.events.onSaving?.({ ...this.progress });
      // Let the screens breathe between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // Another large batch may be queued or shown (the check-ins after the workspace): keep saying "saving".
    if (lastJoin() && this.queue.length === 0 && !this.scheduled && !this.showing) {
      this.progress = { saved: 0, total: 0 };
      this.events.onSaving?.(null);
    }
    this.events.onApplied?.(applied, refused);
  }

  /** The records as the documents hold them now, each checked with the shared schema. */
  private materialise(keys: Iterable<{ doc: DocKey; table: WorkspaceTable; id: string }>) {
    const refused: RejectedRecord[] = [];
    const byTable = new Map<WorkspaceTable, StoredRecord[]>();
    for (const { doc, table, id } of keys) {
      const raw = this.replica.read(doc, table, id);
      if (!raw) continue;
      const parsed = RECORD_SCHEMAS[table as BackupTableName].safeParse(raw);
      if (!parsed.success) {
        refused.push({ table, id, problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ') });
        continue;
      }
      const list = byTable.get(table);
      if (list) list.push(parsed.data as StoredRecord);
      else byTable.set(table, [parsed.data as StoredRecord]);
    }
    return { byTable, refused };
  }

  /**
   * Puts what this laptop has into the documents where they lack it or hold an older version (by
   * updatedAt): the first connection of a laptop that has data, or a draft being shared. Records
   * the documents hold in a newer version come the other way, into the workspace.
   */
  async seed(onlyPlanId?: string): Promise<number> {
    const sharing = this.sharing();
    const tables: WorkspaceTable[] = onlyPlanId ? ['plans', ...PLAN_DOC_TABLES] : [...new Set([WORKSPACE_DOC, CHECK_INS_DOC, planDoc('')].flatMap(tablesOfDoc))];
    const ours: ChangedRecord[] = [];
    const theirs: RemoteUpdate['records'] = [];
    const docsOfTheirs = new Map<string, DocKey>();
    for (const table of tables) {
      const records = (await this.db.table(table).toArray()) as StoredRecord[];
      for (const record of records) {
        if (onlyPlanId && (table === 'plans' ? record.id : record.planId) !== onlyPlanId) continue;
        const doc = docOfRecord(table, record, sharing);
        if (doc === null) continue;
        const map = this.replica.tableMap(doc, table).get(record.id);
        if (mapMatches(map, table, record)) continue;
        const held = map ? (map.get('updatedAt') as string | undefined) : undefined;
        if (held === undefined || held < record.updatedAt) ours.push({ table, record, before: null });
        else {
          theirs.push({ table, id: record.id });
          docsOfTheirs.set(`${table}/${record.id}`, doc);
        }
      }
    }
    await this.db.transaction('rw', syncTables(this.db), async () => {
      const updates = this.replica.applyLocal(ours, sharing);
      if (updates.length > 0) await this.store(updates, 1);
    });
    for (const { table, id } of theirs) this.enqueue({ doc: docsOfTheirs.get(`${table}/${id}`)!, update: new Uint8Array(), records: [{ table, id }] });
    return ours.length;
  }

  /** Shares a draft plan: from now on it syncs like the live plan. */
  async shareDraft(planId: string, by: string | null): Promise<void> {
    await this.db.transaction('rw', syncTables(this.db), async () => {
      this.replica.share(planId, { by, at: nowIso() });
      await this.store(this.replica.drainLocal(), 1);
    });
    this.replica.doc(planDoc(planId));
    await this.seed(planId);
  }

  /** Every field change of a record that any laptop made (field history with author and time). */
  history(table: WorkspaceTable, record: StoredRecord): FieldChange[] {
    const doc = docOfRecord(table, record, this.sharing());
    return doc === null ? [] : this.replica.history(doc, table, record.id);
  }
}

function sameRecord(a: StoredRecord | undefined, b: StoredRecord): boolean {
  if (!a) return false;
  const keys = Object.keys(b).filter((key) => b[key] !== undefined);
  if (keys.length !== Object.keys(a).filter((key) => a[key] !== undefined && key !== 'meId').length) return false;
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

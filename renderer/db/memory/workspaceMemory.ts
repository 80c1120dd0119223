/**
 * The workspace in memory (ARCHITECTURE.md, "the in-memory workspace model"): every workspace
 * table read once from Dexie, then kept current by this window's committed changes (the change
 * recorder's after-images, applied synchronously after each commit) and by other windows' changes
 * (a BroadcastChannel names the records; they are read again from Dexie). Dexie stays the store
 * of record; the domain hooks read from here.
 */
import { BACKUP_TABLES, type BackupTableName } from '../../../shared/backup';
import type { CheckIn, KeyResult, Membership, Objective, Team } from '../../../shared/model';
import { latestCheckIn } from '../../../shared/rules';
import type { TeamshapeDb } from '../database';
import type { StoredRecord } from '../changeRecorder';
import { onChangeCommitted, onChangeStaged, onOtherWindowChanged, type ChangedKeys } from '../changeEvents';
import { GroupIndex } from './groupIndex';

export type MemoryTable = BackupTableName;

export interface LoadStatus {
  state: 'loading' | 'ready' | 'failed';
  /** Records read so far and in all (the total is known once every table has been counted). */
  loaded: number;
  total: number;
  error?: string;
}

/** Changes whenever the table changes: hooks memoise on it. */
export interface TableVersion {
  readonly table: MemoryTable;
  readonly version: number;
}

const CHUNK = 20_000;
export const WORKSPACE_LOADED_MARK = 'teamshape:workspace-loaded';
/** What the first screens need first; check-ins (the bulk at L) last. */
export const LOAD_ORDER: readonly MemoryTable[] = [
  'settings', 'roles', 'departments', 'plans', 'people', 'teams', 'memberships',
  // Organisation design (issue 20): small, and team health needs them, so before the OKR tables.
  'principleSets', 'teamGroups', 'interactions', 'dependencies',
  'periods', 'objectives', 'keyResults', 'checkIns',
];
const alive = (record: StoredRecord) => record.deletedAt === null;

export interface MemoryOptions {
  /**
   * Tables not read at start, only once a hook asks for them (useTableVersion): a print window
   * draws its pages from the teams and one period's OKRs (read narrowly from Dexie), and never
   * needs 100,000 check-ins in memory.
   */
  deferred?: readonly MemoryTable[];
}

export class WorkspaceMemory {
  private readonly rows = new Map<MemoryTable, Map<string, StoredRecord>>(BACKUP_TABLES.map((t) => [t, new Map()]));
  private readonly versions = new Map<MemoryTable, TableVersion>(BACKUP_TABLES.map((t) => [t, { table: t, version: 0 }]));
  private readonly listeners = new Map<MemoryTable, Set<() => void>>(BACKUP_TABLES.map((t) => [t, new Set()]));
  private readonly statusListeners = new Set<() => void>();
  private readonly latest = new Map<string, CheckIn | null>();
  private readonly loaded = new Set<MemoryTable>();
  /** Changes to tables not read yet: applied right after their table's read. */
  private readonly pending = new Map<MemoryTable, StoredRecord[]>();
  /** While every table is read again (after a restore): changes to replay on the fresh copy. */
  private rereading: Array<{ table: MemoryTable; record: StoredRecord }> | null = null;
  status: LoadStatus = { state: 'loading', loaded: 0, total: 0 };
  private readonly deferred: ReadonlySet<MemoryTable>;
  /** Deferred tables a hook has asked for: read from then on, like any other. */
  private readonly requested = new Set<MemoryTable>();

  readonly teamsByPlan = new GroupIndex<Team>((t) => [t.planId]);
  readonly membershipsByPlan = new GroupIndex<Membership>((m) => [m.planId]);
  readonly membershipsByTeam = new GroupIndex<Membership>((m) => [m.teamId]);
  readonly objectivesByPeriod = new GroupIndex<Objective>((o) => [o.periodId]);
  readonly keyResultsByObjective = new GroupIndex<KeyResult>((k) => [k.objectiveId]);
  readonly checkInsByKeyResult = new GroupIndex<CheckIn>((c) => [c.keyResultId]);
  /** Deleted check-ins (tombstones) by key result: a key result's history shows them as deleted. */
  readonly deletedCheckInsByKeyResult = new GroupIndex<CheckIn>((c) => [c.keyResultId]);

  constructor(
    private readonly db: TeamshapeDb,
    options: MemoryOptions = {},
  ) {
    this.deferred = new Set(options.deferred);
  }

  /** The tables this memory reads: every one but the deferred ones nobody has asked for. */
  private wanted(table: MemoryTable): boolean {
    return !this.deferred.has(table) || this.requested.has(table);
  }

  /** True while the table is deferred and nobody has asked for it: it is not read, nor will it be unless asked. */
  isDeferred(table: MemoryTable): boolean {
    return !this.wanted(table);
  }

  /** A hook needs this table: a deferred one is read now (or as part of the start, if it is still running). */
  ensureLoaded(table: MemoryTable): void {
    if (this.wanted(table)) return;
    this.requested.add(table);
    if (this.status.state !== 'loading') void this.readLate(table);
  }

  private async readLate(table: MemoryTable): Promise<void> {
    try {
      const records = (await this.db.table(table).toArray()) as StoredRecord[];
      if (this.loaded.has(table)) return;
      this.loaded.add(table);
      this.apply([...records, ...(this.pending.get(table) ?? [])].map((record) => ({ table, record })));
      this.pending.delete(table);
      // Its hooks answer from now on, even for an empty table.
      this.bump(table);
    } catch (error) {
      this.setStatus({ ...this.status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Reads every table (in chunks, so a cold start at L shows progress) and starts following changes. */
  async start(): Promise<void> {
    onChangeCommitted(this.db, (change) => {
      if (change.replaced) void this.reread();
      else this.apply(change.records);
    });
    onOtherWindowChanged(this.db, (keys) => void this.refresh(keys));
    onChangeStaged(this.db, {
      staged: (records) => this.apply(records),
      rolledBack: (restores) => this.restore(restores),
    });
    await this.reload();
  }

  /**
   * After a restore replaced the workspace: reads everything again while the screens keep showing
   * the old copy (so no page unmounts half-way through), then swaps in one step.
   */
  private async reread(): Promise<void> {
    const order = LOAD_ORDER.filter((table) => this.wanted(table));
    if (order.some((table) => !this.loaded.has(table))) return this.reload();
    this.rereading = [];
    try {
      const tables = await Promise.all(order.map((table) => this.db.table(table).toArray() as Promise<StoredRecord[]>));
      const replay = this.rereading;
      this.rereading = null;
      for (const table of BACKUP_TABLES) for (const id of [...this.rows.get(table)!.keys()]) this.unindex(table, id);
      for (const map of this.rows.values()) map.clear();
      this.latest.clear();
      this.apply(order.flatMap((table, index) => tables[index]!.map((record) => ({ table, record }))));
      this.apply(replay);
      // A table the restore emptied has nothing to apply: tell its hooks all the same.
      for (const table of BACKUP_TABLES) this.bump(table);
    } catch (error) {
      this.rereading = null;
      this.setStatus({ ...this.status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * Reads the tables one after the other, smallest and most needed first: the team screens can
   * show as soon as their tables are in, while 100,000 check-ins are still being read.
   */
  private async reload(): Promise<void> {
    this.clear();
    try {
      const counts = await Promise.all(LOAD_ORDER.map((t) => (this.wanted(t) ? this.db.table(t).count() : 0)));
      this.setStatus({ state: 'loading', loaded: 0, total: counts.reduce((a, b) => a + b, 0) });
      for (const table of LOAD_ORDER) {
        // Checked table by table: a deferred table asked for during the start is read in its turn.
        if (!this.wanted(table)) continue;
        const records = await this.readTable(table);
        this.loaded.add(table);
        this.apply([...records, ...(this.pending.get(table) ?? [])].map((record) => ({ table, record })));
        this.pending.delete(table);
      }
      this.setStatus({ ...this.status, state: 'ready', loaded: this.status.total });
      // The cold start's end, for the benchmark (measured from navigation start).
      if (typeof performance !== 'undefined' && performance.getEntriesByName(WORKSPACE_LOADED_MARK).length === 0) performance.mark(WORKSPACE_LOADED_MARK);
    } catch (error) {
      this.setStatus({ ...this.status, state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async readTable(table: MemoryTable): Promise<StoredRecord[]> {
    const all: StoredRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const query = after === null ? this.db.table(table).toCollection() : this.db.table(table).where(':id').above(after);
      const chunk = (await query.limit(CHUNK).toArray()) as StoredRecord[];
      all.push(...chunk);
      this.setStatus({ ...this.status, loaded: this.status.loaded + chunk.length });
      if (chunk.length < CHUNK) return all;
      after = chunk[chunk.length - 1]!.id;
    }
  }

  private clear(): void {
    for (const table of BACKUP_TABLES) for (const id of [...this.rows.get(table)!.keys()]) this.unindex(table, id);
    for (const map of this.rows.values()) map.clear();
    this.latest.clear();
    this.loaded.clear();
    this.pending.clear();
    for (const table of BACKUP_TABLES) this.bump(table);
  }

  private bump(table: MemoryTable): void {
    this.versions.set(table, { table, version: this.versions.get(table)!.version + 1 });
    for (const listener of this.listeners.get(table)!) listener();
  }

  /** True once the table has been read: its hooks answer from then on. */
  isLoaded(table: MemoryTable): boolean {
    return this.loaded.has(table);
  }

  /** Another window changed these records: read them again from the store of record. */
  private async refresh(keys: ChangedKeys): Promise<void> {
    if (keys.replaced) return this.reread();
    const changes: Array<{ table: MemoryTable; record: StoredRecord }> = [];
    for (const table of BACKUP_TABLES) {
      const ids = keys.ids[table];
      if (!ids?.length) continue;
      const records = (await this.db.table(table).bulkGet(ids)) as (StoredRecord | undefined)[];
      for (const record of records) if (record) changes.push({ table, record });
    }
    this.apply(changes);
  }

  /** Takes on records as a change left them, and tells the hooks of every table it touched. */
  apply(changes: ReadonlyArray<{ table: MemoryTable; record: StoredRecord }>): void {
    this.rereading?.push(...changes);
    const touched = new Set<MemoryTable>();
    for (const { table, record } of changes) {
      if (!this.loaded.has(table)) {
        // In place: a join stages 100,000 check-ins at once (a copy per record would be quadratic).
        const waiting = this.pending.get(table);
        if (waiting) waiting.push(record);
        else this.pending.set(table, [record]);
        continue;
      }
      this.unindex(table, record.id);
      this.rows.get(table)!.set(record.id, record);
      this.index(table, record);
      touched.add(table);
    }
    for (const table of touched) this.bump(table);
  }

  /** A change failed after it was shown: puts back what was there, drops what it created. */
  private restore(restores: ReadonlyArray<{ table: MemoryTable; id: string; before: StoredRecord | null }>): void {
    const touched = new Set<MemoryTable>();
    for (const { table, id, before } of restores) {
      // Staged records waiting for a table's read (or a re-read) must not be replayed either.
      const pending = this.pending.get(table);
      if (pending) this.pending.set(table, pending.filter((record) => record.id !== id));
      if (this.rereading) this.rereading = this.rereading.filter((change) => change.table !== table || change.record.id !== id);
      if (!this.loaded.has(table)) continue;
      this.unindex(table, id);
      if (before) {
        this.rows.get(table)!.set(id, before);
        this.index(table, before);
      } else this.rows.get(table)!.delete(id);
      touched.add(table);
    }
    for (const table of touched) this.bump(table);
  }

  private index(table: MemoryTable, record: StoredRecord): void {
    if (!alive(record)) {
      if (table === 'checkIns' && !record.mergedIntoId) this.deletedCheckInsByKeyResult.put(record as never);
      return;
    }
    const any = record as never;
    if (table === 'teams') this.teamsByPlan.put(any);
    else if (table === 'memberships') {
      this.membershipsByPlan.put(any);
      this.membershipsByTeam.put(any);
    } else if (table === 'objectives') this.objectivesByPeriod.put(any);
    else if (table === 'keyResults') this.keyResultsByObjective.put(any);
    else if (table === 'checkIns') {
      this.checkInsByKeyResult.put(any);
      this.latest.delete((record as unknown as CheckIn).keyResultId);
    }
  }

  private unindex(table: MemoryTable, id: string): void {
    if (table === 'teams') this.teamsByPlan.remove(id);
    else if (table === 'memberships') {
      this.membershipsByPlan.remove(id);
      this.membershipsByTeam.remove(id);
    } else if (table === 'objectives') this.objectivesByPeriod.remove(id);
    else if (table === 'keyResults') this.keyResultsByObjective.remove(id);
    else if (table === 'checkIns') {
      for (const keyResultId of this.checkInsByKeyResult.keysOf(id)) this.latest.delete(keyResultId);
      this.checkInsByKeyResult.remove(id);
      this.deletedCheckInsByKeyResult.remove(id);
    }
  }

  get<T>(table: MemoryTable, id: string): T | undefined {
    return this.rows.get(table)!.get(id) as T | undefined;
  }

  /** Every alive record of a table (tombstones are kept in memory but never returned). */
  alive<T>(table: MemoryTable): T[] {
    const result: T[] = [];
    for (const record of this.rows.get(table)!.values()) if (alive(record)) result.push(record as unknown as T);
    return result;
  }

  /** Alive records per table, once every table is in memory (null before). */
  aliveCounts(): Record<MemoryTable, number> | null {
    if (this.status.state !== 'ready' || LOAD_ORDER.some((table) => !this.loaded.has(table))) return null;
    const counts = {} as Record<MemoryTable, number>;
    for (const [table, rows] of this.rows) {
      let count = 0;
      for (const record of rows.values()) if (alive(record)) count++;
      counts[table] = count;
    }
    return counts;
  }

  /** Every record of a table, tombstones included (lineage passes through deleted teams). */
  all<T>(table: MemoryTable): T[] {
    return [...this.rows.get(table)!.values()] as unknown as T[];
  }

  /** The current check-in of a key result (latest uncorrected, alive), cached until one of its check-ins changes. */
  latestCheckIn(keyResultId: string): CheckIn | undefined {
    if (!this.latest.has(keyResultId)) this.latest.set(keyResultId, latestCheckIn(this.checkInsByKeyResult.get(keyResultId)) ?? null);
    return this.latest.get(keyResultId) ?? undefined;
  }

  private readonly derived = new Map<string, { versions: TableVersion[]; value: unknown }>();

  /**
   * A value derived from some tables (a plan's health, the sorted directory), computed once and
   * shared by every screen until one of those tables changes: navigating back to a screen is free.
   */
  cached<T>(key: string, tables: readonly MemoryTable[], compute: () => T): T {
    const versions = tables.map((table) => this.version(table));
    const hit = this.derived.get(key);
    if (hit && hit.versions.every((version, index) => version === versions[index])) return hit.value as T;
    const value = compute();
    this.derived.set(key, { versions, value });
    return value;
  }

  private readonly memos = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  /** A value computed from other shared values (same objects in, same value out), kept across screens. */
  memo<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
    const hit = this.memos.get(key);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((input, index) => input === inputs[index])) return hit.value as T;
    const value = compute();
    this.memos.set(key, { inputs, value });
    return value;
  }

  version(table: MemoryTable): TableVersion {
    return this.versions.get(table)!;
  }

  subscribe(table: MemoryTable, listener: () => void): () => void {
    this.listeners.get(table)!.add(listener);
    return () => this.listeners.get(table)!.delete(listener);
  }

  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private setStatus(status: LoadStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener();
  }
}

const memories = new WeakMap<TeamshapeDb, WorkspaceMemory>();

/** A window opened on a print view (#/print/…), to be turned into a PDF: see MemoryOptions.deferred. */
function isPrintWindow(): boolean {
  return typeof location !== 'undefined' && location.hash.startsWith('#/print/');
}

/** The database's workspace in memory if a screen has started it (never starts one). */
export function existingWorkspaceMemory(db: TeamshapeDb): WorkspaceMemory | undefined {
  return memories.get(db);
}

/** The database's workspace in memory, started (read from Dexie) on first use. */
export function workspaceMemory(db: TeamshapeDb): WorkspaceMemory {
  let memory = memories.get(db);
  if (!memory) {
    memory = new WorkspaceMemory(db, { deferred: isPrintWindow() ? ['checkIns'] : [] });
    memories.set(db, memory);
    void memory.start();
  }
  return memory;
}

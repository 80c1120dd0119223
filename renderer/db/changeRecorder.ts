/**
 * The one write path's enforcement, as a Dexie middleware: inside a change (renderer/db/changes.ts)
 * every write to a workspace table is validated with the shared schema and its before-image is
 * recorded for undo; outside a change, a write to a workspace table is refused. So no repository
 * can write around validation, the stale-write check or the undo log.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { RECORD_SCHEMAS, type BackupTableName } from '../../shared/backup';
import { ValidationError, describeIssues } from '../../shared/validation';

export type WorkspaceTable = BackupTableName;
export type StoredRecord = { id: string; updatedAt: string; deletedAt: string | null } & Record<string, unknown>;

/** One record touched by a change: enough to put it back. */
export interface RecordedWrite {
  table: WorkspaceTable;
  id: string;
  /** The record before the change; null when the change created it (then only its id is kept). */
  before: StoredRecord | null;
  /** updatedAt the change wrote: undo refuses when the record has moved on since. */
  afterUpdatedAt: string | null;
}

export interface Recorder {
  /** Records written so far, the first write of each record only (its state before the change). */
  readonly writes: Map<string, RecordedWrite>;
  /** Each record as the change last wrote it: what the in-memory workspace takes on after the commit. */
  readonly after: Map<string, { table: WorkspaceTable; record: StoredRecord }>;
  /** Set by bulk paths that validated every record themselves with the same schemas. */
  readonly prevalidated: boolean;
  /** Only a restore that replaces the whole workspace clears tables (its undo is the safety copy). */
  readonly allowHardDeletes: boolean;
  /** Merges and bulk loads write records with the timestamps they carry; edits always move updatedAt forward. */
  readonly keepTimestamps: boolean;
  /** Hears each record as it is written, before the commit: the screen shows an edit at once. */
  readonly stage?: (records: ReadonlyArray<{ table: WorkspaceTable; record: StoredRecord }>) => void;
}

const WORKSPACE_TABLES = new Set<string>(Object.keys(RECORD_SCHEMAS));
const recorders = new WeakMap<DBCoreTransaction, Recorder>();

export function isWorkspaceTable(name: string): name is WorkspaceTable {
  return WORKSPACE_TABLES.has(name);
}

/** The recorder of the change this transaction belongs to (a nested change joins its parent's). */
export function recorderOf(transaction: DBCoreTransaction): Recorder | undefined {
  return recorders.get(transaction);
}

export function attachRecorder(
  transaction: DBCoreTransaction,
  options: {
    prevalidated: boolean;
    allowHardDeletes: boolean;
    keepTimestamps?: boolean;
    stage?: Recorder['stage'];
  },
): Recorder {
  const recorder: Recorder = { writes: new Map(), after: new Map(), keepTimestamps: false, ...options };
  recorders.set(transaction, recorder);
  return recorder;
}

export class UnrecordedWriteError extends Error {
  constructor(table: string) {
    super(`A write to "${table}" was attempted outside the change recorder. Every workspace write goes through applyChange (renderer/db/changes.ts).`);
    this.name = 'UnrecordedWriteError';
  }
}

function validated(table: WorkspaceTable, values: readonly unknown[]): unknown[] {
  const schema = RECORD_SCHEMAS[table];
  const problems: string[] = [];
  const parsed = values.map((value, index) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    problems.push(...describeIssues(result.error, `${table}[${index}]`));
    return value;
  });
  if (problems.length > 0) throw new ValidationError(problems.slice(0, 20));
  return parsed;
}

/**
 * Every write moves a record's updatedAt forward, even when the clock has not (two edits in one
 * millisecond, a fixed test clock, a clock set back): the stale-write check and undo compare
 * versions by updatedAt, and a merge keeps the newer one.
 */
function moveForward(value: StoredRecord, before: StoredRecord | null): void {
  if (before && typeof value.updatedAt === 'string' && value.updatedAt <= before.updatedAt) {
    value.updatedAt = new Date(Date.parse(before.updatedAt) + 1).toISOString();
  }
}

/** add never replaces: the records are new, so their ids are all undo needs (one pass: imports add tens of thousands). */
function recordAdded(name: WorkspaceTable, records: readonly StoredRecord[], recorder: Recorder): void {
  for (const record of records) {
    const key = `${name}/${record.id}`;
    if (!recorder.writes.has(key)) recorder.writes.set(key, { table: name, id: record.id, before: null, afterUpdatedAt: record.updatedAt ?? null });
    recorder.after.set(key, { table: name, record });
  }
}

/** Reads what each put replaces (once per record per change) and moves its updatedAt forward. */
async function recordBeforeImages(table: DBCoreTable, name: WorkspaceTable, request: DBCoreMutateRequest, recorder: Recorder): Promise<void> {
  if (request.type !== 'put') throw new Error(`Hard deletes are not part of the workspace model: "${name}" records are tombstoned, never deleted.`);
  const values = request.values as StoredRecord[];
  const unseen = values.filter((value) => !recorder.writes.has(`${name}/${value.id}`));
  const before = unseen.length > 0 ? ((await table.getMany({ trans: request.trans, keys: unseen.map((v) => v.id) })) as (StoredRecord | undefined)[]) : [];
  unseen.forEach((value, index) => {
    recorder.writes.set(`${name}/${value.id}`, { table: name, id: value.id, before: before[index] ?? null, afterUpdatedAt: null });
  });
  for (const value of values) {
    const write = recorder.writes.get(`${name}/${value.id}`)!;
    if (!recorder.keepTimestamps) moveForward(value, recorder.after.get(`${name}/${value.id}`)?.record ?? write.before);
    write.afterUpdatedAt = value.updatedAt ?? null;
  }
}

function rememberAfter(name: WorkspaceTable, values: readonly unknown[], recorder: Recorder): void {
  for (const record of values as StoredRecord[]) recorder.after.set(`${name}/${record.id}`, { table: name, record });
}

function recordingTable(table: DBCoreTable): DBCoreTable {
  const name = table.name;
  if (!isWorkspaceTable(name)) return table;
  return {
    ...table,
    async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      // Schema upgrades (and the first run's built-ins) write in Dexie's versionchange transaction.
      if ((request.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(request);
      const recorder = recorders.get(request.trans);
      if (!recorder) throw new UnrecordedWriteError(name);
      if (recorder.allowHardDeletes && (request.type === 'delete' || request.type === 'deleteRange')) return table.mutate(request);
      // A replaced workspace is read again whole by every listener: per-record before- and
      // after-images of 200,000 records would only cost time (and restores validate up front).
      if (recorder.allowHardDeletes && recorder.prevalidated) return table.mutate(request);
      if (request.type === 'add') {
        const values = recorder.prevalidated ? request.values : validated(name, request.values);
        recordAdded(name, values as StoredRecord[], recorder);
        recorder.stage?.((values as StoredRecord[]).map((record) => ({ table: name, record })));
        return table.mutate({ ...request, values } as DBCoreMutateRequest);
      }
      if (request.type === 'put') {
        // Before validation: the caller's own record objects get the forward-moved updatedAt too.
        await recordBeforeImages(table, name, request, recorder);
        const values = recorder.prevalidated ? request.values : validated(name, request.values);
        rememberAfter(name, values, recorder);
        recorder.stage?.((values as StoredRecord[]).map((record) => ({ table: name, record })));
        return table.mutate({ ...request, values } as DBCoreMutateRequest);
      }
      await recordBeforeImages(table, name, request, recorder);
      return table.mutate(request);
    },
  };
}

export const changeRecorderMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'teamshapeChangeRecorder',
  create(down) {
    return { ...down, table: (name) => recordingTable(down.table(name)) };
  },
};

import { applyCascades } from './cascades';
import { canonicalOf, mergeClashes, newer } from './clashes';
import { BACKUP_TABLES, emptyBackupTables, type BackupTableName, type BackupTables } from './format';
import { NATURAL_KEY_TABLES, naturalKeyOf, type NaturalKeyTable } from './naturalKeys';
import { fromRowMaps, redirectsOf, rewriteReferences, toRowMaps, type MergeRow, type RowMaps } from './remap';

/** A merge of two workspaces and what it did, before it is compared with either side. */
export interface WorkspaceMerge {
  /** The merged workspace, every table sorted by id. */
  tables: BackupTables;
  /** Ids merged into another record of their table by natural key in this merge. */
  mergedAway: Record<NaturalKeyTable, string[]>;
  /** Records changed because what they belong to was deleted (see cascades.ts). */
  cascaded: number;
}

/**
 * THE merge rule (ARCHITECTURE.md), symmetric: mergeWorkspaces(a, b) equals mergeWorkspaces(b, a),
 * and merging a result with either side again changes nothing.
 * 1. Same id: the newer `updatedAt` wins, on a tie the higher canonical JSON (tombstones included).
 * 2. Same natural key, different ids (naturalKeys.ts): the survivor (built-in, else smallest id)
 *    takes the group's newest content; the others become tombstones with `mergedIntoId`
 *    (clashes.ts). Memberships are keyed after their team, person and role are resolved.
 * 3. Every reference to a merged record is rewritten to its final survivor (remap.ts).
 * 4. What a deletion cascades to is deleted or cleared (cascades.ts).
 * 5. A record changed by 2–4 is stamped newer than both sides' versions of it (stampDerived).
 * Device-local data is never part of a workspace and never merged.
 */
export function mergeWorkspaces(a: BackupTables, b: BackupTables): WorkspaceMerge {
  const sidesOf = { a: toRowMaps(a), b: toRowMaps(b) };
  const rows = {} as RowMaps;
  const chosen = {} as RowMaps;
  for (const table of BACKUP_TABLES) {
    const union = new Map(sidesOf.a[table]);
    for (const [id, row] of sidesOf.b[table]) {
      const other = union.get(id);
      union.set(id, other ? newer(other, row) : row);
    }
    rows[table] = union;
    chosen[table] = new Map(union);
  }
  const mergedAway = {} as Record<NaturalKeyTable, string[]>;
  const sides = (table: BackupTableName) => ({ a: sidesOf.a[table], b: sidesOf.b[table] });
  for (const table of NATURAL_KEY_TABLES) {
    if (table === 'memberships') continue;
    mergedAway[table] = mergeClashes(rows[table], sides(table), (row) => naturalKeyOf(table, row as never));
  }
  const beforeMemberships = redirectsOf(rows);
  mergedAway.memberships = mergeClashes(rows.memberships, sides('memberships'), (row) =>
    naturalKeyOf('memberships', rewriteReferences('memberships', row, beforeMemberships) as never),
  );
  const redirects = redirectsOf(rows);
  for (const table of BACKUP_TABLES) {
    for (const [id, row] of rows[table]) {
      const rewritten = rewriteReferences(table, row, redirects);
      if (rewritten !== row) rows[table].set(id, rewritten);
    }
  }
  const cascaded = applyCascades(rows);
  for (const table of BACKUP_TABLES) stampDerived(rows[table], chosen[table]);
  return { tables: fromRowMaps(rows), mergedAway, cascaded };
}

const time = (iso: string) => Date.parse(iso);

/**
 * A record the rules changed (merged, merged into, re-pointed, cascaded) is a new version: it must
 * be newer than every version either side holds, or merging the result with a side again would
 * put the side's version back (a tie goes to the higher canonical JSON). It gets at least 1 ms
 * after the version it was made from, which is the newest of the two sides.
 */
function stampDerived(rows: Map<string, MergeRow>, chosen: Map<string, MergeRow>): void {
  for (const [id, row] of rows) {
    const from = chosen.get(id);
    if (!from || row === from) continue;
    if (canonicalOf(row) === canonicalOf(from)) rows.set(id, from);
    else if (time(row.updatedAt) <= time(from.updatedAt)) rows.set(id, { ...row, updatedAt: new Date(time(from.updatedAt) + 1).toISOString() });
  }
}

export interface MergeSummary {
  /** Records only the backup had. */
  added: number;
  /** Records the backup had in a newer version (by updatedAt), deletions included. */
  updated: number;
  /** Records whose current version is newer than the backup's (or wins the tie), kept as they are. */
  keptCurrent: number;
  /** Records identical on both sides. */
  unchanged: number;
  /** Records merged into another by natural key (same name, email or employee ID), table by table. */
  remapped: Record<NaturalKeyTable, number>;
  /** Alive records whose team, person, objective or key result the merge deleted, deleted or cleared with it. */
  cascaded: number;
}

export interface MergePlan {
  /** Records to put, table by table (those that differ from the workspace); everything else stays as it is. */
  write: BackupTables;
  /** The whole merged workspace. */
  merged: BackupTables;
  summary: MergeSummary;
}

/**
 * Fields of a workspace table that belong to one device and never travel: a merge keeps this
 * device's value. ("This is me" has moved to the device-local table; a row read from an older
 * database may still carry it.)
 */
export const DEVICE_FIELDS: Partial<Record<BackupTableName, readonly string[]>> = { settings: ['meId'] };

function keepDeviceFields(table: BackupTableName, row: MergeRow, current: MergeRow | undefined): MergeRow {
  const fields = DEVICE_FIELDS[table]?.filter((field) => field in row || (current !== undefined && field in current)) ?? [];
  if (fields.length === 0) return row;
  const next: MergeRow = { ...row };
  for (const field of fields) {
    if (current && field in current) next[field] = current[field];
    else delete next[field];
  }
  return next;
}

/**
 * Plans a merge of `incoming` (a validated backup) into `current` (the whole workspace, tombstones
 * included) with mergeWorkspaces. Pure: the caller writes `write` with bulkPut in one transaction.
 */
export function planMerge(current: BackupTables, incoming: BackupTables): MergePlan {
  const result = mergeWorkspaces(current, incoming);
  const mine = toRowMaps(current);
  const theirs = toRowMaps(incoming);
  const merged = toRowMaps(result.tables);
  const summary: MergeSummary = {
    added: 0,
    updated: 0,
    keptCurrent: 0,
    unchanged: 0,
    remapped: Object.fromEntries(NATURAL_KEY_TABLES.map((t) => [t, 0])) as Record<NaturalKeyTable, number>,
    cascaded: result.cascaded,
  };
  const write = emptyBackupTables();
  for (const table of BACKUP_TABLES) {
    const writes: MergeRow[] = [];
    for (const [id, before] of merged[table]) {
      const here = mine[table].get(id);
      const there = theirs[table].get(id);
      const row = keepDeviceFields(table, before, here);
      merged[table].set(id, row);
      if (!here || (here !== row && canonicalOf(here) !== canonicalOf(row))) writes.push(row);
      if (!there) continue;
      if (!here) summary.added++;
      else if (here === there || canonicalOf(here) === canonicalOf(there)) summary.unchanged++;
      else if (newer(here, there) === there) summary.updated++;
      else summary.keptCurrent++;
    }
    (write[table] as MergeRow[]) = writes;
  }
  for (const table of NATURAL_KEY_TABLES) {
    summary.remapped[table] = result.mergedAway[table].filter((id) => !mine[table].get(id)?.mergedIntoId && !theirs[table].get(id)?.mergedIntoId).length;
  }
  return { write, merged: fromRowMaps(merged), summary };
}

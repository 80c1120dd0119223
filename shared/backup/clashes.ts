import { canonicalJson } from './canonical';
import { isBuiltInId, survivorOrder } from './naturalKeys';
import type { MergeRow } from './remap';

const time = (iso: string) => Date.parse(iso);

const canonicalTexts = new WeakMap<MergeRow, string>();

/** canonicalJson of a record, remembered per object (a merge treats records as immutable). */
export function canonicalOf(row: MergeRow): string {
  let text = canonicalTexts.get(row);
  if (text === undefined) canonicalTexts.set(row, (text = canonicalJson(row)));
  return text;
}

/** What a record says, apart from who it is: its id, creation and merge link are left out. */
function content(row: MergeRow): string {
  return canonicalJson({ ...row, id: undefined, createdAt: undefined, mergedIntoId: undefined });
}

/**
 * The newer of two versions: by `updatedAt` as an instant, then by the higher canonical JSON, so
 * that both sides of a merge pick the same one. `compare` is the text compared on a tie.
 */
export function newer(a: MergeRow, b: MergeRow, compare: (row: MergeRow) => string = canonicalOf): MergeRow {
  const difference = time(a.updatedAt) - time(b.updatedAt);
  if (difference !== 0) return difference > 0 ? a : b;
  return compare(a) >= compare(b) ? a : b;
}

/** The two sides of a merge, by id, as they were before it. */
export interface Sides {
  a: Map<string, MergeRow>;
  b: Map<string, MergeRow>;
}

/** The winner's content under the survivor's identity (id, creation, and its own merge link field if it has one). */
function asSurvivor(winner: MergeRow, survivor: MergeRow): MergeRow {
  if (winner === survivor) return survivor;
  const next: MergeRow = { ...winner, id: survivor.id, createdAt: survivor.createdAt };
  delete next.mergedIntoId;
  if ('mergedIntoId' in survivor) next.mergedIntoId = survivor.mergedIntoId;
  return next;
}

/**
 * Who takes part in a clash of natural key `k`: every live record with that key, and a tombstone
 * that only one side has, when that side has no live record with the key any more (a colleague
 * deleted the person they had imported under another id: the deletion applies to ours, if newer).
 * Tombstones that were already merged into another record, or that one side keeps beside a live
 * successor (someone deleted and then made again), are history and stay out.
 */
function joins(row: MergeRow, key: string, sides: Sides, liveKeys: { a: Set<string>; b: Set<string> }): boolean {
  if (row.deletedAt === null) return true;
  if (typeof row.mergedIntoId === 'string') return false;
  const inA = sides.a.has(row.id);
  if (inA === sides.b.has(row.id)) return false;
  return !(inA ? liveKeys.a : liveKeys.b).has(key);
}

/**
 * Merges every group of records sharing a natural key into one: the group's survivor (a built-in,
 * else the smallest id) takes the newest content of the group (newest `updatedAt`, then the higher
 * canonical JSON — so a newer deletion wins too); every other record becomes a tombstone with
 * `mergedIntoId` = the survivor and `updatedAt` = the group's newest. Returns the ids merged away.
 * `rows` is changed in place; `keyOf` gives the natural key of a record with resolved references.
 */
export function mergeClashes(rows: Map<string, MergeRow>, sides: Sides, keyOf: (row: MergeRow) => string | null): string[] {
  const liveKeysOf = (side: Map<string, MergeRow>) =>
    new Set([...side.values()].flatMap((row) => (row.deletedAt === null ? [keyOf(row)] : [])).filter((k): k is string => k !== null));
  const liveKeys = { a: liveKeysOf(sides.a), b: liveKeysOf(sides.b) };
  const groups = new Map<string, MergeRow[]>();
  for (const row of rows.values()) {
    const key = keyOf(row);
    if (key === null || !joins(row, key, sides, liveKeys)) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const mergedAway: string[] = [];
  for (const found of groups.values()) {
    if (found.length < 2 || found.every((row) => row.deletedAt !== null)) continue;
    const ordered = [...found].sort((x, y) => survivorOrder(x.id, y.id));
    const survivor = ordered[0]!;
    // Two built-ins never merge: a built-in other than the survivor keeps its own record.
    const group = ordered.filter((row) => row === survivor || !isBuiltInId(row.id));
    if (group.length < 2) continue;
    const winner = group.reduce((best, row) => newer(row, best, content));
    rows.set(survivor.id, asSurvivor(winner, survivor));
    for (const row of group) {
      if (row === survivor) continue;
      rows.set(row.id, { ...row, deletedAt: row.deletedAt ?? winner.updatedAt, updatedAt: winner.updatedAt, mergedIntoId: survivor.id });
      mergedAway.push(row.id);
    }
  }
  return mergedAway;
}

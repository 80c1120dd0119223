import { describe, expect, it } from 'vitest';
import {
  BACKUP_TABLES,
  NATURAL_KEY_TABLES,
  RECORD_SCHEMAS,
  canonicalDump,
  integrityProblems,
  mergeWorkspaces,
  naturalKeyOf,
  referenceProblems,
  type BackupTableName,
  type BackupTables,
} from '../../../shared/backup';
import { ancestor, descendant, seeded, twins } from './workspaceGenerator';

const CASES = Number(process.env.MERGE_CASES ?? 300);

type Row = { id: string; updatedAt: string; deletedAt: string | null; mergedIntoId?: string | null } & Record<string, unknown>;
const rowsOf = (tables: BackupTables, table: BackupTableName) => tables[table] as unknown as Row[];
const merge = (a: BackupTables, b: BackupTables) => mergeWorkspaces(a, b).tables;

/** Two sides from one ancestor; every third case one side is itself a merge (so it holds merged-into tombstones). */
function pair(seed: number): { a: BackupTables; b: BackupTables } {
  const r = seeded(seed);
  const base = ancestor(r);
  const twin = twins(r);
  if (seed % 3 === 0) {
    // A merge of two laptops meets a third that made the same things: a smaller id there merges the earlier survivor away (a chain).
    const earlier = merge(descendant(base, r, twin), descendant(base, r, twin));
    return { a: descendant(earlier, r, twins(r)), b: descendant(base, r, twin) };
  }
  return { a: descendant(base, r, twin), b: descendant(base, r, twin) };
}

function duplicateKeys(tables: BackupTables): string[] {
  return NATURAL_KEY_TABLES.flatMap((table) => {
    const seen = new Map<string, string>();
    return rowsOf(tables, table).flatMap((row) => {
      const key = row.deletedAt === null ? naturalKeyOf(table, row as never) : null;
      if (key === null) return [];
      const other = seen.get(key);
      seen.set(key, row.id);
      return other ? [`${table}: ${other} and ${row.id} share ${JSON.stringify(key)}`] : [];
    });
  });
}

function lostEdits(merged: BackupTables, sides: BackupTables[]): string[] {
  return BACKUP_TABLES.flatMap((table) => {
    const result = new Map(rowsOf(merged, table).map((r) => [r.id, r]));
    return sides.flatMap((side) =>
      rowsOf(side, table).flatMap((row) => {
        const after = result.get(row.id);
        if (!after) return [`${table}.${row.id} is gone`];
        return Date.parse(after.updatedAt) < Date.parse(row.updatedAt) ? [`${table}.${row.id}: ${after.updatedAt} < ${row.updatedAt}`] : [];
      }),
    );
  });
}

/** References of live records that must point at a live record (the repositories' cascades keep this true). */
const LIVE_PARENTS: [BackupTableName, string, BackupTableName][] = [
  ['memberships', 'teamId', 'teams'],
  ['memberships', 'personId', 'people'],
  ['teams', 'championId', 'people'],
  ['objectives', 'parentId', 'objectives'],
  ['keyResults', 'objectiveId', 'objectives'],
  ['checkIns', 'keyResultId', 'keyResults'],
];

function deadParents(tables: BackupTables): string[] {
  return LIVE_PARENTS.flatMap(([table, field, target]) => {
    const alive = new Set(rowsOf(tables, target).filter((r) => r.deletedAt === null).map((r) => r.id));
    return rowsOf(tables, table)
      .filter((r) => r.deletedAt === null && typeof r[field] === 'string' && !alive.has(r[field] as string))
      .map((r) => `${table}.${r.id}.${field} → deleted ${target} ${String(r[field])}`);
  });
}

function invalidRecords(tables: BackupTables): string[] {
  return BACKUP_TABLES.flatMap((table) =>
    rowsOf(tables, table).flatMap((row) => {
      const parsed = RECORD_SCHEMAS[table].safeParse(row);
      return parsed.success ? [] : [`${table}.${row.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    }),
  );
}

describe(`merging ${CASES} random pairs of workspaces made from a common ancestor`, () => {
  const stats = { clashes: 0, ties: 0, cascades: 0, chains: 0 };

  it.each(Array.from({ length: CASES }, (_, seed) => seed))('seed %i: symmetric, idempotent, unique keys, no lost edit, whole references', (seed) => {
    const { a, b } = pair(seed);
    const result = mergeWorkspaces(a, b);
    const m = result.tables;
    const dump = canonicalDump(m);
    expect(canonicalDump(merge(b, a)), 'merge(A, B) = merge(B, A)').toBe(dump);
    expect(duplicateKeys(m)).toEqual([]);
    expect(lostEdits(m, [a, b])).toEqual([]);
    expect(referenceProblems(m)).toEqual([]);
    expect(integrityProblems(m)).toEqual([]);
    expect(deadParents(m)).toEqual([]);
    expect(invalidRecords(m)).toEqual([]);
    expect(canonicalDump(merge(m, a)), 'merge(M, A) = M').toBe(dump);
    expect(canonicalDump(merge(b, m)), 'merge(B, M) = M').toBe(dump);
    expect(canonicalDump(merge(m, m)), 'merge(M, M) = M').toBe(dump);

    stats.clashes += Object.values(result.mergedAway).flat().length;
    stats.cascades += result.cascaded;
    for (const table of NATURAL_KEY_TABLES) {
      const into = new Map(rowsOf(m, table).map((row) => [row.id, row.mergedIntoId]));
      stats.chains += [...into.values()].filter((target) => target && into.get(target)).length;
    }
    const idsA = new Map(BACKUP_TABLES.flatMap((t) => rowsOf(a, t).map((r) => [`${t}/${r.id}`, r] as const)));
    for (const t of BACKUP_TABLES) {
      for (const r of rowsOf(b, t)) {
        const other = idsA.get(`${t}/${r.id}`);
        if (other && Date.parse(other.updatedAt) === Date.parse(r.updatedAt) && canonicalDump({ x: [other] }) !== canonicalDump({ x: [r] })) stats.ties++;
      }
    }
  });

  it('exercised natural-key clashes, merged-into chains, equal-updatedAt ties and cascades', () => {
    expect(stats.clashes).toBeGreaterThan(CASES);
    expect(stats.ties).toBeGreaterThan(CASES / 10);
    expect(stats.cascades).toBeGreaterThan(CASES / 10);
    expect(stats.chains).toBeGreaterThan(0);
  });
});

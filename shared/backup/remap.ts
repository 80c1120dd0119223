import { BACKUP_TABLES, type BackupTableName, type BackupTables } from './format';

/** A record as the merge handles it: the common fields typed, the rest opaque. */
export type MergeRow = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  mergedIntoId?: string | null;
} & Record<string, unknown>;

/** A workspace as maps by id, table by table. */
export type RowMaps = Record<BackupTableName, Map<string, MergeRow>>;

export interface ReferenceField {
  table: BackupTableName;
  field: string;
  target: BackupTableName;
  /** A list of ids rather than one. */
  many?: true;
}

/**
 * Every reference between records (see references.ts for the same list as validation). A test
 * fails when a model field named `…Id` or `…Ids` is in neither this list nor NOT_REFERENCES.
 * `updatedBy` (a person, on every table) is provenance and rewritten too.
 */
export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  { table: 'people', field: 'departmentId', target: 'departments' },
  { table: 'plans', field: 'basedOnPlanId', target: 'plans' },
  { table: 'teams', field: 'planId', target: 'plans' },
  { table: 'teams', field: 'championId', target: 'people' },
  { table: 'teams', field: 'derivedFromTeamIds', target: 'teams', many: true },
  { table: 'memberships', field: 'planId', target: 'plans' },
  { table: 'memberships', field: 'teamId', target: 'teams' },
  { table: 'memberships', field: 'personId', target: 'people' },
  { table: 'memberships', field: 'roleId', target: 'roles' },
  { table: 'objectives', field: 'periodId', target: 'periods' },
  { table: 'objectives', field: 'ownerTeamIds', target: 'teams', many: true },
  { table: 'objectives', field: 'parentId', target: 'objectives' },
  { table: 'keyResults', field: 'objectiveId', target: 'objectives' },
  { table: 'keyResults', field: 'ownerId', target: 'people' },
  { table: 'keyResults', field: 'ownerTeamId', target: 'teams' },
  { table: 'keyResults', field: 'contributingTeamIds', target: 'teams', many: true },
  { table: 'checkIns', field: 'keyResultId', target: 'keyResults' },
  { table: 'checkIns', field: 'authorId', target: 'people' },
  { table: 'checkIns', field: 'correctsId', target: 'checkIns' },
  { table: 'teams', field: 'groupId', target: 'teamGroups' },
  { table: 'teamGroups', field: 'planId', target: 'plans' },
  { table: 'interactions', field: 'planId', target: 'plans' },
  { table: 'interactions', field: 'providerTeamId', target: 'teams' },
  { table: 'interactions', field: 'consumerTeamId', target: 'teams' },
  { table: 'dependencies', field: 'planId', target: 'plans' },
  { table: 'dependencies', field: 'dependentTeamId', target: 'teams' },
  { table: 'dependencies', field: 'dependsOnTeamId', target: 'teams' },
  ...BACKUP_TABLES.map((table) => ({ table, field: 'updatedBy', target: 'people' as const })),
];

/** Fields named like references that are not: the record's own id, an external id, the merge link itself. */
export const NOT_REFERENCES: readonly string[] = ['id', 'employeeId', 'mergedIntoId'];

/** For each table, every id merged into another (a tombstone with `mergedIntoId`) → its final survivor. */
export type Redirects = Record<BackupTableName, Map<string, string>>;

/** Follows merged-into chains to their end; a cycle (never written by Teamshape) ends at its smallest id. */
function finalTargets(edges: Map<string, string>): Map<string, string> {
  const final = new Map<string, string>();
  for (const start of edges.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at = start;
    while (edges.has(at) && !final.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = edges.get(at)!;
    }
    const target = final.get(at) ?? (onPath.has(at) ? path.slice(path.indexOf(at)).sort()[0]! : at);
    for (const id of path) final.set(id, target);
  }
  return final;
}

/** Redirects from every tombstone whose `mergedIntoId` names a record of the same table, resolved transitively. */
export function redirectsOf(rows: RowMaps): Redirects {
  const redirects = {} as Redirects;
  for (const table of BACKUP_TABLES) {
    const edges = new Map<string, string>();
    for (const row of rows[table].values()) {
      const into = row.mergedIntoId;
      if (row.deletedAt !== null && typeof into === 'string' && into !== row.id && rows[table].has(into)) edges.set(row.id, into);
    }
    redirects[table] = finalTargets(edges);
  }
  return redirects;
}

/** The id a reference should use: the survivor when the record was merged into another. */
export function resolveMergedId(redirects: Redirects, table: BackupTableName, id: string): string {
  return redirects[table].get(id) ?? id;
}

/** The record with every reference to a merged record pointing at its survivor (lists deduplicated); the same object when nothing changes. */
export function rewriteReferences(table: BackupTableName, row: MergeRow, redirects: Redirects): MergeRow {
  let changed: MergeRow | undefined;
  for (const ref of REFERENCE_FIELDS) {
    if (ref.table !== table) continue;
    const value = row[ref.field];
    const map = redirects[ref.target];
    if (map.size === 0) continue;
    if (ref.many && Array.isArray(value)) {
      if (!value.some((id) => map.has(id as string))) continue;
      const ids = [...new Set((value as string[]).map((id) => map.get(id) ?? id))];
      changed = { ...(changed ?? row), [ref.field]: ids };
    } else if (typeof value === 'string' && map.has(value)) {
      changed = { ...(changed ?? row), [ref.field]: map.get(value)! };
    }
  }
  return changed ?? row;
}

export function toRowMaps(tables: BackupTables): RowMaps {
  const rows = {} as RowMaps;
  for (const table of BACKUP_TABLES) rows[table] = new Map((tables[table] as unknown as MergeRow[]).map((r) => [r.id, r]));
  return rows;
}

/** Back to tables, records sorted by id so equal workspaces are equal arrays. */
export function fromRowMaps(rows: RowMaps): BackupTables {
  const tables = {} as Record<BackupTableName, MergeRow[]>;
  for (const table of BACKUP_TABLES) tables[table] = [...rows[table].values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return tables as unknown as BackupTables;
}

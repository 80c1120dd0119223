import { canonicalJson } from './canonical';
import { BACKUP_TABLES, emptyBackupTables, type BackupRecord, type BackupTableName, type BackupTables } from './format';
import { applyRemap, findRemap, type IdRemap } from './remap';

export interface MergeSummary {
  /** Records only the backup had. */
  added: number;
  /** Records the backup had in a newer version (by updatedAt), deletions included. */
  updated: number;
  /** Records whose current version is newer than the backup's (or as new), kept as they are. */
  keptCurrent: number;
  /** Records identical on both sides. */
  unchanged: number;
  /** Backup records matched to a current one by natural key (see remap.ts). */
  remapped: { departments: number; people: number; periods: number };
  /** Alive records whose team, person, objective or key result the merge deleted, deleted with it. */
  cascaded: number;
}

export interface MergePlan {
  /** Records to put, table by table; everything else stays as it is. */
  write: BackupTables;
  summary: MergeSummary;
  remap: IdRemap;
}

type Row = BackupRecord;

function time(iso: string): number {
  return Date.parse(iso);
}

/** Newer updatedAt wins; on a tie a deletion wins (the safe choice that also converges), else current stays. */
function incomingWins(current: Row, incoming: Row): boolean {
  const difference = time(incoming.updatedAt) - time(current.updatedAt);
  if (difference !== 0) return difference > 0;
  return incoming.deletedAt !== null && current.deletedAt === null;
}

/**
 * Plans a merge of `incoming` (a validated backup) into `current` (the whole workspace, tombstones
 * included). Pure: the caller writes `write` with bulkPut in one transaction. Afterwards the
 * workspace keeps the repositories' invariants: what a deletion cascades to is deleted too.
 */
export function planMerge(current: BackupTables, incomingTables: BackupTables, now: string): MergePlan {
  const remap = findRemap(current, incomingTables);
  const incoming = applyRemap(incomingTables, remap);
  const summary: MergeSummary = {
    added: 0,
    updated: 0,
    keptCurrent: 0,
    unchanged: 0,
    remapped: { departments: remap.departments.size, people: remap.people.size, periods: remap.periods.size },
    cascaded: 0,
  };
  const merged = {} as Record<BackupTableName, Map<string, Row>>;
  const changed = {} as Record<BackupTableName, Map<string, Row>>;
  for (const table of BACKUP_TABLES) {
    const rows = new Map<string, Row>((current[table] as Row[]).map((r) => [r.id, r]));
    const writes = new Map<string, Row>();
    for (const record of incoming[table] as Row[]) {
      const existing = rows.get(record.id);
      if (!existing) summary.added++;
      else if (canonicalJson(existing) === canonicalJson(record)) {
        summary.unchanged++;
        continue;
      } else if (incomingWins(existing, record)) summary.updated++;
      else {
        summary.keptCurrent++;
        continue;
      }
      rows.set(record.id, record);
      writes.set(record.id, record);
    }
    merged[table] = rows;
    changed[table] = writes;
  }

  const put = <T extends BackupTableName>(table: T, record: BackupTables[T][number]) => {
    merged[table].set(record.id, record);
    changed[table].set(record.id, record);
  };
  const deletedIds = (table: BackupTableName) => new Set([...merged[table].values()].filter((r) => r.deletedAt !== null).map((r) => r.id));
  const alive = <T extends BackupTableName>(table: T) => [...merged[table].values()].filter((r) => r.deletedAt === null) as BackupTables[T];
  const tombstone = { deletedAt: now, updatedAt: now };

  const goneTeams = deletedIds('teams');
  const gonePeople = deletedIds('people');
  for (const m of alive('memberships')) {
    if (goneTeams.has(m.teamId) || gonePeople.has(m.personId)) {
      put('memberships', { ...m, ...tombstone });
      summary.cascaded++;
    }
  }
  for (const t of alive('teams')) {
    if (t.championId && gonePeople.has(t.championId)) put('teams', { ...t, championId: null, updatedAt: now });
  }
  const goneObjectives = deletedIds('objectives');
  for (const o of alive('objectives')) {
    if (o.parentId && goneObjectives.has(o.parentId)) put('objectives', { ...o, parentId: null, updatedAt: now });
  }
  for (const k of alive('keyResults')) {
    if (goneObjectives.has(k.objectiveId)) {
      put('keyResults', { ...k, ...tombstone });
      summary.cascaded++;
    }
  }
  const goneKeyResults = deletedIds('keyResults');
  for (const c of alive('checkIns')) {
    if (goneKeyResults.has(c.keyResultId)) {
      put('checkIns', { ...c, ...tombstone });
      summary.cascaded++;
    }
  }

  const write = emptyBackupTables();
  for (const table of BACKUP_TABLES) (write[table] as Row[]) = [...changed[table].values()];
  return { write, summary, remap };
}

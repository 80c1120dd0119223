import type { BackupTableName } from './format';
import type { MergeRow, RowMaps } from './remap';
import { archivedPlanIds, keepsHistory } from '../scenarios/archivedHistory';

/** The later of two timestamps (as instants); on a tie the first. */
function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * What a deletion takes with it in the repositories, applied after a merge so the workspace keeps
 * their invariants (no live membership of a deleted team or person, no live key result of a deleted
 * objective, no live check-in of a deleted key result, no champion or parent that is deleted).
 * Deterministic: a record changed here is stamped with the later of its own `updatedAt` and its
 * parent's, never with a clock, so both sides of a merge make the same change. Returns how many
 * records changed; `rows` is changed in place.
 */
export function applyCascades(rows: RowMaps): number {
  let changed = 0;
  const deadParent = (table: BackupTableName, id: unknown): MergeRow | undefined => {
    if (typeof id !== 'string') return undefined;
    const parent = rows[table].get(id);
    return parent && parent.deletedAt !== null ? parent : undefined;
  };
  const each = (table: BackupTableName, change: (row: MergeRow) => MergeRow | undefined) => {
    for (const row of rows[table].values()) {
      if (row.deletedAt !== null) continue;
      const next = change(row);
      if (next) {
        rows[table].set(row.id, next);
        changed++;
      }
    }
  };
  const tombstone = (row: MergeRow, parent: MergeRow): MergeRow => {
    const at = later(row.updatedAt, parent.updatedAt);
    return { ...row, deletedAt: at, updatedAt: at };
  };
  const cleared = (row: MergeRow, field: string, parent: MergeRow): MergeRow => ({ ...row, [field]: null, updatedAt: later(row.updatedAt, parent.updatedAt) });

  // A deleted person's memberships in archived plans stay: those plans are history (archivedHistory.ts).
  const archived = archivedPlanIds(rows.plans.values() as Iterable<{ id: string; kind: string; deletedAt: string | null }>);
  each('memberships', (m) => {
    const parent = deadParent('teams', m.teamId) ?? (keepsHistory(m, archived) ? undefined : deadParent('people', m.personId));
    return parent && tombstone(m, parent);
  });
  each('teams', (t) => {
    const champion = deadParent('people', t.championId);
    return champion && cleared(t, 'championId', champion);
  });
  each('teams', (t) => {
    const group = deadParent('teamGroups', t.groupId);
    return group && cleared(t, 'groupId', group);
  });
  each('interactions', (x) => {
    const parent = deadParent('teams', x.providerTeamId) ?? deadParent('teams', x.consumerTeamId);
    return parent && tombstone(x, parent);
  });
  each('dependencies', (d) => {
    const parent = deadParent('teams', d.dependentTeamId) ?? deadParent('teams', d.dependsOnTeamId);
    return parent && tombstone(d, parent);
  });
  each('objectives', (o) => {
    const parent = deadParent('objectives', o.parentId);
    return parent && cleared(o, 'parentId', parent);
  });
  each('keyResults', (k) => {
    const objective = deadParent('objectives', k.objectiveId);
    return objective && tombstone(k, objective);
  });
  each('checkIns', (c) => {
    const keyResult = deadParent('keyResults', c.keyResultId);
    return keyResult && tombstone(c, keyResult);
  });
  return changed;
}

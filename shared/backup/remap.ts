import type { BackupTables } from './format';

export interface IdRemap {
  departments: Map<string, string>;
  people: Map<string, string>;
  periods: Map<string, string>;
}

type Keyed = { id: string; deletedAt: string | null };

/**
 * Pairs an alive incoming record with the one alive current record of the same natural key,
 * when their ids differ and neither id is already known to the other side.
 */
function pairByKey<R extends Keyed>(current: readonly R[], incoming: readonly R[], key: (record: R) => string | null): Map<string, string> {
  const pairs = new Map<string, string>();
  const currentIds = new Set(current.map((r) => r.id));
  const incomingIds = new Set(incoming.map((r) => r.id));
  const group = (rows: readonly R[]) => {
    const byKey = new Map<string, R[]>();
    for (const row of rows) {
      const k = row.deletedAt === null ? key(row) : null;
      if (k) byKey.set(k, [...(byKey.get(k) ?? []), row]);
    }
    return byKey;
  };
  const currentByKey = group(current);
  for (const [k, rows] of group(incoming)) {
    const matches = currentByKey.get(k);
    if (rows.length !== 1 || matches?.length !== 1) continue;
    const [from, to] = [rows[0]!, matches[0]!];
    if (from.id !== to.id && !currentIds.has(from.id) && !incomingIds.has(to.id)) pairs.set(from.id, to.id);
  }
  return pairs;
}

const folded = (text: string) => text.trim().toLowerCase();

/**
 * Ids are UUIDv7 and built-ins have fixed ids, so a record and its copy in a backup share an id
 * and need no remapping. Three kinds of record also have a natural key the app keeps unique, and
 * two workspaces can hold the same thing under different ids (two laptops that each imported
 * the same roster): departments by name, people by email (the roster import's identity), custom
 * periods by name. Merging those without remapping would break the app's uniqueness rules, so
 * the incoming record takes the current id and every incoming reference to it is rewritten.
 */
export function findRemap(current: BackupTables, incoming: BackupTables): IdRemap {
  return {
    departments: pairByKey(current.departments, incoming.departments, (d) => folded(d.name)),
    people: pairByKey(current.people, incoming.people, (p) => (p.email ? folded(p.email) : null)),
    periods: pairByKey(current.periods, incoming.periods, (p) => folded(p.name)),
  };
}

export function remapCount(remap: IdRemap): number {
  return remap.departments.size + remap.people.size + remap.periods.size;
}

/** The incoming tables with remapped ids and every reference to them rewritten. */
export function applyRemap(tables: BackupTables, remap: IdRemap): BackupTables {
  if (remapCount(remap) === 0) return tables;
  const person = (id: string | null) => (id === null ? null : (remap.people.get(id) ?? id));
  const department = (id: string | null) => (id === null ? null : (remap.departments.get(id) ?? id));
  const by = <R extends { updatedBy: string | null }>(record: R): R => ({ ...record, updatedBy: person(record.updatedBy) });
  return {
    departments: tables.departments.map((d) => by({ ...d, id: department(d.id)! })),
    people: tables.people.map((p) => by({ ...p, id: person(p.id)!, departmentId: department(p.departmentId) })),
    roles: tables.roles.map(by),
    plans: tables.plans.map(by),
    teams: tables.teams.map((t) => by({ ...t, championId: person(t.championId) })),
    memberships: tables.memberships.map((m) => by({ ...m, personId: person(m.personId)! })),
    periods: tables.periods.map((p) => by({ ...p, id: remap.periods.get(p.id) ?? p.id })),
    objectives: tables.objectives.map((o) => by({ ...o, periodId: remap.periods.get(o.periodId) ?? o.periodId })),
    keyResults: tables.keyResults.map((k) => by({ ...k, ownerId: person(k.ownerId) })),
    checkIns: tables.checkIns.map((c) => by({ ...c, authorId: person(c.authorId) })),
    settings: tables.settings.map((s) => by({ ...s, meId: person(s.meId) })),
  };
}

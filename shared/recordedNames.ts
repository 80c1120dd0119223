import { formerPersonName } from './scenarios/archivedHistory';

type Recorded = { id: string; deletedAt: string | null; mergedIntoId?: string | null };
type Named = Recorded & { name: string };

/** How history shows a team deleted since: its name, marked so nobody looks for it on the board. */
export function formerTeamName(name: string): string {
  return `${name} (deleted)`;
}

/**
 * Names by id for what history refers to — a check-in's author, a key result's owner, an
 * objective's owner teams, an archived plan's members — including records deleted since, which
 * deletes keep as tombstones: alive ones by their name, deleted ones marked ("Ana Lima (removed)").
 * A record merged into another (backup merge, sync) is shown as the one it became.
 */
function recordedNames<T extends Recorded>(records: Iterable<T>, nameOf: (record: T) => string, former: (name: string) => string): Map<string, string> {
  const byId = new Map<string, T>();
  for (const record of records) byId.set(record.id, record);
  const names = new Map<string, string>();
  for (const record of byId.values()) {
    let shown = record;
    // Follow merges (never more steps than there are records, so a cycle cannot hang).
    for (let steps = 0; shown.mergedIntoId && steps < byId.size; steps++) {
      const next = byId.get(shown.mergedIntoId);
      if (!next) break;
      shown = next;
    }
    names.set(record.id, shown.deletedAt === null ? nameOf(shown) : former(nameOf(shown)));
  }
  return names;
}

/** Every person ever in the directory by id: "Ana Lima", or "Ana Lima (removed)" once deleted. */
export function recordedPersonNames(people: Iterable<Named>): Map<string, string> {
  return recordedNames(people, (p) => p.name, formerPersonName);
}

/** Every team of every plan by id: "Payments", or "Payments (deleted)" once deleted. */
export function recordedTeamNames(teams: Iterable<Named>): Map<string, string> {
  return recordedNames(teams, (t) => t.name, formerTeamName);
}

/** Every objective by id, by title: "Customers help themselves", or "Customers help themselves (deleted)". */
export function recordedObjectiveTitles(objectives: Iterable<Recorded & { title: string }>): Map<string, string> {
  return recordedNames(objectives, (o) => o.title, (title) => `${title} (deleted)`);
}

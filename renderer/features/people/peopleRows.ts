import type { Department, Membership, Person, Team } from '../../../shared/model';

export interface PersonRow {
  id: string;
  name: string;
  title: string;
  department: string;
  teams: string;
  allocation: number;
}

/** One row per person: their department and the teams (of the plan) they sit on. */
export function peopleRows(
  people: readonly Person[],
  departments: readonly Department[],
  teams: readonly Team[],
  memberships: readonly Membership[],
): PersonRow[] {
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const byPerson = new Map<string, { teams: Set<string>; allocation: number }>();
  for (const m of memberships) {
    const name = teamName.get(m.teamId);
    if (m.deletedAt !== null || !name) continue;
    const entry = byPerson.get(m.personId) ?? { teams: new Set<string>(), allocation: 0 };
    entry.teams.add(name);
    entry.allocation += m.allocation;
    byPerson.set(m.personId, entry);
  }
  return people.map((person) => {
    const entry = byPerson.get(person.id);
    return {
      id: person.id,
      name: person.name,
      title: person.title,
      department: (person.departmentId && departmentName.get(person.departmentId)) || '—',
      teams: entry ? [...entry.teams].sort().join(', ') : 'Not on a team',
      allocation: entry?.allocation ?? 0,
    };
  });
}

import type { Department, Membership, Person, Role, Team } from '../../../shared/model';

export interface PersonTeamShare {
  teamId: string;
  teamName: string;
  roleId: string;
  roleName: string;
  allocation: number;
}

export interface PersonRow {
  person: Person;
  id: string;
  name: string;
  title: string;
  email: string;
  departmentId: string | null;
  department: string;
  shares: PersonTeamShare[];
  roleIds: Set<string>;
  teamIds: Set<string>;
  allocation: number;
  /** Lower-cased text searched by the filter box. */
  searchText: string;
}

/** One row per person with the teams (of the plan) they sit on; built once per data change. */
export function peopleRows(
  people: readonly Person[],
  departments: readonly Department[],
  teams: readonly Team[],
  memberships: readonly Membership[],
  roles: readonly Role[] = [],
): PersonRow[] {
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const roleName = new Map(roles.map((r) => [r.id, r.name]));
  const sharesByPerson = new Map<string, PersonTeamShare[]>();
  for (const m of memberships) {
    const name = teamName.get(m.teamId);
    if (m.deletedAt !== null || !name || m.personId === null) continue;
    const share: PersonTeamShare = { teamId: m.teamId, teamName: name, roleId: m.roleId, roleName: roleName.get(m.roleId) ?? 'Unknown role', allocation: m.allocation };
    const list = sharesByPerson.get(m.personId);
    if (list) list.push(share);
    else sharesByPerson.set(m.personId, [share]);
  }
  return people.map((person) => {
    const shares = (sharesByPerson.get(person.id) ?? []).sort((a, b) => b.allocation - a.allocation || a.teamName.localeCompare(b.teamName));
    const department = (person.departmentId && departmentName.get(person.departmentId)) || 'No department';
    return {
      person,
      id: person.id,
      name: person.name,
      title: person.title,
      email: person.email ?? '',
      departmentId: person.departmentId,
      department,
      shares,
      roleIds: new Set(shares.map((s) => s.roleId)),
      teamIds: new Set(shares.map((s) => s.teamId)),
      allocation: shares.reduce((sum, s) => sum + s.allocation, 0),
      searchText: `${person.name} ${person.title} ${person.email ?? ''} ${department}`.toLowerCase(),
    };
  });
}

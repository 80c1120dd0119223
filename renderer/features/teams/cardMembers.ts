import { isolateBidi } from '../../../shared/bidi';
import { VACANCY_NAME, type Membership, type Person, type Role } from '../../../shared/model';
import type { RoleCoverage } from '../../../shared/rules';
import { shortName } from './roleAbbreviations';

export interface CardMember {
  membershipId: string;
  personId: string | null;
  name: string;
  allocation: number;
  /** How many other teams of the plan this person sits on (0 for a vacancy). */
  otherTeams: number;
  vacancy: boolean;
  /** What the chip shows: "Olivia C.", or "To hire". */
  chipText: string;
  /** The chip's accessible name: "Olivia Costa, Developer, 50%, also on 1 other team" (", picked" is added when picked). */
  label: string;
  /** The chip's tooltip: "Olivia Costa · 50% · also on 1 other team". */
  title: string;
}

/** A member as a card's chip shows them; the texts are worked out here, once per card and plan, not at every render. */
function cardMember(m: Membership, role: Pick<Role, 'name'>, name: string, otherTeams: number): CardMember {
  const vacancy = m.personId === null;
  const shared = otherTeams > 0 ? `, also on ${otherTeams} other team${otherTeams === 1 ? '' : 's'}` : '';
  return {
    membershipId: m.id,
    personId: m.personId,
    name,
    allocation: m.allocation,
    otherTeams,
    vacancy,
    chipText: vacancy ? 'To hire' : shortName(name),
    label: `${isolateBidi(name)}, ${isolateBidi(role.name)}, ${m.allocation}%${vacancy ? ', to hire' : ''}${shared}`,
    title: `${name} · ${m.allocation}%${vacancy ? ' · to hire' : ''}${shared}`,
  };
}

export interface CardRoleGroup {
  roleId: string;
  roleName: string;
  /** "PO", "Dev": the role's short label on the dense board. */
  roleLabel: string;
  /** A required role nobody holds: the card offers to fill it. */
  missing: boolean;
  members: CardMember[];
}

/** What every card needs from the plan, worked out once per plan (not once per card). */
export interface PlanMemberIndex {
  byTeam: Map<string, Membership[]>;
  teamsPerPerson: Map<string, number>;
}

export function planMemberIndex(memberships: readonly Membership[]): PlanMemberIndex {
  const byTeam = new Map<string, Membership[]>();
  const teams = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (m.deletedAt !== null) continue;
    const list = byTeam.get(m.teamId);
    if (list) list.push(m);
    else byTeam.set(m.teamId, [m]);
    if (m.personId === null) continue;
    const set = teams.get(m.personId);
    if (set) set.add(m.teamId);
    else teams.set(m.personId, new Set([m.teamId]));
  }
  return { byTeam, teamsPerPerson: new Map([...teams].map(([id, set]) => [id, set.size])) };
}

/**
 * A card's members grouped by role in the roles' order, each required role shown even when
 * nobody holds it (so a gap is visible at a glance), vacancies named "To hire".
 */
export function cardRoleGroups(
  memberships: readonly Membership[],
  roles: readonly Role[],
  coverage: readonly RoleCoverage[] | undefined,
  peopleById: ReadonlyMap<string, Pick<Person, 'name'>>,
  teamsPerPerson: ReadonlyMap<string, number>,
  labels: ReadonlyMap<string, string> = new Map(),
): CardRoleGroup[] {
  const missing = new Set(coverage?.filter((c) => c.status === 'missing').map((c) => c.roleId));
  const groups: CardRoleGroup[] = [];
  for (const role of roles) {
    const members: CardMember[] = [];
    for (const m of memberships) {
      if (m.roleId !== role.id) continue;
      const vacancy = m.personId === null;
      const name = vacancy ? VACANCY_NAME : (peopleById.get(m.personId!)?.name ?? 'Unknown person');
      members.push(cardMember(m, role, name, vacancy ? 0 : (teamsPerPerson.get(m.personId!) ?? 1) - 1));
    }
    if (members.length > 0 || missing.has(role.id)) groups.push({ roleId: role.id, roleName: role.name, roleLabel: labels.get(role.id) ?? role.name, missing: missing.has(role.id), members });
  }
  return groups;
}

import { isolateBidi } from '../bidi';
import { VACANCY_NAME, type Department, type Membership, type Person, type Role, type SizeLimits, type Team, type TeamGroup, type TeamType } from '../model';
import { principlesFor, teamSize, twoPizzaFinding, twoPizzaFindings, type Finding, type TeamHealth, type Verdict } from '../rules';
import type { ChartObjective } from './chartObjectives';

/** One person on a team's card, or a vacancy (personId null, named "To hire"). */
export interface ChartMember {
  personId: string | null;
  name: string;
  title: string;
  /** Allocation to this team in this role, 1–100 %. */
  allocation: number;
  /** The other teams of the plan this person sits on, by name: non-empty means shared. */
  alsoOn: string[];
  /** From a business department (the cover's business share counts these people). */
  business: boolean;
}

export interface ChartRoleGroup {
  roleId: string;
  roleName: string;
  members: ChartMember[];
  /** A required role that nobody holds: shown as a gap rather than left out. */
  missing: boolean;
}

export interface TwoPizzaBadge {
  verdict: Verdict;
  /** Words, so the badge reads the same in black and white: "Two-pizza: fits". */
  label: string;
}

export interface ChartFinding {
  severity: Finding['severity'];
  title: string;
  explanation: string;
  fix: string | undefined;
}

/** Everything a chart shows about one team, before any layout. */
export interface ChartCardContent {
  teamId: string;
  name: string;
  mission: string;
  service: string;
  championId: string | null;
  championName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  /** The team's Team Topologies type; null for a team without one. */
  teamType: TeamType | null;
  /** The team of teams it belongs to (a tribe, value stream or domain), with the level's name. */
  groupId: string | null;
  groupName: string | null;
  groupLevel: string | null;
  headcount: number;
  fte: number;
  twoPizza: TwoPizzaBadge;
  verdict: Verdict;
  roleGroups: ChartRoleGroup[];
  /** Health findings other than size (the two-pizza badge says that), fail before warn; no notes. */
  findings: ChartFinding[];
  /** The two-pizza findings in full (headcount and FTE), for a team's own page; empty when the size fits. */
  sizeFindings: ChartFinding[];
  objectives: ChartTeamObjective[];
}

export interface ChartTeamObjective extends ChartObjective {
  /** The other owner teams, by name: non-empty for a shared objective. */
  sharedWith: string[];
}

export interface ChartSource {
  /** The teams to chart, in the order wanted (usually by name). */
  teams: readonly (Pick<Team, 'id' | 'name' | 'mission' | 'services' | 'championId'> & Partial<Pick<Team, 'type' | 'groupId'>>)[];
  /** Alive memberships of the whole plan (sharing looks across every team, charted or not). */
  memberships: readonly Pick<Membership, 'id' | 'teamId' | 'personId' | 'roleId' | 'allocation'>[];
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'departmentId'>[];
  roles: readonly Pick<Role, 'id' | 'name' | 'required' | 'sortOrder'>[];
  departments: readonly Pick<Department, 'id' | 'name' | 'kind'>[];
  /** Team names of the whole plan, for "also on" and "shared with". */
  teamNames: ReadonlyMap<string, string>;
  /** organisationHealth(...).byTeam */
  health: ReadonlyMap<string, TeamHealth>;
  sizeLimits: SizeLimits;
  /** Objectives of the period (with their owner teams); none when OKRs are not shown. */
  objectives?: readonly ChartObjective[];
  /** The plan's teams of teams, for grouping by group. */
  groups?: readonly Pick<TeamGroup, 'id' | 'name' | 'level'>[];
  /** Principle sets: a typed team's size is judged by its type's limits, as its health is. */
  principleSets?: Parameters<typeof principlesFor>[1];
}

const TWO_PIZZA_WORDS: Record<string, string> = {
  'Team too large': 'too large',
  'Team getting large': 'getting large',
  'Team too small': 'too small',
  'No members yet': 'no members',
  'More work than people': 'over-allocated',
  'Mostly part-time': 'mostly part-time',
};

export function twoPizzaBadge(size: { headcount: number; fte: number }, limits: SizeLimits): TwoPizzaBadge {
  const finding = twoPizzaFinding(size, limits);
  if (!finding) return { verdict: 'pass', label: 'Two-pizza: fits' };
  return { verdict: finding.severity === 'fail' ? 'fail' : 'warn', label: `Two-pizza: ${TWO_PIZZA_WORDS[finding.title] ?? finding.title.toLowerCase()}` };
}

/**
 * The department a team belongs to on a chart: the business department that gives it the most
 * time (the part of the business it serves), or, for a team without business members, the
 * department that gives it the most time overall. Ties go to the department first by name;
 * null when no member has a department.
 */
export function teamDepartment(
  members: readonly { departmentId: string | null; allocation: number }[],
  departments: ReadonlyMap<string, Pick<Department, 'name' | 'kind'>>,
): string | null {
  const pickFrom = (onlyBusiness: boolean): string | null => {
    const time = new Map<string, number>();
    for (const m of members) {
      const department = m.departmentId ? departments.get(m.departmentId) : undefined;
      if (!m.departmentId || !department || (onlyBusiness && department.kind !== 'business')) continue;
      time.set(m.departmentId, (time.get(m.departmentId) ?? 0) + m.allocation);
    }
    let best: string | null = null;
    for (const [id, total] of time) {
      const current = best === null ? -1 : time.get(best)!;
      if (total > current || (total === current && departments.get(id)!.name.localeCompare(departments.get(best!)!.name) < 0)) best = id;
    }
    return best;
  };
  return pickFrom(true) ?? pickFrom(false);
}

function findingsOf(health: TeamHealth | undefined): ChartFinding[] {
  return (health?.findings ?? [])
    .filter((f) => f.severity !== 'info' && f.rule !== 'two-pizza')
    .map((f) => ({ severity: f.severity, title: f.title, explanation: f.explanation, fix: f.fix }));
}

function sizeFindingsOf(size: { headcount: number; fte: number }, limits: SizeLimits): ChartFinding[] {
  return twoPizzaFindings(size, limits)
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ severity: f.severity, title: f.title, explanation: f.explanation, fix: f.fix }));
}

/**
 * The content of every team's card, computed once for the whole chart: members grouped by role
 * in the roles' order (required roles nobody holds included as gaps), who is shared, size,
 * two-pizza badge, health findings and the team's objectives.
 */
export function chartCards(source: ChartSource): ChartCardContent[] {
  const people = new Map(source.people.map((p) => [p.id, p]));
  const departments = new Map(source.departments.map((d) => [d.id, d]));
  const roles = [...source.roles].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));
  const byTeam = new Map<string, ChartSource['memberships'][number][]>();
  const teamsOfPerson = new Map<string, Set<string>>();
  for (const m of source.memberships) {
    const list = byTeam.get(m.teamId);
    if (list) list.push(m);
    else byTeam.set(m.teamId, [m]);
    if (m.personId === null) continue;
    const teams = teamsOfPerson.get(m.personId) ?? new Set<string>();
    teams.add(m.teamId);
    teamsOfPerson.set(m.personId, teams);
  }
  const objectivesByTeam = new Map<string, ChartObjective[]>();
  for (const objective of source.objectives ?? []) {
    for (const teamId of objective.ownerTeamIds) {
      const list = objectivesByTeam.get(teamId);
      if (list) list.push(objective);
      else objectivesByTeam.set(teamId, [objective]);
    }
  }
  const nameOf = (teamId: string) => isolateBidi(source.teamNames.get(teamId) ?? 'A deleted team');
  const teamGroups = new Map((source.groups ?? []).map((g) => [g.id, g]));

  return source.teams.map((team) => {
    const memberships = byTeam.get(team.id) ?? [];
    const health = source.health.get(team.id);
    const size = health?.size ?? teamSize(memberships.map((m) => ({ ...m, deletedAt: null })));
    const member = (m: (typeof memberships)[number]): ChartMember => {
      if (m.personId === null) return { personId: null, name: VACANCY_NAME, title: '', allocation: m.allocation, alsoOn: [], business: false };
      // User text is isolated for bidirectional display here, once, for every layout that draws it.
      const person = people.get(m.personId);
      const others = [...(teamsOfPerson.get(m.personId) ?? [])].filter((id) => id !== team.id).map(nameOf).sort((a, b) => a.localeCompare(b));
      const department = person?.departmentId ? departments.get(person.departmentId) : undefined;
      return {
        personId: m.personId,
        name: isolateBidi(person?.name ?? 'Unknown person'),
        title: isolateBidi(person?.title ?? ''),
        allocation: m.allocation,
        alsoOn: others,
        business: department?.kind === 'business',
      };
    };
    const known = new Set(roles.map((r) => r.id));
    const roleGroups: ChartRoleGroup[] = roles
      .map((role) => {
        const members = memberships
          .filter((m) => m.roleId === role.id)
          .map(member)
          .sort((a, b) => b.allocation - a.allocation || a.name.localeCompare(b.name));
        return { roleId: role.id, roleName: isolateBidi(role.name), members, missing: role.required && members.length === 0 };
      })
      .filter((group) => group.members.length > 0 || group.missing);
    const orphans = memberships.filter((m) => !known.has(m.roleId)).map(member);
    if (orphans.length > 0) roleGroups.push({ roleId: 'role:unknown', roleName: 'Other role', members: orphans, missing: false });
    const champion = team.championId ? people.get(team.championId) : undefined;
    const group = team.groupId ? teamGroups.get(team.groupId) : undefined;
    const limits = source.principleSets ? principlesFor(team.type, source.principleSets, { sizeLimits: source.sizeLimits, roles: [] }).size : source.sizeLimits;
    const departmentId = teamDepartment(
      memberships.map((m) => ({ departmentId: m.personId === null ? null : (people.get(m.personId)?.departmentId ?? null), allocation: m.allocation })),
      departments,
    );
    return {
      teamId: team.id,
      name: isolateBidi(team.name),
      mission: isolateBidi(team.mission),
      service: team.services.map(isolateBidi).join(', '),
      championId: champion ? team.championId : null,
      championName: champion ? isolateBidi(champion.name) : null,
      departmentId,
      departmentName: departmentId ? isolateBidi(departments.get(departmentId)?.name ?? '') || null : null,
      teamType: team.type ?? null,
      groupId: group ? group.id : null,
      groupName: group ? isolateBidi(group.name) : null,
      groupLevel: group ? isolateBidi(group.level) : null,
      headcount: size.headcount,
      fte: size.fte,
      twoPizza: twoPizzaBadge(size, limits),
      verdict: health?.verdict ?? 'pass',
      roleGroups,
      findings: findingsOf(health),
      sizeFindings: sizeFindingsOf(size, limits),
      objectives: (objectivesByTeam.get(team.id) ?? []).map((o) => ({
        ...o,
        sharedWith: o.ownerTeamIds.filter((id) => id !== team.id).map(nameOf),
      })),
    };
  });
}

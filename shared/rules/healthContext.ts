import type { Department, Membership, Person, PrincipleSet, Role, Settings, Team } from '../model';
import { personAllocations, type AllocationNames, type PersonAllocation } from './allocation';
import { businessPeople } from './crossFunctional';
import { singlePointsOfFailure, type SinglePointOfFailure } from './singlePointsOfFailure';
import { interactionFindings, type InteractionRuleInput } from './interactionRules';
import type { Finding } from './finding';

export type HealthTeam = Pick<Team, 'id' | 'name' | 'deletedAt'> & Partial<Pick<Team, 'type' | 'services'>>;
export type HealthPrincipleSet = Pick<PrincipleSet, 'key' | 'size' | 'roles' | 'minBusinessShare' | 'maxTeamsPerPerson' | 'maxServices' | 'maxObjectivesPerFte' | 'deletedAt'>;
export type HealthMembership = Pick<Membership, 'teamId' | 'personId' | 'roleId' | 'allocation' | 'deletedAt'>;
export type HealthPerson = Pick<Person, 'id' | 'name' | 'departmentId' | 'deletedAt'>;
export type HealthDepartment = Pick<Department, 'id' | 'kind' | 'deletedAt'>;
export type HealthRole = Pick<Role, 'id' | 'name' | 'required' | 'minPerTeam' | 'maxPerTeam' | 'sortOrder' | 'deletedAt'>;

/** Everything the health rules read about one plan. Records of other plans must not be mixed in. */
export interface PlanHealthInput {
  teams: readonly HealthTeam[];
  memberships: readonly HealthMembership[];
  people: readonly HealthPerson[];
  departments: readonly HealthDepartment[];
  roles: readonly HealthRole[];
  settings: Pick<Settings, 'sizeLimits'>;
  /** Principle sets per team type (absent: every team is checked against the Default set, i.e. Settings). */
  principleSets?: readonly HealthPrincipleSet[];
  /** How many objectives of the period each team owns, for the objectives-per-FTE principle. */
  objectiveCounts?: ReadonlyMap<string, number>;
  /** The plan's interactions and dependencies, checked on `today` (both needed for the interaction rules). */
  interactions?: InteractionRuleInput['interactions'];
  dependencies?: InteractionRuleInput['dependencies'];
  today?: string;
  collaborationMaxDays?: number | undefined;
}

/** What every team's health needs from the whole plan, worked out once in O(records). */
export interface PlanContext {
  /** Alive memberships of each alive team; every alive team has an entry, empty ones too. */
  membershipsByTeam: Map<string, HealthMembership[]>;
  allocations: Map<string, PersonAllocation>;
  spofs: SinglePointOfFailure[];
  spofsByTeam: Map<string, SinglePointOfFailure[]>;
  business: Set<string>;
  roles: readonly HealthRole[];
  settings: Pick<Settings, 'sizeLimits'>;
  names: AllocationNames;
  teams: Map<string, HealthTeam>;
  principleSets: readonly HealthPrincipleSet[];
  /** How many teams of the plan each person sits on. */
  teamsByPerson: Map<string, number>;
  objectiveCounts: ReadonlyMap<string, number>;
  /** Interaction-rule findings per team (empty without interactions or a day to check them on). */
  interactionFindings: Map<string, Finding[]>;
}

export function planContext(input: PlanHealthInput): PlanContext {
  const membershipsByTeam = new Map<string, HealthMembership[]>();
  const teamNames = new Map<string, string>();
  const teams = new Map<string, HealthTeam>();
  for (const team of input.teams) {
    if (team.deletedAt !== null) continue;
    membershipsByTeam.set(team.id, []);
    teamNames.set(team.id, team.name);
    teams.set(team.id, team);
  }
  // A membership of a deleted or unknown team is ignored everywhere, so time spent on a team that
  // is gone (or on another plan's team) never makes anyone look over-allocated here.
  const memberships: HealthMembership[] = [];
  for (const m of input.memberships) {
    const ofTeam = membershipsByTeam.get(m.teamId);
    if (m.deletedAt !== null || !ofTeam) continue;
    ofTeam.push(m);
    memberships.push(m);
  }
  const spofs = singlePointsOfFailure(memberships, input.roles);
  const spofsByTeam = new Map<string, SinglePointOfFailure[]>();
  for (const spof of spofs) {
    for (const teamId of spof.teamIds) {
      const onTeam = spofsByTeam.get(teamId) ?? [];
      onTeam.push(spof);
      spofsByTeam.set(teamId, onTeam);
    }
  }
  const teamsOfPerson = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (m.personId === null) continue;
    const set = teamsOfPerson.get(m.personId) ?? new Set<string>();
    set.add(m.teamId);
    teamsOfPerson.set(m.personId, set);
  }
  const personNames = new Map<string, string>();
  for (const p of input.people) personNames.set(p.id, p.name);
  return {
    membershipsByTeam,
    allocations: new Map(personAllocations(memberships).map((a) => [a.personId, a])),
    spofs,
    spofsByTeam,
    business: businessPeople(input.people, input.departments),
    roles: input.roles,
    settings: input.settings,
    names: { person: (id) => personNames.get(id), team: (id) => teamNames.get(id) },
    teams,
    principleSets: input.principleSets ?? [],
    teamsByPerson: new Map([...teamsOfPerson].map(([personId, set]) => [personId, set.size])),
    objectiveCounts: input.objectiveCounts ?? new Map(),
    interactionFindings: input.today && (input.interactions || input.dependencies)
      ? interactionFindings({
          teams: input.teams,
          interactions: input.interactions ?? [],
          dependencies: input.dependencies ?? [],
          today: input.today,
          collaborationMaxDays: input.collaborationMaxDays,
        })
      : new Map(),
  };
}

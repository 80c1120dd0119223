import { FULL_TIME, overAllocationFindings, type PersonAllocation } from './allocation';
import { crossFunctionalFindings, crossFunctionalMix, type CrossFunctionalMix } from './crossFunctional';
import { sortFindings, verdict, type Finding, type Verdict } from './finding';
import { planContext, type PlanContext, type PlanHealthInput } from './healthContext';
import { roleCoverage, roleCoverageFindings, type RoleCoverage } from './roleCoverage';
import { singlePointOfFailureFindings } from './singlePointsOfFailure';
import { teamSize, type TeamSize } from './teamSize';
import { twoPizzaFindings } from './twoPizza';
import { businessShareFinding, objectiveLoadFinding, principlesFor, servicesFinding, teamsPerPersonFindings } from './principles';
import { DEFAULT_PRINCIPLE_KEY, type PrincipleSetKey } from '../model';

export interface TeamHealth {
  size: TeamSize;
  coverage: RoleCoverage[];
  crossFunctional: CrossFunctionalMix;
  /** Every finding about the team, fail before warn before info. */
  findings: Finding[];
  verdict: Verdict;
  /** The principle set the team was checked against (its type's, or default). */
  principles: PrincipleSetKey;
}

export interface TeamHealthInput extends PlanHealthInput {
  teamId: string;
}

/** The members of this team who are over full time across the whole plan, in membership order. */
function overAllocatedMembers(teamId: string, context: PlanContext): PersonAllocation[] {
  const seen = new Set<string>();
  const over: PersonAllocation[] = [];
  for (const m of context.membershipsByTeam.get(teamId) ?? []) {
    if (m.personId === null || seen.has(m.personId)) continue;
    seen.add(m.personId);
    const allocation = context.allocations.get(m.personId);
    if (allocation && allocation.total > FULL_TIME) over.push(allocation);
  }
  return over;
}

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

function membersWithTeamCounts(memberships: readonly { personId: string | null }[], context: PlanContext) {
  const seen = new Set<string>();
  const members: { personId: string; name: string; teams: number }[] = [];
  for (const m of memberships) {
    if (m.personId === null || seen.has(m.personId)) continue;
    seen.add(m.personId);
    members.push({ personId: m.personId, name: context.names.person?.(m.personId) ?? 'Someone', teams: context.teamsByPerson.get(m.personId) ?? 1 });
  }
  return members;
}

/** One team's health from a plan context; organisationHealth calls this once per team. */
export function assessTeam(teamId: string, context: PlanContext): TeamHealth {
  const memberships = context.membershipsByTeam.get(teamId) ?? [];
  const team = context.teams.get(teamId);
  const principles = principlesFor(team?.type, context.principleSets, { sizeLimits: context.settings.sizeLimits, roles: context.roles });
  const size = teamSize(memberships);
  const coverage = roleCoverage(memberships, principles.roles);
  const mix = crossFunctionalMix(memberships, context.business);
  const businessShare = businessShareFinding(mix, principles);
  // One finding per fact: a set's business share replaces the plain "no business member" warning.
  const mixFindings = crossFunctionalFindings(mix).filter((f) => !(businessShare && f.severity === 'warn'));
  const principled = [
    ...twoPizzaFindings(size, principles.size),
    ...roleCoverageFindings(coverage, principles.whoNeeds),
    ...(businessShare ? [businessShare] : []),
    ...teamsPerPersonFindings(membersWithTeamCounts(memberships, context), principles),
    ...optional(servicesFinding(team?.services ?? [], principles)),
    ...optional(objectiveLoadFinding(context.objectiveCounts.get(teamId) ?? 0, size.fte, principles)),
  ].map((finding) => (principles.key === DEFAULT_PRINCIPLE_KEY ? finding : { ...finding, principle: principles.label }));
  const findings = sortFindings([
    ...principled,
    ...overAllocationFindings(overAllocatedMembers(teamId, context), context.names),
    ...singlePointOfFailureFindings(teamId, context.spofsByTeam.get(teamId) ?? [], context.names),
    ...mixFindings,
    ...(context.interactionFindings.get(teamId) ?? []),
  ]);
  return { size, coverage, crossFunctional: mix, findings, verdict: verdict(findings), principles: principles.key };
}

/**
 * The health of one team of a plan: size, role coverage, over-allocated members, single points
 * of failure and business mix. Pass the whole plan, since allocation and single points of failure
 * look across teams; for every team at once use organisationHealth, which shares that work.
 */
export function teamHealth(input: TeamHealthInput): TeamHealth {
  return assessTeam(input.teamId, planContext(input));
}

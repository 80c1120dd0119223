import { FULL_TIME, overAllocationFindings, type PersonAllocation } from './allocation';
import { crossFunctionalFindings, crossFunctionalMix, type CrossFunctionalMix } from './crossFunctional';
import { sortFindings, verdict, type Finding, type Verdict } from './finding';
import { planContext, type PlanContext, type PlanHealthInput } from './healthContext';
import { roleCoverage, roleCoverageFindings, type RoleCoverage } from './roleCoverage';
import { singlePointOfFailureFindings } from './singlePointsOfFailure';
import { teamSize, type TeamSize } from './teamSize';
import { twoPizzaFindings } from './twoPizza';

export interface TeamHealth {
  size: TeamSize;
  coverage: RoleCoverage[];
  crossFunctional: CrossFunctionalMix;
  /** Every finding about the team, fail before warn before info. */
  findings: Finding[];
  verdict: Verdict;
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

/** One team's health from a plan context; organisationHealth calls this once per team. */
export function assessTeam(teamId: string, context: PlanContext): TeamHealth {
  const memberships = context.membershipsByTeam.get(teamId) ?? [];
  const size = teamSize(memberships);
  const coverage = roleCoverage(memberships, context.roles);
  const mix = crossFunctionalMix(memberships, context.business);
  const findings = sortFindings([
    ...twoPizzaFindings(size, context.settings.sizeLimits),
    ...roleCoverageFindings(coverage),
    ...overAllocationFindings(overAllocatedMembers(teamId, context), context.names),
    ...singlePointOfFailureFindings(teamId, context.spofsByTeam.get(teamId) ?? [], context.names),
    ...crossFunctionalFindings(mix),
  ]);
  return { size, coverage, crossFunctional: mix, findings, verdict: verdict(findings) };
}

/**
 * The health of one team of a plan: size, role coverage, over-allocated members, single points
 * of failure and business mix. Pass the whole plan, since allocation and single points of failure
 * look across teams; for every team at once use organisationHealth, which shares that work.
 */
export function teamHealth(input: TeamHealthInput): TeamHealth {
  return assessTeam(input.teamId, planContext(input));
}

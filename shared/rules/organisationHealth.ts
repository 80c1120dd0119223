import { FULL_TIME, type PersonAllocation } from './allocation';
import type { Verdict } from './finding';
import { planContext, type PlanHealthInput } from './healthContext';
import { assessTeam, type TeamHealth } from './teamHealth';

/** A required role that nobody holds on some teams. */
export interface MissingRole {
  roleId: string;
  roleName: string;
  /** The teams without a single holder, in the order of the plan's teams. */
  teamIds: string[];
}

export interface OrganisationSummary {
  /** How many alive teams have each verdict. */
  teams: Record<Verdict, number>;
  /** People allocated over 100 % across the plan, most over first. */
  overAllocatedPeople: PersonAllocation[];
  /** Required roles missing on at least one team, in the roles' sort order. */
  missingRoles: MissingRole[];
  /** How many people are a single point of failure; someone who is one for two roles counts once. */
  singlePointsOfFailure: number;
  /** Who they are (each person once), so the summary can name and link them. */
  singlePointOfFailurePersonIds: string[];
}

export interface OrganisationHealth {
  /** Every alive team of the plan, by id. */
  byTeam: Map<string, TeamHealth>;
  summary: OrganisationSummary;
}

/**
 * Health of every team of one plan and a summary of the whole organisation. Computed once per
 * plan: memberships are grouped by team first, so the cost grows with the number of records,
 * not with teams × memberships.
 */
export function organisationHealth(input: PlanHealthInput): OrganisationHealth {
  const context = planContext(input);
  const byTeam = new Map<string, TeamHealth>();
  const teams: Record<Verdict, number> = { pass: 0, warn: 0, fail: 0 };
  const missing = new Map<string, MissingRole & { rank: number }>();
  for (const teamId of context.membershipsByTeam.keys()) {
    const health = assessTeam(teamId, context);
    byTeam.set(teamId, health);
    teams[health.verdict] += 1;
    health.coverage.forEach((c, rank) => {
      if (c.status !== 'missing') return;
      const entry = missing.get(c.roleId) ?? { roleId: c.roleId, roleName: c.roleName, teamIds: [], rank };
      entry.teamIds.push(teamId);
      missing.set(c.roleId, entry);
    });
  }
  // Every team's coverage lists the same roles in the same order, so its index is the role's rank.
  const missingRoles = [...missing.values()]
    .sort((a, b) => a.rank - b.rank)
    .map(({ roleId, roleName, teamIds }) => ({ roleId, roleName, teamIds }));
  const overAllocatedPeople = [...context.allocations.values()]
    .filter((a) => a.total > FULL_TIME)
    .sort((a, b) => b.total - a.total);
  const spofPeople = [...new Set(context.spofs.map((s) => s.personId))];
  return {
    byTeam,
    summary: { teams, overAllocatedPeople, missingRoles, singlePointsOfFailure: spofPeople.length, singlePointOfFailurePersonIds: spofPeople },
  };
}

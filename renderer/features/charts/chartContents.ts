import { chartCards, chartObjectives, type ChartCardContent } from '../../../shared/charts';
import type { ChartData } from '../../db';

/**
 * Every chosen team's card content from one read of the plan: health comes from the plan-wide
 * computation (once per plan), OKRs are assessed once per key result. `include` null = every team.
 */
export function chartContents(data: ChartData, today: string, include: ReadonlySet<string> | null): ChartCardContent[] {
  const teams = include ? data.teams.filter((t) => include.has(t.id)) : data.teams;
  const planTeamIds = new Set(data.teams.map((t) => t.id));
  const objectives = chartObjectives(data.okrs, data.settings, today).filter((o) => o.ownerTeamIds.some((id) => planTeamIds.has(id)));
  return chartCards({
    teams,
    memberships: data.memberships,
    people: data.people,
    roles: data.roles,
    departments: data.departments,
    teamNames: new Map(data.teams.map((t) => [t.id, t.name])),
    health: data.health.byTeam,
    sizeLimits: data.settings.sizeLimits,
    objectives,
  });
}

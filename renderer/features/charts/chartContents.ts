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
    groups: data.groups,
    principleSets: data.principleSets,
  });
}

let last: { data: ChartData; parts: unknown[]; cards: ChartCardContent[] } | null = null;

/**
 * chartContents, remembered for the same inputs: the workspace in memory hands every visit the
 * same arrays until one of their tables changes, so coming back to the Charts page is free.
 */
export function rememberedChartContents(data: ChartData, today: string, include: ReadonlySet<string> | null, includeKey: string): ChartCardContent[] {
  const parts = [data.teams, data.memberships, data.people, data.roles, data.departments, data.settings, data.health, data.okrs, data.groups, data.principleSets, today, includeKey];
  if (last && last.parts.length === parts.length && last.parts.every((part, index) => part === parts[index])) return last.cards;
  const cards = chartContents(data, today, include);
  last = { data, parts, cards };
  return cards;
}

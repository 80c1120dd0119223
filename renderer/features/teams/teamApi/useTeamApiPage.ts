import { useMemo } from 'react';
import { chartCards, chartObjectives } from '../../../../shared/charts';
import { teamApiPage, type TeamApiPage } from '../../../../shared/teamApi';
import { quarterOf } from '../../../../shared/model';
import { useChartData, usePlanDependencies, usePlanInteractions, useTeamGroups } from '../../../db';

export interface TeamApiData {
  page: TeamApiPage;
  planName: string;
  planKind: 'live' | 'draft' | 'archived';
}

/**
 * One team's Team API page from the plan's data (health computed once per plan, OKRs of the
 * quarter of `today` assessed once); null when the team or plan does not exist, undefined while loading.
 */
export function useTeamApiPage(planId: string, teamId: string, today: string): TeamApiData | null | undefined {
  const data = useChartData(planId, quarterOf(today).id, today);
  const groups = useTeamGroups(planId);
  const interactions = usePlanInteractions(planId);
  const dependencies = usePlanDependencies(planId);
  return useMemo(() => {
    if (!data || !groups || !interactions || !dependencies) return undefined;
    const team = data.teams.find((t) => t.id === teamId);
    if (!data.plan || !team) return null;
    const planTeamIds = new Set(data.teams.map((t) => t.id));
    const objectives = chartObjectives(data.okrs, data.settings, today).filter((o) => o.ownerTeamIds.some((id) => planTeamIds.has(id)));
    const teamNames = new Map(data.teams.map((t) => [t.id, t.name]));
    const [card] = chartCards({
      teams: [team],
      memberships: data.memberships,
      people: data.people,
      roles: data.roles,
      departments: data.departments,
      teamNames,
      health: data.health.byTeam,
      sizeLimits: data.settings.sizeLimits,
      objectives,
    });
    if (!card) return null;
    const page = teamApiPage({ card, team, teamNames, groups, interactions, dependencies, periodName: data.okrs.period?.name ?? null, today });
    return { page, planName: data.plan.name, planKind: data.plan.kind };
  }, [data, groups, interactions, dependencies, teamId, today]);
}

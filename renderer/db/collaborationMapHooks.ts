import { useMemo } from 'react';
import type { Membership } from '../../shared/model';
import { collaborationGraph, teamSide, type CollaborationGraph, type TeamSide } from '../../shared/design/collaborationGraph';
import { businessPeople, crossFunctionalMix } from '../../shared/rules/crossFunctional';
import { usePlanInteractions, useTeamGroups } from './designHooks';
import { useDepartments, usePeople, usePeriodObjectives, usePlanMemberships, useTeams } from './hooks';

export interface CollaborationMapData {
  graph: CollaborationGraph;
  groups: { id: string; name: string; level: string }[];
}

/** Every team's side (technology, business, unstaffed) from its members' departments. */
function teamSides(teamIds: readonly string[], memberships: readonly Membership[], business: ReadonlySet<string>): Map<string, TeamSide> {
  const byTeam = new Map<string, Membership[]>();
  for (const m of memberships) {
    const list = byTeam.get(m.teamId);
    if (list) list.push(m);
    else byTeam.set(m.teamId, [m]);
  }
  return new Map(teamIds.map((id) => [id, teamSide(crossFunctionalMix(byTeam.get(id) ?? [], business))]));
}

/**
 * The plan's collaboration graph for a period (interactions and the period's shared objectives);
 * undefined while loading, and while `build` is false (the page defers the build past its first paint).
 */
export function useCollaborationMap(planId: string, periodId: string, build = true): CollaborationMapData | undefined {
  const teams = useTeams(planId);
  const groups = useTeamGroups(planId);
  const interactions = usePlanInteractions(planId);
  const objectives = usePeriodObjectives(periodId);
  const memberships = usePlanMemberships(planId);
  const people = usePeople();
  const departments = useDepartments();
  return useMemo(() => {
    if (!build || !teams || !groups || !interactions || !objectives || !memberships || !people || !departments) return undefined;
    const sides = teamSides(teams.map((t) => t.id), memberships, businessPeople(people, departments));
    const graph = collaborationGraph({ teams, interactions, objectives, sides, groupIds: new Set(groups.map((g) => g.id)) });
    return { graph, groups: groups.map((g) => ({ id: g.id, name: g.name, level: g.level })) };
  }, [build, teams, groups, interactions, objectives, memberships, people, departments]);
}

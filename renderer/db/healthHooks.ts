import { useMemo } from 'react';
import type { Objective, Period } from '../../shared/model';
import { currentPeriodIds, objectiveCountsByTeam, organisationHealth, sameObjectiveCounts, type OrganisationHealth } from '../../shared/rules';
import { useDepartments, usePeople, usePlanMemberships, useRoles, useSettings, useTeams } from './hooks';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import type { WorkspaceMemory } from './memory/workspaceMemory';
import { usePlanDependencies, usePlanInteractions, usePrincipleSets } from './designHooks';
import { todayLocal } from '../../shared/clock';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();
const lastCounts = new WeakMap<WorkspaceMemory, ReadonlyMap<string, number>>();

/**
 * How many objectives of the current period(s) each team owns or co-owns, counted in one pass once
 * the OKR tables are in memory (none until then: team health never waits for 100,000 check-ins).
 * The same map comes back while the counts stay the same, so editing an objective's title or a
 * key result does not make the plan's health be computed again.
 */
function useObjectiveCounts(today: string): ReadonlyMap<string, number> | undefined {
  const memory = useWorkspaceMemory();
  const objectives = useTableVersion('objectives');
  const periods = useTableVersion('periods');
  return useMemo(() => {
    if (!objectives || !periods) return undefined;
    return memory.cached(`objective-counts:${today}`, ['objectives', 'periods'], () => {
      const periodIds = currentPeriodIds(today, memory.all<Period>('periods'));
      const counts = objectiveCountsByTeam([...periodIds].flatMap((id) => memory.objectivesByPeriod.get(id) as Objective[]), periodIds);
      // No change from what health last used (at a cold start: none) means no new map, so no second computation.
      const previous = lastCounts.get(memory) ?? NO_COUNTS;
      if (sameObjectiveCounts(previous, counts)) return previous;
      lastCounts.set(memory, counts);
      return counts;
    });
  }, [memory, objectives, periods, today]);
}

/**
 * Health of every team of a plan, computed once per plan (not once per card) from narrowly
 * scoped live queries, so every edit re-evaluates it without a save button or a reload.
 */
export function usePlanHealth(planId: string, options: { waitForObjectives?: boolean } = {}): OrganisationHealth | undefined {
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const people = usePeople();
  const departments = useDepartments();
  const roles = useRoles();
  const settings = useSettings();
  const principleSets = usePrincipleSets();
  const interactions = usePlanInteractions(planId);
  const dependencies = usePlanDependencies(planId);
  // The day the interaction rules look at; a new day re-renders through any other change.
  const today = todayLocal();
  // A screen shows health before the OKR tables are in memory and refines it once they are; a
  // print view (drawn once, then printed) waits for them.
  const loadedCounts = useObjectiveCounts(today);
  const objectiveCounts = loadedCounts ?? (options.waitForObjectives ? undefined : NO_COUNTS);
  const memory = useWorkspaceMemory();
  return useMemo(() => {
    if (!teams || !memberships || !people || !departments || !roles || !settings || !principleSets || !interactions || !dependencies || !objectiveCounts) return undefined;
    // Shared by every screen of the plan until one of these (shared, memoised) inputs changes or the day does.
    return memory.memo(`health:${planId}:${today}`, [teams, memberships, people, departments, roles, settings, principleSets, interactions, dependencies, objectiveCounts], () =>
      organisationHealth({
        teams, memberships, people, departments, roles, settings, principleSets, objectiveCounts,
        interactions, dependencies, today, collaborationMaxDays: settings.collaborationMaxDays,
      }),
    );
  }, [memory, planId, teams, memberships, people, departments, roles, settings, principleSets, interactions, dependencies, today, objectiveCounts]);
}

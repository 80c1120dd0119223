import { useMemo } from 'react';
import { organisationHealth, type OrganisationHealth } from '../../shared/rules';
import { useDepartments, usePeople, usePlanMemberships, useRoles, useSettings, useTeams } from './hooks';
import { useWorkspaceMemory } from './memory/useMemory';
import { usePlanDependencies, usePlanInteractions, usePrincipleSets } from './designHooks';
import { todayLocal } from '../../shared/clock';

/**
 * Health of every team of a plan, computed once per plan (not once per card) from narrowly
 * scoped live queries, so every edit re-evaluates it without a save button or a reload.
 */
export function usePlanHealth(planId: string): OrganisationHealth | undefined {
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
  const memory = useWorkspaceMemory();
  return useMemo(() => {
    if (!teams || !memberships || !people || !departments || !roles || !settings || !principleSets || !interactions || !dependencies) return undefined;
    // Shared by every screen of the plan until one of these tables changes (or the day does).
    return memory.cached(`health:${planId}:${today}`, ['teams', 'memberships', 'people', 'departments', 'roles', 'settings', 'principleSets', 'interactions', 'dependencies'], () =>
      organisationHealth({
        teams, memberships, people, departments, roles, settings, principleSets,
        interactions, dependencies, today, collaborationMaxDays: settings.collaborationMaxDays,
      }),
    );
  }, [memory, planId, teams, memberships, people, departments, roles, settings, principleSets, interactions, dependencies, today]);
}

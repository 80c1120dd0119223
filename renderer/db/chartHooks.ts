import { useMemo } from 'react';
import type { Department, Membership, Person, Plan, PrincipleSet, Role, Settings, Team, TeamGroup } from '../../shared/model';
import type { OrganisationHealth } from '../../shared/rules';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import { usePrincipleSets, useTeamGroups } from './designHooks';
import { usePlanHealth } from './healthHooks';
import { useDepartments, usePeople, usePlanMemberships, useRoles, useSettings, useTeams } from './hooks';
import { usePeriodOkrs, type PeriodOkrs } from './okrHooks';
import { usePlanFormerPeople } from './formerPeople';

/** A plan by id; null when there is no such alive plan. */
export function usePlan(planId: string): Plan | null | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('plans');
  return useMemo(() => {
    if (!version) return undefined;
    const plan = memory.get<Plan>('plans', planId);
    return plan && plan.deletedAt === null ? plan : null;
  }, [memory, version, planId]);
}

/** Everything a team chart of one plan reads, once; undefined until every part has loaded. */
export interface ChartData {
  plan: Plan | null;
  teams: Team[];
  memberships: Membership[];
  people: Person[];
  roles: Role[];
  departments: Department[];
  settings: Settings;
  health: OrganisationHealth;
  /** The period's objectives, key results and current check-ins (objectives are workspace-wide). */
  okrs: PeriodOkrs;
  /** The plan's teams of teams (tribes, value streams, domains). */
  groups: TeamGroup[];
  /** The principle sets (a typed team's size limits are its type's). */
  principleSets: PrincipleSet[];
}

/**
 * The plan's teams with their members, health (computed once per plan) and the period's OKRs:
 * narrow live queries, so the chart follows every edit without a reload.
 */
const NO_OKRS: PeriodOkrs = { period: null, objectives: [], keyResults: [], latestCheckIns: new Map(), baselines: new Map(), outsideParents: new Map() };

/**
 * `completeHealth` (a print view: drawn once, then printed) waits for the health findings that count
 * objectives instead of drawing without them and again with them.
 * `withOkrs: false` (a chart without objectives, such as the one-page overview) does not wait for
 * the OKR tables; `readOkrsWhileLoading` (the Charts page) reads the period's OKRs from Dexie until
 * the check-ins are in memory, as the OKRs page does, instead of waiting for the whole workspace.
 */
export function useChartData(
  planId: string,
  periodId: string,
  today: string,
  options: { withOkrs?: boolean; readOkrsWhileLoading?: boolean; completeHealth?: boolean } = {},
): ChartData | undefined {
  const plan = usePlan(planId);
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const alivePeople = usePeople();
  // An archived plan keeps showing people deleted since (history): "Ana Lima (removed)", never "Unknown person".
  const formerPeople = usePlanFormerPeople(planId);
  const people = useMemo(() => (alivePeople && formerPeople.length > 0 ? [...alivePeople, ...formerPeople] : alivePeople), [alivePeople, formerPeople]);
  const roles = useRoles();
  const departments = useDepartments();
  const settings = useSettings();
  const health = usePlanHealth(planId, { waitForObjectives: options.completeHealth ?? false });
  const groups = useTeamGroups(planId);
  const principleSets = usePrincipleSets();
  const periodOkrs = usePeriodOkrs(periodId, today, { readDexieWhileLoading: options.readOkrsWhileLoading ?? false });
  const okrs = options.withOkrs === false ? NO_OKRS : periodOkrs;
  return useMemo(() => {
    if (plan === undefined || !teams || !memberships || !people || !roles || !departments || !settings || !health || !okrs || !groups || !principleSets) return undefined;
    return { plan, teams, memberships, people, roles, departments, settings, health, okrs, groups, principleSets };
  }, [plan, teams, memberships, people, roles, departments, settings, health, okrs, groups, principleSets]);
}

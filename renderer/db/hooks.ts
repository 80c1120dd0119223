import { useMemo } from 'react';
import type { CheckIn, Department, KeyResult, Membership, Objective, Person, Role, Settings, Team } from '../../shared/model';
import { teamSize, type TeamSize } from '../../shared/rules';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../../shared/model';
import { useDb } from './context';
import { useDeviceRow, type DeviceRows } from './deviceRows';
import { useDerived, useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import type { MemoryTable } from './memory/workspaceMemory';
import { byName } from './nameOrder';


/** An alive record by id from the workspace in memory: null when there is none, undefined while loading. */
function useAliveRecord<T extends { deletedAt: string | null }>(table: MemoryTable, id: string | undefined): T | null | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion(table);
  return useMemo(() => {
    if (!version) return undefined;
    const record = id ? memory.get<T>(table, id) : undefined;
    return record && record.deletedAt === null ? record : null;
  }, [memory, version, table, id]);
}

/** Live teams of a plan, sorted by name; undefined while loading. */
export function useTeams(planId: string): Team[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('teams');
  return useMemo(
    () => (version ? memory.cached(`teams:${planId}`, ['teams'], () => memory.teamsByPlan.get(planId).sort(byName)) : undefined),
    [memory, version, planId],
  );
}

export function useTeam(teamId: string | undefined): Team | null | undefined {
  return useAliveRecord<Team>('teams', teamId);
}

export function usePlanMemberships(planId: string): Membership[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('memberships');
  return useMemo(
    () => (version ? memory.cached(`memberships:${planId}`, ['memberships'], () => memory.membershipsByPlan.get(planId)) : undefined),
    [memory, version, planId],
  );
}

/** Headcount and FTE of every team of a plan, computed once per plan (not once per card). */
export function useTeamSizes(memberships: readonly Membership[] | undefined): Map<string, TeamSize> | undefined {
  // Shared by every screen that shows the same plan's memberships (the same array from memory).
  return useDerived('team-sizes', [memberships], () => {
    if (!memberships) return undefined;
    const byTeam = new Map<string, Membership[]>();
    for (const m of memberships) {
      const list = byTeam.get(m.teamId);
      if (list) list.push(m);
      else byTeam.set(m.teamId, [m]);
    }
    return new Map([...byTeam].map(([teamId, list]) => [teamId, teamSize(list)]));
  });
}

export function usePeople(): Person[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('people');
  return useMemo(() => (version ? memory.cached('people', ['people'], () => memory.alive<Person>('people').sort(byName)) : undefined), [memory, version]);
}

export function useRoles(): Role[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('roles');
  return useMemo(
    () => (version ? memory.cached('roles', ['roles'], () => memory.alive<Role>('roles').sort((a, b) => a.sortOrder - b.sortOrder)) : undefined),
    [memory, version],
  );
}

export function useSettings(): Settings | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('settings');
  return useMemo(() => (version ? (memory.get<Settings>('settings', SETTINGS_ID) ?? DEFAULT_SETTINGS) : undefined), [memory, version]);
}

/** True while the workspace has no live team and no live person: the newcomer's empty state. */
export function useWorkspaceIsEmpty(): boolean | undefined {
  const memory = useWorkspaceMemory();
  const teams = useTableVersion('teams');
  const people = useTableVersion('people');
  return useMemo(
    // Once per change of either table, not on every mount (at L a pass over 5,500 records).
    () => (teams && people ? memory.cached('workspace-is-empty', ['teams', 'people'], () => memory.alive('teams').length === 0 && memory.alive('people').length === 0) : undefined),
    [memory, teams, people],
  );
}

export function useTeamMembershipCount(teamId: string | undefined): number | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('memberships');
  return useMemo(() => (version ? (teamId ? memory.membershipsByTeam.get(teamId).length : 0) : undefined), [memory, version, teamId]);
}

export function useDepartments(): Department[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('departments');
  return useMemo(
    () => (version ? memory.cached('departments', ['departments'], () => memory.alive<Department>('departments').sort(byName)) : undefined),
    [memory, version],
  );
}

/** Live objectives of one period, oldest first. */
export function usePeriodObjectives(periodId: string): Objective[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('objectives');
  return useMemo(
    () => (version ? memory.objectivesByPeriod.get(periodId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : undefined),
    [memory, version, periodId],
  );
}

/** Key results and check-ins of the given objectives. */
export function useObjectivesDetail(objectiveIds: readonly string[] | undefined): { keyResults: KeyResult[]; checkIns: CheckIn[] } | undefined {
  const memory = useWorkspaceMemory();
  const keyResultsVersion = useTableVersion('keyResults');
  const checkInsVersion = useTableVersion('checkIns');
  const key = objectiveIds?.join(',') ?? '';
  return useMemo(() => {
    if (!objectiveIds || !keyResultsVersion || !checkInsVersion) return undefined;
    const keyResults = objectiveIds.flatMap((id) => memory.keyResultsByObjective.get(id));
    const checkIns = keyResults.flatMap((k) => memory.checkInsByKeyResult.get(k.id));
    return { keyResults, checkIns };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for objectiveIds' content
  }, [memory, keyResultsVersion, checkInsVersion, key]);
}

export function usePerson(personId: string | undefined): Person | null | undefined {
  return useAliveRecord<Person>('people', personId);
}

export function useMembership(membershipId: string | undefined): Membership | null | undefined {
  return useAliveRecord<Membership>('memberships', membershipId);
}

/** This device's "this is me" (null when not chosen); undefined while loading. */
export function useMeId(): string | null | undefined {
  return useDeviceRow(useDb(), pickMeId);
}

const pickMeId = (rows: DeviceRows) => rows.meId;

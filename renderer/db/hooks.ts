import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CheckIn, Department, KeyResult, Membership, Objective, Person, Role, Settings, Team } from '../../shared/model';
import { teamSize, type TeamSize } from '../../shared/rules';
import { useDb } from './context';
import { readSettings } from './settings';
import { workspaceIsEmpty } from './sample';

const alive = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);

/** Live teams of a plan, sorted by name; undefined while loading. */
export function useTeams(planId: string): Team[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => alive(await db.teams.where('planId').equals(planId).toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [db, planId],
  );
}

export function useTeam(teamId: string | undefined): Team | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!teamId) return null;
    const team = await db.teams.get(teamId);
    return team && team.deletedAt === null ? team : null;
  }, [db, teamId]);
}

export function usePlanMemberships(planId: string): Membership[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => alive(await db.memberships.where('planId').equals(planId).toArray()), [db, planId]);
}

/** Headcount and FTE of every team of a plan, computed once per plan (not once per card). */
export function useTeamSizes(memberships: readonly Membership[] | undefined): Map<string, TeamSize> | undefined {
  return useMemo(() => {
    if (!memberships) return undefined;
    const byTeam = new Map<string, Membership[]>();
    for (const m of memberships) {
      const list = byTeam.get(m.teamId);
      if (list) list.push(m);
      else byTeam.set(m.teamId, [m]);
    }
    return new Map([...byTeam].map(([teamId, list]) => [teamId, teamSize(list)]));
  }, [memberships]);
}

export function usePeople(): Person[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => alive(await db.people.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
}

export function useRoles(): Role[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => alive(await db.roles.orderBy('sortOrder').toArray()), [db]);
}

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => readSettings(db), [db]);
}

export function useWorkspaceIsEmpty(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => workspaceIsEmpty(db), [db]);
}

export function useTeamMembershipCount(teamId: string | undefined): number | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!teamId) return 0;
    return db.memberships.where('teamId').equals(teamId).filter((m) => m.deletedAt === null).count();
  }, [db, teamId]);
}

export function useDepartments(): Department[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => alive(await db.departments.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
}

/** Live objectives of one period, oldest first. */
export function usePeriodObjectives(periodId: string): Objective[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => alive(await db.objectives.where('periodId').equals(periodId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    [db, periodId],
  );
}

/** Key results and check-ins of the given objectives, fetched in two indexed batch reads. */
export function useObjectivesDetail(objectiveIds: readonly string[] | undefined): { keyResults: KeyResult[]; checkIns: CheckIn[] } | undefined {
  const db = useDb();
  const key = objectiveIds?.join(',') ?? '';
  return useLiveQuery(async () => {
    if (!objectiveIds) return undefined;
    const keyResults = alive(await db.keyResults.where('objectiveId').anyOf([...objectiveIds]).toArray());
    const checkIns = alive(await db.checkIns.where('keyResultId').anyOf(keyResults.map((k) => k.id)).toArray());
    return { keyResults, checkIns };
  }, [db, key]);
}

export function usePerson(personId: string | undefined): Person | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!personId) return null;
    const person = await db.people.get(personId);
    return person && person.deletedAt === null ? person : null;
  }, [db, personId]);
}

export function useMembership(membershipId: string | undefined): Membership | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!membershipId) return null;
    const membership = await db.memberships.get(membershipId);
    return membership && membership.deletedAt === null ? membership : null;
  }, [db, membershipId]);
}

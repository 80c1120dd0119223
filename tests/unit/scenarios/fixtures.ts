import { DEFAULT_ROLES, LIVE_PLAN_ID, ROLE_IDS, type Membership, type Plan, type Team } from '../../../shared/model';

export const AT = '2026-10-01T09:00:00.000Z';
export const DRAFT_ID = 'plan:draft-a';
let sequence = 0;

const fields = (id: string) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null });

export function team(id: string, name: string, planId: string = LIVE_PLAN_ID, derivedFromTeamIds?: string[]): Team {
  return { ...fields(id), planId, name, mission: '', services: [], championId: null, ...(derivedFromTeamIds ? { derivedFromTeamIds } : {}) };
}

export function member(teamId: string, personId: string | null, roleId: string = ROLE_IDS.developer, allocation = 100, planId: string = LIVE_PLAN_ID): Membership {
  sequence += 1;
  return { ...fields(`m:${sequence}`), planId, teamId, personId, roleId, allocation };
}

export function gone<T extends { deletedAt: string | null }>(record: T): T {
  return { ...record, deletedAt: AT };
}

export function plan(id: string, kind: Plan['kind'], name: string, basedOnPlanId: string | null = null): Plan {
  return { ...fields(id), name, kind, description: '', basedOnPlanId };
}

export const people = ['ana', 'ben', 'cy', 'dee', 'eli', 'fay'].map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), deletedAt: null }));
export const roles = DEFAULT_ROLES.map((r) => ({ id: r.id, name: r.name }));

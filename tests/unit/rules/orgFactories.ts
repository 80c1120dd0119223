import { DEFAULT_DEPARTMENTS, DEFAULT_SETTINGS, Department, LIVE_PLAN_ID, Person, Team } from '../../../shared/model';
import type { PlanHealthInput } from '../../../shared/rules';
import { defaultRoles } from './factories';

const CREATED = '2026-10-01T09:00:00.000Z';
const alive = { createdAt: CREATED, updatedAt: CREATED, deletedAt: null, updatedBy: null };

/** A team of the live plan whose id is `team:<key>`, e.g. team('payments', 'Payments'). */
export function team(key: string, name: string, fields: Partial<Team> = {}): Team {
  return Team.parse({ ...alive, id: `team:${key}`, planId: LIVE_PLAN_ID, name, mission: '', services: [], championId: null, ...fields });
}

/** A person whose id is `person:<key>`, by default in Engineering. */
export function person(key: string, name: string, fields: Partial<Person> = {}): Person {
  return Person.parse({ ...alive, id: `person:${key}`, name, email: null, title: '', departmentId: 'department:engineering', ...fields });
}

/** The built-in departments: Engineering, IT Operations, Security and Product are technology; the rest business. */
export function defaultDepartments(): Department[] {
  return DEFAULT_DEPARTMENTS.map((d) => Department.parse({ ...alive, ...d }));
}

/** A plan with the default roles, departments and size limits and nothing else, to be filled in. */
export function emptyPlan(fields: Partial<PlanHealthInput> = {}): PlanHealthInput {
  return {
    teams: [],
    memberships: [],
    people: [],
    departments: defaultDepartments(),
    roles: defaultRoles(),
    settings: { sizeLimits: DEFAULT_SETTINGS.sizeLimits },
    ...fields,
  };
}

import { z } from 'zod';
import { DateOnly, Id, optionalText, recordFieldMask, recordFields, requiredText } from './common';
import { TeamType } from './design';

export const DepartmentKind = z.enum(['technology', 'business'], {
  message: 'department kind must be "technology" or "business"',
});
export type DepartmentKind = z.infer<typeof DepartmentKind>;

export const Department = z.strictObject({
  ...recordFields,
  name: requiredText('Department name', 80),
  kind: DepartmentKind,
});
export type Department = z.infer<typeof Department>;

/**
 * The organisation's own id for a person (HR number), used to match people across imports and
 * merges. Optional; trimmed; an empty text means "none" and is stored as null. Unique among live people.
 */
export const EmployeeId = z
  .string({ message: 'employee ID must be text' })
  .trim()
  .max(64, 'employee ID must be at most 64 characters')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

/** How employee IDs are compared for uniqueness: Unicode-normalised, trimmed, case-insensitive ("e-1" is "E-1"). */
export function employeeIdKey(employeeId: string): string {
  return employeeId.normalize('NFC').trim().toLowerCase();
}

export const Person = z.strictObject({
  ...recordFields,
  name: requiredText('Name', 120),
  email: z
    .union([z.literal(''), z.email({ message: 'email is not valid' }).max(254, 'email must be at most 254 characters')])
    .nullable(),
  title: optionalText('Title', 120),
  departmentId: Id.nullable(),
  employeeId: EmployeeId,
});
export type Person = z.infer<typeof Person>;

const roleFields = {
  name: requiredText('Role name', 80),
  description: optionalText('Role description', 400),
  /** A required role must be covered on every team (at least minPerTeam holders). */
  required: z.boolean(),
  minPerTeam: z.number().int('minimum per team must be a whole number').min(0, 'minimum per team cannot be negative').max(50, 'minimum per team must be at most 50'),
  /** null: no upper limit. */
  maxPerTeam: z.number().int('maximum per team must be a whole number').min(1, 'maximum per team must be at least 1').max(50, 'maximum per team must be at most 50').nullable(),
  sortOrder: z.number().int(),
};

function minNotAboveMax(role: { minPerTeam: number; maxPerTeam: number | null }): boolean {
  return role.maxPerTeam === null || role.maxPerTeam >= role.minPerTeam;
}

const maxBelowMin = { message: 'maximum per team must not be below the minimum', path: ['maxPerTeam'] };

export const Role = z.strictObject({ ...recordFields, ...roleFields }).refine(minNotAboveMax, maxBelowMin);
export type Role = z.infer<typeof Role>;
export const NewRole = z
  .strictObject({ ...roleFields, description: roleFields.description.optional().default('') })
  .refine(minNotAboveMax, maxBelowMin);
export type NewRole = z.input<typeof NewRole>;

/** live: the organisation now; draft: a scenario; archived: how the organisation was (effectiveFrom–effectiveTo). */
export const PlanKind = z.enum(['live', 'draft', 'archived']);
export type PlanKind = z.infer<typeof PlanKind>;

/** The live organisation is one plan; drafts (scenarios) are others. */
export const Plan = z.strictObject({
  ...recordFields,
  name: requiredText('Plan name', 80),
  kind: PlanKind,
  description: optionalText('Plan description', 400),
  basedOnPlanId: Id.nullable(),
  /** For an archived plan: the days it was the live organisation (null or absent when unknown). */
  effectiveFrom: DateOnly.nullable().optional(),
  effectiveTo: DateOnly.nullable().optional(),
});
export type Plan = z.infer<typeof Plan>;

export const Team = z.strictObject({
  ...recordFields,
  planId: Id,
  name: requiredText('Team name', 80),
  mission: optionalText('Mission', 400),
  /** The services or products this team owns (format 4: a list; before, one `service` text). */
  services: z.array(requiredText('Service', 120)).max(50, 'a team owns at most 50 services'),
  /** Team Topologies type; null or absent: none (checked against the Default principle set). */
  type: TeamType.nullable().optional(),
  /** The team of teams (tribe, value stream, domain) this team belongs to, of the same plan. */
  groupId: Id.nullable().optional(),
  /** Optional executive champion (a person of the directory). */
  championId: Id.nullable(),
  /** Lineage: the teams this one was split from or merged out of (e.g. by a scenario). */
  derivedFromTeamIds: z.array(Id).max(20, 'a team derives from at most 20 teams').optional(),
  /** "How to work with us" on the team's Team API page: channels, rhythms, how to ask; absent: not written yet. */
  workingWithUs: optionalText('How to work with us', 1000).optional(),
});
export type Team = z.infer<typeof Team>;

export const Allocation = z
  .number({ message: 'allocation must be a number' })
  .int('allocation must be a whole percentage')
  .min(1, 'allocation must be at least 1%')
  .max(100, 'allocation must be at most 100%');

/** What a vacancy (a membership without a person) is called wherever people are listed. */
export const VACANCY_NAME = 'To hire';

export const Membership = z.strictObject({
  ...recordFields,
  planId: Id,
  teamId: Id,
  /** null: a vacancy, an open role with its planned allocation (a person still "to hire"). */
  personId: Id.nullable(),
  roleId: Id,
  /** Share of the person's time on this team, 1–100 %. */
  allocation: Allocation,
});
export type Membership = z.infer<typeof Membership>;

export const NewDepartment = Department.omit(recordFieldMask);
export type NewDepartment = z.input<typeof NewDepartment>;
export const NewPerson = Person.omit(recordFieldMask).extend({
  email: Person.shape.email.optional().default(null),
  title: Person.shape.title.optional().default(''),
  departmentId: Id.nullable().optional().default(null),
});
export type NewPerson = z.input<typeof NewPerson>;
export const NewTeam = Team.omit(recordFieldMask).extend({
  mission: Team.shape.mission.optional().default(''),
  services: Team.shape.services.optional().default([]),
  championId: Id.nullable().optional().default(null),
});
export type NewTeam = z.input<typeof NewTeam>;
export const NewMembership = Membership.omit(recordFieldMask);
export type NewMembership = z.input<typeof NewMembership>;
export const NewPlan = Plan.omit(recordFieldMask).extend({
  description: Plan.shape.description.optional().default(''),
  basedOnPlanId: Id.nullable().optional().default(null),
});
export type NewPlan = z.input<typeof NewPlan>;

import { z } from 'zod';
import { DateOnly, Id, optionalText, recordFieldMask, recordFields, requiredText } from './common';
import { SizeLimits } from './settings';

/**
 * Organisation design vocabulary (issue 20): Team Topologies' team types and interaction modes,
 * principle sets (the rules a team of a type is checked against), teams of teams (groups) and the
 * dependency register. Groups, interactions and dependencies belong to a plan, like teams.
 */
export const TEAM_TYPES = ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem'] as const;
export const TeamType = z.enum(TEAM_TYPES, {
  message: 'team type must be stream-aligned, platform, enabling or complicated-subsystem',
});
export type TeamType = z.infer<typeof TeamType>;

/** The principle set of teams without a type; its size limits and role requirements are Settings' own. */
export const DEFAULT_PRINCIPLE_KEY = 'default';
export const PrincipleSetKey = z.enum([DEFAULT_PRINCIPLE_KEY, ...TEAM_TYPES], {
  message: 'a principle set is for default, stream-aligned, platform, enabling or complicated-subsystem teams',
});
export type PrincipleSetKey = z.infer<typeof PrincipleSetKey>;

export function principleSetId(key: PrincipleSetKey): string {
  return `principles:${key}`;
}

const whole = (label: string, max: number) =>
  z.number({ message: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`).max(max, `${label} must be at most ${max}`);

export const RoleRule = z
  .strictObject({
    roleId: Id,
    min: whole('the minimum of a role', 50),
    /** null: no upper limit. */
    max: whole('the maximum of a role', 50).nullable(),
  })
  .refine((r) => r.max === null || r.max >= r.min, { message: 'the maximum of a role must not be below its minimum', path: ['max'] });
export type RoleRule = z.infer<typeof RoleRule>;

const principleFields = {
  key: PrincipleSetKey,
  /** Headcount and FTE limits; null on the Default set, whose limits are Settings' two-pizza limits. */
  size: SizeLimits.nullable(),
  /** Roles the type requires or caps (min ≥ 1: required); null on the Default set, which uses the roles' own requirements. */
  roles: z
    .array(RoleRule)
    .max(100, 'a principle set lists at most 100 roles')
    .refine((rules) => new Set(rules.map((r) => r.roleId)).size === rules.length, 'a role is listed at most once in a principle set')
    .nullable(),
  /** Share of members from business departments, 0–1; null: not checked. */
  minBusinessShare: z.number({ message: 'the minimum business share must be a number' }).min(0, 'the minimum business share is at least 0 %').max(1, 'the minimum business share is at most 100 %').nullable(),
  /** How many teams of the plan one member may sit on; null: not checked. */
  maxTeamsPerPerson: whole('the maximum teams per person', 20).nullable(),
  /** How many services the team may own; null: not checked. */
  maxServices: whole('the maximum services owned', 50).nullable(),
  /** Objectives of the period per FTE (a cognitive-load proxy); null: not checked. */
  maxObjectivesPerFte: z.number({ message: 'the maximum objectives per FTE must be a number' }).min(0, 'the maximum objectives per FTE cannot be negative').max(20, 'the maximum objectives per FTE is at most 20').nullable(),
};

export const PrincipleSet = z.strictObject({ ...recordFields, ...principleFields });
export type PrincipleSet = z.infer<typeof PrincipleSet>;
export const PrincipleSetFields = z.strictObject(principleFields);
export type PrincipleSetFields = z.infer<typeof PrincipleSetFields>;

export const GROUP_LIMIT_DEFAULTS = { maxPeople: 150, maxTeams: 8 } as const;

/** A team of teams: a tribe, value stream or domain (the user names the level). */
export const TeamGroup = z.strictObject({
  ...recordFields,
  planId: Id,
  name: requiredText('Group name', 80),
  /** What this organisation calls the level: "Tribe", "Value stream", "Domain" … */
  level: requiredText('Group level', 40),
  maxPeople: z.number().int('the people limit must be a whole number').min(1, 'the people limit is at least 1').max(10000, 'the people limit is at most 10,000'),
  maxTeams: z.number().int('the team limit must be a whole number').min(1, 'the team limit is at least 1').max(500, 'the team limit is at most 500'),
});
export type TeamGroup = z.infer<typeof TeamGroup>;
export const NewTeamGroup = TeamGroup.omit(recordFieldMask).extend({
  level: TeamGroup.shape.level.optional().default('Tribe'),
  maxPeople: TeamGroup.shape.maxPeople.optional().default(GROUP_LIMIT_DEFAULTS.maxPeople),
  maxTeams: TeamGroup.shape.maxTeams.optional().default(GROUP_LIMIT_DEFAULTS.maxTeams),
});
export type NewTeamGroup = z.input<typeof NewTeamGroup>;

export const INTERACTION_MODES = ['collaboration', 'x-as-a-service', 'facilitating'] as const;
export const InteractionMode = z.enum(INTERACTION_MODES, { message: 'mode must be collaboration, x-as-a-service or facilitating' });
export type InteractionMode = z.infer<typeof InteractionMode>;

const interactionFields = {
  planId: Id,
  /** The team that provides (or facilitates); for collaboration either side. */
  providerTeamId: Id,
  consumerTeamId: Id,
  mode: InteractionMode,
  purpose: optionalText('Purpose', 400),
  start: DateOnly,
  /** Expected end; null: open-ended. */
  end: DateOnly.nullable(),
};
const notWithItself = (i: { providerTeamId: string; consumerTeamId: string }) => i.providerTeamId !== i.consumerTeamId;
const withItself = { message: 'a team cannot interact with itself: pick two different teams', path: ['consumerTeamId'] };
const endNotBeforeStart = (i: { start: string; end: string | null }) => i.end === null || i.end >= i.start;
const endBeforeStart = { message: 'the expected end must be on or after the start date', path: ['end'] };

export const Interaction = z.strictObject({ ...recordFields, ...interactionFields }).refine(notWithItself, withItself).refine(endNotBeforeStart, endBeforeStart);
export type Interaction = z.infer<typeof Interaction>;
export const NewInteraction = z
  .strictObject({ ...interactionFields, purpose: interactionFields.purpose.optional().default(''), end: interactionFields.end.optional().default(null) })
  .refine(notWithItself, withItself)
  .refine(endNotBeforeStart, endBeforeStart);
export type NewInteraction = z.input<typeof NewInteraction>;

export const DEPENDENCY_STATES = ['blocking', 'slowing', 'fine'] as const;
export const DependencyState = z.enum(DEPENDENCY_STATES, { message: 'a dependency is blocking, slowing or fine' });
export type DependencyState = z.infer<typeof DependencyState>;

const dependencyFields = {
  planId: Id,
  dependentTeamId: Id,
  dependsOnTeamId: Id,
  state: DependencyState,
  /** Since when the dependency is in this state. */
  since: DateOnly,
  note: optionalText('Note', 400),
};
const notOnItself = (d: { dependentTeamId: string; dependsOnTeamId: string }) => d.dependentTeamId !== d.dependsOnTeamId;
const onItself = { message: 'a team cannot depend on itself: pick two different teams', path: ['dependsOnTeamId'] };

export const Dependency = z.strictObject({ ...recordFields, ...dependencyFields }).refine(notOnItself, onItself);
export type Dependency = z.infer<typeof Dependency>;
export const NewDependency = z.strictObject({ ...dependencyFields, note: dependencyFields.note.optional().default('') }).refine(notOnItself, onItself);
export type NewDependency = z.input<typeof NewDependency>;

/** A collaboration longer than this (days) is flagged, unless Settings says otherwise: one quarter. */
export const DEFAULT_COLLABORATION_MAX_DAYS = 91;

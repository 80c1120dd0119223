import { z } from 'zod';
import { DateOnly, Id, optionalText, recordFieldMask, recordFields, requiredText } from './common';

export const PeriodKind = z.enum(['quarter', 'custom']);
export type PeriodKind = z.infer<typeof PeriodKind>;

const periodFields = {
  name: requiredText('Period name', 60),
  kind: PeriodKind,
  start: DateOnly,
  end: DateOnly,
};
const endNotBeforeStart = (p: { start: string; end: string }) => p.end >= p.start;
const endBeforeStart = { message: 'the period must end on or after its start date', path: ['end'] };

/** Quarters are generated (ids such as `period:2026-Q4`); custom ranges are stored. */
export const Period = z.strictObject({ ...recordFields, ...periodFields }).refine(endNotBeforeStart, endBeforeStart);
export type Period = z.infer<typeof Period>;
export const NewPeriod = z.strictObject(periodFields).refine(endNotBeforeStart, endBeforeStart);
export type NewPeriod = z.input<typeof NewPeriod>;

export const ObjectiveKind = z.enum(['committed', 'aspirational']);
export type ObjectiveKind = z.infer<typeof ObjectiveKind>;

const ownerTeamIds = z
  .array(Id)
  .min(1, 'an objective needs at least one owner team')
  .max(50, 'an objective can have at most 50 owner teams')
  .refine((ids) => new Set(ids).size === ids.length, 'owner teams must not repeat');

export const Score = z.strictObject({
  value: z.number().min(0, 'a score is at least 0.0').max(1, 'a score is at most 1.0'),
  reason: optionalText('Score reason', 400),
});
export type Score = z.infer<typeof Score>;

export const Objective = z.strictObject({
  ...recordFields,
  title: requiredText('Objective title', 200),
  description: optionalText('Description', 2000),
  periodId: Id,
  /** One or more teams of the live plan: a shared objective is owned by all of them together. */
  ownerTeamIds,
  /** Alignment: the objective this one contributes to. */
  parentId: Id.nullable(),
  kind: ObjectiveKind,
  /** Final score when the period is closed; null while open. */
  score: Score.nullable(),
});
export type Objective = z.infer<typeof Objective>;
export const NewObjective = Objective.omit(recordFieldMask).extend({
  description: Objective.shape.description.optional().default(''),
  parentId: Id.nullable().optional().default(null),
  kind: ObjectiveKind.optional().default('committed'),
  score: Score.nullable().optional().default(null),
});
export type NewObjective = z.input<typeof NewObjective>;

export const MetricKind = z.enum(['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone'], {
  message: 'metric must be one of: increase, decrease, stayAbove, stayBelow, milestone',
});
export type MetricKind = z.infer<typeof MetricKind>;

export const METRIC_LABELS: Record<MetricKind, string> = {
  increase: 'Increase to',
  decrease: 'Decrease to',
  stayAbove: 'Stay above',
  stayBelow: 'Stay below',
  milestone: 'Milestone',
};

const finite = (label: string) => z.number({ message: `${label} must be a number` }).finite(`${label} must be a finite number`);

const keyResultFields = z.strictObject({
  ...recordFields,
  objectiveId: Id,
  title: requiredText('Key result title', 200),
  metric: MetricKind,
  /**
   * Baseline at the start of the period (milestones: 0); null when unknown, and then progress
   * counts from the first check-in's value (see progressAt).
   */
  start: finite('start').nullable(),
  /** Target, or for stay above/below the line to hold (milestones: 1 = done). */
  target: finite('target'),
  unit: optionalText('Unit', 30),
  /** Relative weight in the objective's progress; null means equal weight. */
  weight: z.number().positive('weight must be greater than 0').max(1000).nullable(),
  /** The person who owns it; a key result is owned by a person or by a team, not both. */
  ownerId: Id.nullable(),
  /** The team that owns it, instead of a person. */
  ownerTeamId: Id.nullable().optional(),
  contributingTeamIds: z.array(Id).max(50),
  sortOrder: z.number().int(),
  score: Score.nullable(),
});

const oneOwner = (kr: { ownerId?: string | null; ownerTeamId?: string | null }) => !(kr.ownerId && kr.ownerTeamId);
const twoOwners = {
  message: 'a key result is owned by a person or by a team, not both: clear the owner or the owner team',
  path: ['ownerTeamId'],
};

export const KeyResult = keyResultFields.refine(oneOwner, twoOwners);
export type KeyResult = z.infer<typeof KeyResult>;
export const NewKeyResult = keyResultFields
  .omit(recordFieldMask)
  .extend({
    unit: keyResultFields.shape.unit.optional().default(''),
    weight: keyResultFields.shape.weight.optional().default(null),
    ownerId: Id.nullable().optional().default(null),
    contributingTeamIds: keyResultFields.shape.contributingTeamIds.optional().default([]),
    sortOrder: z.number().int().optional().default(0),
    score: Score.nullable().optional().default(null),
  })
  .refine(oneOwner, twoOwners);
export type NewKeyResult = z.input<typeof NewKeyResult>;

export const Confidence = z
  .number({ message: 'confidence must be a number' })
  .int('confidence must be a whole number from 0 to 10')
  .min(0, 'confidence must be at least 0')
  .max(10, 'confidence must be at most 10');

/**
 * Append-only: a check-in is never edited; a correction is a new check-in with `correctsId`, and a
 * check-in corrected by a live one no longer counts (see currentCheckIns).
 */
export const CheckIn = z.strictObject({
  ...recordFields,
  keyResultId: Id,
  date: DateOnly,
  value: finite('value'),
  confidence: Confidence,
  note: optionalText('Note', 2000),
  authorId: Id.nullable(),
  /** A correction: the check-in (of the same key result) whose value this one replaces. */
  correctsId: Id.nullable().optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;
export const NewCheckIn = CheckIn.omit(recordFieldMask).extend({
  note: CheckIn.shape.note.optional().default(''),
  authorId: Id.nullable().optional().default(null),
});
export type NewCheckIn = z.input<typeof NewCheckIn>;

import { z } from 'zod';
import { recordFields } from './common';

const headcount = z.number().int('limits are whole numbers of people').min(0).max(100);

export const SizeLimits = z
  .strictObject({
    /** Warn when the team has more than this many people (or FTE). */
    warnAbove: headcount,
    /** Fail when the team has more than this many people (or FTE): the two-pizza limit. */
    failAbove: headcount,
    /** Warn when the team has fewer than this many people (or FTE). */
    warnBelow: headcount,
  })
  .refine((l) => l.failAbove >= l.warnAbove, { message: 'the fail limit must not be below the warn limit', path: ['failAbove'] })
  .refine((l) => l.warnBelow <= l.warnAbove, { message: 'the lower limit must not be above the warn limit', path: ['warnBelow'] });
export type SizeLimits = z.infer<typeof SizeLimits>;

export const StatusThresholds = z
  .strictObject({
    /** On track when progress ≥ this share of expected progress. */
    onTrack: z.number().min(0).max(1),
    /** At risk when progress ≥ this share of expected progress (and below on track). */
    atRisk: z.number().min(0).max(1),
  })
  .refine((t) => t.atRisk <= t.onTrack, { message: 'the at-risk threshold must not be above the on-track threshold', path: ['atRisk'] });
export type StatusThresholds = z.infer<typeof StatusThresholds>;

export const SETTINGS_ID = 'settings';

export const Settings = z.strictObject({
  ...recordFields,
  id: z.literal(SETTINGS_ID),
  sizeLimits: SizeLimits,
  /** A key result with no check-in for more than this many days is stale. */
  staleAfterDays: z.number().int().min(1, 'stale after must be at least 1 day').max(365, 'stale after must be at most 365 days'),
  statusThresholds: StatusThresholds,
  /** Allocation % proposed when someone joins a team. */
  defaultAllocation: z.number().int().min(1).max(100),
  /** A key result is due for a check-in when it has none within this many days (default 7; see okrPreferences). */
  checkInCadenceDays: z.number().int().min(1, 'the check-in cadence is at least 1 day').max(90, 'the check-in cadence is at most 90 days').optional(),
  /** Check-ins may be dated up to this many days after their period ends (default 14). */
  checkInGraceDays: z.number().int().min(0, 'the grace window is at least 0 days').max(90, 'the grace window is at most 90 days').optional(),
  /** The month (1–12) the fiscal year starts in, so "FY27 Q1" names a period (default 1: January). */
  fiscalYearStartMonth: z.number().int().min(1, 'the fiscal year starts in month 1 to 12').max(12, 'the fiscal year starts in month 1 to 12').optional(),
  /** The score an objective needs to count as achieved: committed (default 1.0) and aspirational (default 0.7). */
  achievementThresholds: z
    .strictObject({ committed: z.number().min(0).max(1), aspirational: z.number().min(0).max(1) })
    .optional(),
  /**
   * Title → role synonyms ("Scrum master" → Project manager) for imports and the default role of
   * someone joining a team. Absent: the built-in table (shared/import/roleSynonyms.ts).
   */
  /** A collaboration interaction lasting longer than this many days is flagged (default 91: one quarter). */
  collaborationMaxDays: z.number().int().min(7, 'a collaboration may last at least 7 days').max(730, 'a collaboration may last at most 730 days').optional(),
  titleRoleSynonyms: z
    .array(z.strictObject({ title: z.string().trim().min(1).max(120), role: z.string().trim().min(1).max(80) }))
    .max(1000, 'at most 1,000 title synonyms')
    .optional(),
});
export type Settings = z.infer<typeof Settings>;

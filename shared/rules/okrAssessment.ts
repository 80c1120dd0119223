import { DEFAULT_SETTINGS, type CheckIn, type DateOnly, type KeyResult, type PeriodRange, type StatusThresholds } from '../model';
import { confidenceDisagreement } from './disagreement';
import { expectedProgress, periodHasEnded } from './expectedProgress';
import type { Finding } from './finding';
import { progressAt } from './keyResultProgress';
import { keyResultStatus, worstStatus, type KeyResultStatus, type StatusLabel } from './keyResultStatus';
import { objectiveStatus, objectiveStatusReason } from './objectiveStatus';
import { suggestedScore } from './scoring';
import { keyResultWeight } from './objectiveProgress';
import { daysWithoutCheckIn } from './staleness';
import { objectiveLabel, objectiveStaleCount, objectiveStaleness, objectiveStalenessNote, type ObjectiveStaleness } from './objectiveStaleness';

export interface OkrRuleSettings {
  staleAfterDays: number;
  statusThresholds: StatusThresholds;
}

type AssessedKeyResult = Pick<KeyResult, 'metric' | 'start' | 'target' | 'createdAt'> & Partial<Pick<KeyResult, 'score'>>;
type LatestCheckIn = Pick<CheckIn, 'date' | 'value' | 'confidence'>;

export interface KeyResultAssessment {
  progress: number;
  expected: number;
  status: KeyResultStatus;
  stale: boolean;
  daysWithoutCheckIn: number;
  /** What to show: the status, or "stale" which overrides the label (never the numbers). */
  label: StatusLabel;
  /** The latest check-in's value and confidence, when there is one. */
  value: number | undefined;
  confidence: number | undefined;
  disagreement: Finding | undefined;
  /** Once the period has ended: the score given, else the one suggested by its progress; undefined while it runs. */
  finalScore: number | undefined;
}

/**
 * The status once the period is over: what was reached, never "no recent check-in". A key result
 * at 100 % (or holding its line, or a milestone done) is done; anything else missed.
 */
function finalStatus(keyResult: AssessedKeyResult, progress: number, hasCheckIn: boolean): KeyResultStatus {
  if (!hasCheckIn) return 'missed';
  return progress >= 1 - 1e-9 || (keyResult.metric !== 'milestone' && (keyResult.score?.value ?? 0) >= 1) ? 'done' : 'missed';
}

let lastPace: { start: string; end: string; today: string; expected: number; ended: boolean } | undefined;

/** Expected progress and period end, computed once per period and day (a page asks for thousands). */
function paceOf(period: Pick<PeriodRange, 'start' | 'end'>, today: DateOnly): { expected: number; ended: boolean } {
  if (!lastPace || lastPace.start !== period.start || lastPace.end !== period.end || lastPace.today !== today) {
    lastPace = { start: period.start, end: period.end, today, expected: expectedProgress(period, today), ended: periodHasEnded(period, today) };
  }
  return lastPace;
}

/**
 * Everything the OKR screens say about one key result, from its latest check-in only
 * (see latestCheckIn), so a page reads one check-in per key result, not its whole history.
 * A key result with an unknown start (null) also needs `baseline`, its first check-in's value
 * (see earliestCheckIn).
 */
export function assessKeyResult(
  keyResult: AssessedKeyResult,
  latest: LatestCheckIn | undefined,
  period: Pick<PeriodRange, 'start' | 'end'>,
  settings: OkrRuleSettings,
  today: DateOnly,
  baseline?: number,
): KeyResultAssessment {
  const progress = progressAt(keyResult, latest?.value, baseline);
  const { expected, ended } = paceOf(period, today);
  const status = ended
    ? finalStatus(keyResult, progress, latest !== undefined)
    : keyResultStatus({ keyResult, progress, expected, confidence: latest?.confidence, periodEnded: ended, thresholds: settings.statusThresholds });
  const days = daysWithoutCheckIn({ lastCheckInDate: latest?.date, createdOn: keyResult.createdAt.slice(0, 10) }, period, today);
  const stale = status !== 'done' && status !== 'missed' && days > settings.staleAfterDays;
  return {
    progress,
    expected,
    status,
    stale,
    daysWithoutCheckIn: days,
    label: stale ? 'stale' : status,
    value: latest?.value,
    confidence: latest?.confidence,
    disagreement: ended ? undefined : confidenceDisagreement(status, latest?.confidence),
    finalScore: ended ? (keyResult.score?.value ?? suggestedScore(progress)) : undefined,
  };
}

export interface ObjectiveAssessment {
  /** Weight-weighted mean of its key results' progress; null without key results. */
  progress: number | null;
  /**
   * With the period's pace: its own progress against the expected pace (see objectiveStatus);
   * without: the worst status of its key results (see worstStatus). undefined without key results.
   */
  status: KeyResultStatus | undefined;
  /**
   * What to show (badge, bar colour, tables, PDFs): the status, or "stale" when every key result
   * still open is stale (see objectiveStaleness). Stale overrides the label, never the numbers.
   */
  label: StatusLabel | undefined;
  /** Why, in words: "1 of 3 key results at risk" (see objectiveStatusReason). */
  reason: string;
  /** How many of its key results are stale. */
  staleCount: number;
  staleness: ObjectiveStaleness;
  /** "2 of 4 key results stale"; empty when none is. */
  staleSummary: string;
  /** The staleness explained in a sentence or two (see objectiveStalenessNote); empty when none is stale. */
  staleNote: string;
  keyResultCount: number;
  disagreementCount: number;
}

export interface ObjectivePace {
  expected: number;
  periodEnded: boolean;
  thresholds: StatusThresholds;
  /** Settings' stale limit, for the words only (which key results are stale their assessments say); default 14. */
  staleAfterDays?: number;
}

/** An objective from its key results' assessments (each paired with the key result's weight). */
export function assessObjective(
  keyResults: readonly { keyResult: Pick<KeyResult, 'weight'>; assessment: KeyResultAssessment }[],
  pace?: ObjectivePace,
): ObjectiveAssessment {
  let weighted = 0;
  let totalWeight = 0;
  for (const { keyResult, assessment } of keyResults) {
    const weight = keyResultWeight(keyResult);
    weighted += weight * assessment.progress;
    totalWeight += weight;
  }
  const progress = keyResults.length === 0 ? null : weighted / totalWeight;
  const statuses = keyResults.map((k) => k.assessment.status);
  const status = pace ? objectiveStatus({ progress, expected: pace.expected, periodEnded: pace.periodEnded, thresholds: pace.thresholds, keyResultStatuses: statuses }) : worstStatus(statuses);
  const staleness = objectiveStaleness(keyResults.map((k) => k.assessment));
  return {
    progress,
    status,
    label: objectiveLabel(status, staleness),
    reason: objectiveStatusReason(statuses),
    staleCount: staleness.staleCount,
    staleness,
    staleSummary: objectiveStaleCount(staleness, keyResults.length),
    staleNote: objectiveStalenessNote(staleness, keyResults.length, pace?.staleAfterDays ?? DEFAULT_SETTINGS.staleAfterDays, status),
    keyResultCount: keyResults.length,
    disagreementCount: keyResults.filter((k) => k.assessment.disagreement).length,
  };
}

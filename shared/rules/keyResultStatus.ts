import type { KeyResult, StatusThresholds } from '../model';

/**
 * What the numbers say about a key result (see ARCHITECTURE.md, "Status"):
 * - onTrack / atRisk / offTrack: progress against the expected pace (increase, decrease), the
 *   line held or not (stay above/below), or the owner's confidence (milestones, while open)
 * - done / missed: a milestone done at any time, or not done when its period has ended
 * - noCheckIn: nobody has checked in yet, so there is nothing to judge
 */
export type KeyResultStatus = 'onTrack' | 'atRisk' | 'offTrack' | 'done' | 'missed' | 'noCheckIn';

/** What a person sees: the status, unless the key result is stale, which overrides the label. */
export type StatusLabel = KeyResultStatus | 'stale';

export const STATUS_LABELS: Record<StatusLabel, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  done: 'Done',
  missed: 'Missed',
  noCheckIn: 'No check-in yet',
  stale: 'No recent check-in',
};

/** Milestone confidence bands (fixed, not settings): 7–10 on track, 4–6 at risk, 0–3 off track. */
export const MILESTONE_ON_TRACK_CONFIDENCE = 7;
export const MILESTONE_AT_RISK_CONFIDENCE = 4;

/** Floating-point slack so 0.45 of an expected 0.5 counts as exactly 90 %. */
const EPSILON = 1e-9;

/** Progress against the expected pace: ≥ onTrack × expected on track, ≥ atRisk × expected at risk. */
export function paceStatus(progress: number, expected: number, thresholds: StatusThresholds): 'onTrack' | 'atRisk' | 'offTrack' {
  if (progress + EPSILON >= thresholds.onTrack * expected) return 'onTrack';
  if (progress + EPSILON >= thresholds.atRisk * expected) return 'atRisk';
  return 'offTrack';
}

/** A milestone is judged by its owner's latest confidence until done, or until the period ends. */
export function milestoneStatus(done: boolean, confidence: number, periodEnded: boolean): KeyResultStatus {
  if (done) return 'done';
  if (periodEnded) return 'missed';
  if (confidence >= MILESTONE_ON_TRACK_CONFIDENCE) return 'onTrack';
  if (confidence >= MILESTONE_AT_RISK_CONFIDENCE) return 'atRisk';
  return 'offTrack';
}

export interface StatusInput {
  keyResult: Pick<KeyResult, 'metric'>;
  /** Progress 0–1 from the latest check-in (see progressAt). */
  progress: number;
  /** Expected progress 0–1 at today (see expectedProgress). */
  expected: number;
  /** Confidence of the latest check-in; undefined when there is no check-in yet. */
  confidence: number | undefined;
  periodEnded: boolean;
  thresholds: StatusThresholds;
}

export function keyResultStatus({ keyResult, progress, expected, confidence, periodEnded, thresholds }: StatusInput): KeyResultStatus {
  if (keyResult.metric === 'milestone') {
    if (confidence === undefined) return periodEnded ? 'missed' : 'noCheckIn';
    return milestoneStatus(progress >= 1, confidence, periodEnded);
  }
  if (confidence === undefined) return 'noCheckIn';
  if (keyResult.metric === 'stayAbove' || keyResult.metric === 'stayBelow') return progress >= 1 ? 'onTrack' : 'offTrack';
  return paceStatus(progress, expected, thresholds);
}

const SEVERITY: Record<KeyResultStatus, number> = { noCheckIn: 0, done: 1, onTrack: 1, atRisk: 2, offTrack: 3, missed: 4 };

/**
 * The status of several key results taken together (an objective's): the worst of them, so one
 * off-track key result is never averaged away. Done only when all are done (otherwise a done key
 * result counts as on track); key results without a check-in count only when none has one.
 * undefined for an empty list.
 */
export function worstStatus(statuses: readonly KeyResultStatus[]): KeyResultStatus | undefined {
  if (statuses.length === 0) return undefined;
  if (statuses.every((status) => status === 'done')) return 'done';
  let worst: KeyResultStatus = 'noCheckIn';
  for (const status of statuses) {
    const counted = status === 'done' ? 'onTrack' : status;
    if (SEVERITY[counted] > SEVERITY[worst]) worst = counted;
  }
  return worst;
}

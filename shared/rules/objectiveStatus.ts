import type { StatusThresholds } from '../model';
import { paceStatus, type KeyResultStatus } from './keyResultStatus';

export interface ObjectiveStatusInput {
  /** Weight-weighted progress of its key results, 0–1; null without key results. */
  progress: number | null;
  /** Expected progress 0–1 at today. */
  expected: number;
  periodEnded: boolean;
  thresholds: StatusThresholds;
  /** Each key result's own status. */
  keyResultStatuses: readonly KeyResultStatus[];
}

const ORDER: readonly KeyResultStatus[] = ['offTrack', 'missed', 'atRisk', 'noCheckIn', 'onTrack', 'done'];
const WORDS: Record<KeyResultStatus, string> = {
  offTrack: 'off track',
  missed: 'missed',
  atRisk: 'at risk',
  noCheckIn: 'without a check-in',
  onTrack: 'on track',
  done: 'done',
};

/**
 * An objective's status: the key-result pace rule applied to the objective's own progress against
 * the progress expected by today (so one lagging key result never hides that the whole is ahead).
 * No check-in on any key result: noCheckIn. Once the period has ended: done at 100 %, else missed.
 */
export function objectiveStatus({ progress, expected, periodEnded, thresholds, keyResultStatuses }: ObjectiveStatusInput): KeyResultStatus | undefined {
  if (progress === null || keyResultStatuses.length === 0) return undefined;
  if (periodEnded) return progress >= 1 - 1e-9 ? 'done' : 'missed';
  if (keyResultStatuses.every((status) => status === 'done')) return 'done';
  if (keyResultStatuses.every((status) => status === 'noCheckIn')) return 'noCheckIn';
  return paceStatus(progress, expected, thresholds);
}

/**
 * Why, in words: "1 of 3 key results at risk", "2 of 4 key results off track, 1 at risk",
 * "both key results on track", "all 3 key results on track". Empty for an objective without key results.
 */
export function objectiveStatusReason(keyResultStatuses: readonly KeyResultStatus[]): string {
  const total = keyResultStatuses.length;
  if (total === 0) return '';
  const counts = new Map<KeyResultStatus, number>();
  for (const status of keyResultStatuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  const present = ORDER.filter((status) => counts.has(status));
  const noun = total === 1 ? 'key result' : 'key results';
  if (present.length === 1) {
    const only = present[0]!;
    if (total === 1) return `its key result is ${WORDS[only]}`;
    return total === 2 ? `both key results ${WORDS[only]}` : `all ${total} ${noun} ${WORDS[only]}`;
  }
  const worrying = present.filter((status) => status !== 'onTrack' && status !== 'done');
  const shown = worrying.length > 0 ? worrying : present;
  const [first, ...rest] = shown;
  const parts = [`${counts.get(first!)} of ${total} ${noun} ${WORDS[first!]}`, ...rest.map((status) => `${counts.get(status)} ${WORDS[status]}`)];
  return parts.join(', ');
}

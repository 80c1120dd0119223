import type { CheckIn, KeyResult } from '../model';

type DatedCheckIn = Pick<CheckIn, 'id' | 'date' | 'createdAt' | 'deletedAt'>;

function isLater(a: DatedCheckIn, b: DatedCheckIn): boolean {
  if (a.date !== b.date) return a.date > b.date;
  // Timestamps may differ in precision ("…:00Z" vs "…:00.000Z"), so compare instants, not text.
  const created = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (created !== 0) return created > 0;
  return a.id > b.id; // ids are UUIDv7, so the later-made id wins a dead heat; deterministic either way
}

/**
 * The check-in that holds the current value: latest by date, ties broken by createdAt (then id).
 * Deleted check-ins are ignored. undefined when there is none.
 */
export function latestCheckIn<T extends DatedCheckIn>(checkIns: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const checkIn of checkIns) {
    if (checkIn.deletedAt !== null) continue;
    if (latest === undefined || isLater(checkIn, latest)) latest = checkIn;
  }
  return latest;
}

export type MeasuredKeyResult = Pick<KeyResult, 'metric' | 'start' | 'target'>;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Progress 0–1 of a key result whose current value is `value` (see ARCHITECTURE.md, "Progress").
 * `undefined` means no check-in yet, which is progress 0 for every metric: nothing is reported
 * as achieved before anyone has checked in, even a target equal to its start.
 */
export function progressAt(keyResult: MeasuredKeyResult, value: number | undefined): number {
  if (value === undefined) return 0;
  const { metric, start, target } = keyResult;
  switch (metric) {
    case 'increase':
    case 'decrease': {
      if (target === start) {
        const reached = metric === 'increase' ? value >= target : value <= target;
        return reached ? 1 : 0;
      }
      // One formula for both directions: the sign of (target − start) carries the direction.
      return clamp01((value - start) / (target - start));
    }
    case 'stayAbove':
      return value >= target ? 1 : 0;
    case 'stayBelow':
      return value <= target ? 1 : 0;
    case 'milestone':
      return value >= 1 ? 1 : 0;
  }
}

/**
 * Progress 0–1 of a key result from its check-ins (those of other key results and deleted ones
 * are ignored), using the latest check-in's value.
 */
export function keyResultProgress(
  keyResult: MeasuredKeyResult & Pick<KeyResult, 'id'>,
  checkIns: readonly Pick<CheckIn, 'id' | 'keyResultId' | 'date' | 'createdAt' | 'deletedAt' | 'value'>[],
): number {
  const latest = latestCheckIn(checkIns.filter((checkIn) => checkIn.keyResultId === keyResult.id));
  return progressAt(keyResult, latest?.value);
}

import type { CheckIn, KeyResult } from '../model';

type DatedCheckIn = Pick<CheckIn, 'id' | 'date' | 'createdAt' | 'deletedAt'> & Partial<Pick<CheckIn, 'correctsId'>>;

function isLater(a: DatedCheckIn, b: DatedCheckIn): boolean {
  if (a.date !== b.date) return a.date > b.date;
  // Timestamps may differ in precision ("…:00Z" vs "…:00.000Z"), so compare instants, not text.
  const created = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (created !== 0) return created > 0;
  return a.id > b.id; // ids are UUIDv7, so the later-made id wins a dead heat; deterministic either way
}

/**
 * The check-ins whose values count: alive ones that no alive check-in corrects. A correction is
 * a new check-in pointing at the one it corrects (`correctsId`); deleting the correction brings
 * the corrected value back. Pass a key result's whole history, or at least every correction of
 * the check-ins passed (a correction is never dated before the check-in it corrects).
 */
export function currentCheckIns<T extends DatedCheckIn>(checkIns: readonly T[]): T[] {
  const corrected = new Set<string>();
  for (const checkIn of checkIns) if (checkIn.deletedAt === null && checkIn.correctsId) corrected.add(checkIn.correctsId);
  return checkIns.filter((checkIn) => checkIn.deletedAt === null && !corrected.has(checkIn.id));
}

/**
 * The check-in that holds the current value: the latest uncorrected, alive check-in by date,
 * ties broken by createdAt (then id). undefined when there is none.
 */
export function latestCheckIn<T extends DatedCheckIn>(checkIns: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const checkIn of currentCheckIns(checkIns)) {
    if (latest === undefined || isLater(checkIn, latest)) latest = checkIn;
  }
  return latest;
}

/**
 * The first uncorrected, alive check-in (by date, then createdAt): its value is the baseline of a
 * key result whose start is unknown (null). undefined when there is none.
 */
export function earliestCheckIn<T extends DatedCheckIn>(checkIns: readonly T[]): T | undefined {
  let earliest: T | undefined;
  for (const checkIn of currentCheckIns(checkIns)) {
    if (earliest === undefined || isLater(earliest, checkIn)) earliest = checkIn;
  }
  return earliest;
}

export type MeasuredKeyResult = Pick<KeyResult, 'metric' | 'start' | 'target'>;

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Progress 0–1 of a key result whose current value is `value` (see ARCHITECTURE.md, "Progress").
 * `undefined` means no check-in yet, which is progress 0 for every metric: nothing is reported
 * as achieved before anyone has checked in, even a target equal to its start.
 * A key result with an unknown start (null) counts from `baseline`, the value of its first
 * check-in (see earliestCheckIn); without one, from `value` itself.
 */
export function progressAt(keyResult: MeasuredKeyResult, value: number | undefined, baseline?: number): number {
  if (value === undefined) return 0;
  const { metric, target } = keyResult;
  const start = keyResult.start ?? baseline ?? value;
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
 * Progress 0–1 of a key result from its check-ins (those of other key results, deleted and
 * corrected ones are ignored), using the latest check-in's value; with an unknown start, the
 * first check-in's value is the baseline.
 */
export function keyResultProgress(
  keyResult: MeasuredKeyResult & Pick<KeyResult, 'id'>,
  checkIns: readonly (Pick<CheckIn, 'id' | 'keyResultId' | 'date' | 'createdAt' | 'deletedAt' | 'value'> & Partial<Pick<CheckIn, 'correctsId'>>)[],
): number {
  const own = checkIns.filter((checkIn) => checkIn.keyResultId === keyResult.id);
  const baseline = keyResult.start === null ? earliestCheckIn(own)?.value : undefined;
  return progressAt(keyResult, latestCheckIn(own)?.value, baseline);
}

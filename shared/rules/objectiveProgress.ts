import type { CheckIn, KeyResult, Objective } from '../model';
import { keyResultProgress, type MeasuredKeyResult } from './keyResultProgress';

type WeightedKeyResult = MeasuredKeyResult & Pick<KeyResult, 'id' | 'objectiveId' | 'weight' | 'deletedAt'>;
type ProgressCheckIn = Pick<CheckIn, 'id' | 'keyResultId' | 'date' | 'createdAt' | 'deletedAt' | 'value'> & Partial<Pick<CheckIn, 'correctsId'>>;

/**
 * A key result's weight in its objective. No weight counts as 1, so when weights are mixed a
 * key result weighted 3 counts three times as much as one without a weight.
 */
export function keyResultWeight(keyResult: Pick<KeyResult, 'weight'>): number {
  return keyResult.weight ?? 1;
}

/**
 * Progress 0–1 of an objective: the weight-weighted mean of its alive key results' progress.
 * null when the objective has no key results yet — "nothing to measure" is not "0 % done".
 * Key results of other objectives and check-ins of other key results are ignored.
 */
export function objectiveProgress(
  objective: Pick<Objective, 'id'>,
  keyResults: readonly WeightedKeyResult[],
  checkIns: readonly ProgressCheckIn[],
): number | null {
  const own = keyResults.filter((kr) => kr.objectiveId === objective.id && kr.deletedAt === null);
  if (own.length === 0) return null;
  const checkInsByKeyResult = new Map<string, ProgressCheckIn[]>();
  for (const checkIn of checkIns) {
    const list = checkInsByKeyResult.get(checkIn.keyResultId) ?? [];
    list.push(checkIn);
    checkInsByKeyResult.set(checkIn.keyResultId, list);
  }
  let weighted = 0;
  let totalWeight = 0;
  for (const kr of own) {
    const weight = keyResultWeight(kr);
    weighted += weight * keyResultProgress(kr, checkInsByKeyResult.get(kr.id) ?? []);
    totalWeight += weight;
  }
  return weighted / totalWeight;
}

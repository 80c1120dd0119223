import type { MetricKind } from '../model';

/**
 * Whether start and target make sense for the metric; a message naming the fix, or undefined.
 * Target equal to start is allowed (e.g. "keep churn at 2 %": done once reached). An unknown
 * start (null: counted from the first check-in) cannot contradict the target, except for a milestone.
 */
export function keyResultTargetProblem(metric: MetricKind, start: number | null, target: number): string | undefined {
  if (start === null) {
    return metric === 'milestone' ? 'A milestone goes from 0 (not done) to 1 (done): leave start at 0 and target at 1.' : undefined;
  }
  if (metric === 'increase' && target < start) {
    return `An "increase to" key result needs a target at or above its start (${start}): raise the target, or choose "Decrease to".`;
  }
  if (metric === 'decrease' && target > start) {
    return `A "decrease to" key result needs a target at or below its start (${start}): lower the target, or choose "Increase to".`;
  }
  if (metric === 'milestone' && (start !== 0 || target !== 1)) {
    return 'A milestone goes from 0 (not done) to 1 (done): leave start at 0 and target at 1.';
  }
  return undefined;
}

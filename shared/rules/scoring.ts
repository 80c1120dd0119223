import type { KeyResult } from '../model';
import { keyResultWeight } from './objectiveProgress';

/** Scores are suggested in steps of 0.1 (0.0–1.0), the usual OKR grading scale. */
export function suggestedScore(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * 10) / 10;
}

/** A score that departs from the suggestion by 0.05 or more must say why. */
export function scoreNeedsReason(suggested: number, value: number): boolean {
  return Math.abs(value - suggested) >= 0.05 - 1e-9;
}

/** The message shown when a changed score has no reason; undefined when the score is acceptable. */
export function scoreReasonProblem(suggested: number, value: number, reason: string): string | undefined {
  if (!scoreNeedsReason(suggested, value) || reason.trim() !== '') return undefined;
  return `The score ${value.toFixed(1)} differs from the suggested ${suggested.toFixed(1)}: say why in the reason, or use the suggested score.`;
}

export interface ScoredKeyResult extends Pick<KeyResult, 'weight'> {
  /** The key result's score 0–1 (its own, or the suggestion when it has none). */
  score: number;
}

/**
 * An objective's score: the weight-weighted mean of its key results' scores, rounded to two
 * decimals (the same weighting as progress). null when it has no key results.
 */
export function objectiveScore(keyResults: readonly ScoredKeyResult[]): number | null {
  if (keyResults.length === 0) return null;
  let weighted = 0;
  let total = 0;
  for (const kr of keyResults) {
    const weight = keyResultWeight(kr);
    weighted += weight * kr.score;
    total += weight;
  }
  return Math.round((weighted / total) * 100) / 100;
}

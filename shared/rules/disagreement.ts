import type { Finding } from './finding';
import type { KeyResultStatus } from './keyResultStatus';

/** Confidence this high while off track, or this low while on track, is worth a conversation. */
export const CONFIDENT_FROM = 7;
export const DOUBTFUL_UP_TO = 3;

/**
 * Points out when the owner's confidence and the numbers disagree: confidence ≥ 7 while off
 * track, or ≤ 3 while on track. undefined when they agree or there is no confidence yet.
 */
export function confidenceDisagreement(status: KeyResultStatus, confidence: number | undefined): Finding | undefined {
  if (confidence === undefined) return undefined;
  if (status === 'offTrack' && confidence >= CONFIDENT_FROM) {
    return {
      id: 'okr-disagreement:confident-off-track',
      rule: 'okr-disagreement',
      severity: 'warn',
      title: 'Confident, but off track',
      explanation: `Confidence is ${confidence} of 10, yet the numbers say off track.`,
      fix: 'Ask the owner what they know that the numbers do not show yet, or correct the value with a new check-in.',
    };
  }
  if (status === 'onTrack' && confidence <= DOUBTFUL_UP_TO) {
    return {
      id: 'okr-disagreement:doubtful-on-track',
      rule: 'okr-disagreement',
      severity: 'warn',
      title: 'On track, but not confident',
      explanation: `Confidence is only ${confidence} of 10, yet the numbers say on track.`,
      fix: 'Ask the owner what worries them before it shows in the numbers.',
    };
  }
  return undefined;
}

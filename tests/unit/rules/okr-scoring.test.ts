import { describe, expect, it } from 'vitest';
import { objectiveScore, scoreNeedsReason, scoreReasonProblem, suggestedScore } from '../../../shared/rules';

describe('scoring a key result at period close', () => {
  it('suggests the progress, rounded to a tenth', () => {
    expect(suggestedScore(0.66)).toBe(0.7);
    expect(suggestedScore(0.64)).toBe(0.6);
    expect(suggestedScore(1)).toBe(1);
    expect(suggestedScore(0)).toBe(0);
  });

  it('keeps suggestions within 0.0–1.0', () => {
    expect(suggestedScore(1.3)).toBe(1);
    expect(suggestedScore(-0.2)).toBe(0);
  });

  it('accepts the suggested score without a reason', () => {
    expect(scoreNeedsReason(0.7, 0.7)).toBe(false);
    expect(scoreReasonProblem(0.7, 0.7, '')).toBeUndefined();
  });

  it('asks for a reason when the score departs from the suggestion', () => {
    expect(scoreNeedsReason(0.7, 0.5)).toBe(true);
    expect(scoreReasonProblem(0.7, 0.5, '  ')).toBe(
      'The score 0.5 differs from the suggested 0.7: say why in the reason, or use the suggested score.',
    );
    expect(scoreReasonProblem(0.7, 0.5, 'Target was set too low')).toBeUndefined();
  });
});

describe('scoring an objective', () => {
  it('is the mean of its key results’ scores when none has a weight', () => {
    expect(objectiveScore([{ weight: null, score: 0.4 }, { weight: null, score: 1 }])).toBe(0.7);
  });

  it('weighs key results by their weight', () => {
    expect(objectiveScore([{ weight: 3, score: 1 }, { weight: 1, score: 0 }])).toBe(0.75);
  });

  it('rounds to two decimals', () => {
    expect(objectiveScore([{ weight: null, score: 0.3 }, { weight: null, score: 0.4 }, { weight: null, score: 0.4 }])).toBe(0.37);
  });

  it('has no score without key results', () => {
    expect(objectiveScore([])).toBeNull();
  });
});

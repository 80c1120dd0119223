import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MetricKind } from '../../../shared/model';
import { keyResultStatus, milestoneStatus, paceStatus, worstStatus, type KeyResultStatus } from '../../../shared/rules';

const defaults = DEFAULT_SETTINGS.statusThresholds;

/** `confidence: null` stands for "no check-in yet". */
function status(metric: MetricKind, progress: number, expected: number, confidence: number | null = 5, periodEnded = false): KeyResultStatus {
  return keyResultStatus({ keyResult: { metric }, progress, expected, confidence: confidence ?? undefined, periodEnded, thresholds: defaults });
}

describe('status of increase and decrease key results: progress against expected pace', () => {
  it('is on track at exactly 90 % of the expected progress (default threshold)', () => {
    expect(paceStatus(0.45, 0.5, defaults)).toBe('onTrack');
  });

  it('is at risk just below 90 % and down to exactly 70 %', () => {
    expect(paceStatus(0.449, 0.5, defaults)).toBe('atRisk');
    expect(paceStatus(0.35, 0.5, defaults)).toBe('atRisk');
  });

  it('is off track below 70 % of the expected progress', () => {
    expect(paceStatus(0.349, 0.5, defaults)).toBe('offTrack');
  });

  it('is on track ahead of pace', () => {
    expect(paceStatus(0.8, 0.5, defaults)).toBe('onTrack');
  });

  it('is on track on the first day of the period, when nothing is expected yet', () => {
    expect(paceStatus(0, 0, defaults)).toBe('onTrack');
  });

  it('uses the thresholds from Settings', () => {
    const strict = { onTrack: 1, atRisk: 0.8 };
    expect(paceStatus(0.45, 0.5, strict)).toBe('atRisk');
    expect(paceStatus(0.39, 0.5, strict)).toBe('offTrack');
  });

  it('judges a decrease the same way, from its progress', () => {
    expect(status('decrease', 0.2, 0.5)).toBe('offTrack');
    expect(status('decrease', 0.5, 0.5)).toBe('onTrack');
  });

  it('says "no check-in yet" before the first check-in, whatever the pace', () => {
    expect(status('increase', 0, 0.5, null)).toBe('noCheckIn');
  });
});

describe('status of stay above and stay below key results: the line held or not', () => {
  it('is on track while the line holds, even late in the period', () => {
    expect(status('stayAbove', 1, 0.9)).toBe('onTrack');
    expect(status('stayBelow', 1, 0.2)).toBe('onTrack');
  });

  it('is off track as soon as the line is crossed, never merely at risk', () => {
    expect(status('stayAbove', 0, 0.1)).toBe('offTrack');
    expect(status('stayBelow', 0, 0.9)).toBe('offTrack');
  });
});

describe('status of milestones: the latest confidence until the period ends', () => {
  it.each([
    [10, 'onTrack'], [7, 'onTrack'], [6, 'atRisk'], [4, 'atRisk'], [3, 'offTrack'], [0, 'offTrack'],
  ] as const)('is %s of 10 confidence → %s', (confidence, expected) => {
    expect(milestoneStatus(false, confidence, false)).toBe(expected);
  });

  it('is done once done, at any time, whatever the confidence', () => {
    expect(status('milestone', 1, 0.3, 2)).toBe('done');
    expect(status('milestone', 1, 1, 9, true)).toBe('done');
  });

  it('is missed when the period ends without it being done, even with high confidence', () => {
    expect(status('milestone', 0, 1, 9, true)).toBe('missed');
    expect(status('milestone', 0, 1, null, true)).toBe('missed');
  });

  it('ignores the expected pace (a milestone has none)', () => {
    expect(status('milestone', 0, 0.95, 8)).toBe('onTrack');
  });
});

describe('status of an objective: the worst of its key results', () => {
  it('is off track when one key result is off track, however well the others do', () => {
    expect(worstStatus(['onTrack', 'onTrack', 'offTrack'])).toBe('offTrack');
  });

  it('is at risk when the worst is at risk', () => {
    expect(worstStatus(['onTrack', 'atRisk', 'done'])).toBe('atRisk');
  });

  it('is done only when every key result is done; otherwise done counts as on track', () => {
    expect(worstStatus(['done', 'done'])).toBe('done');
    expect(worstStatus(['done', 'onTrack'])).toBe('onTrack');
    expect(worstStatus(['done', 'noCheckIn'])).toBe('onTrack');
  });

  it('ignores key results without a check-in, unless none has one', () => {
    expect(worstStatus(['noCheckIn', 'onTrack'])).toBe('onTrack');
    expect(worstStatus(['noCheckIn', 'noCheckIn'])).toBe('noCheckIn');
  });

  it('has no status without key results', () => {
    expect(worstStatus([])).toBeUndefined();
  });
});

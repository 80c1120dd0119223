import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { assessKeyResult, assessObjective } from '../../../shared/rules';
import { keyResult } from './factories';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const TODAY = '2026-11-16'; // 46 of 91 days: about 51 % of the quarter expected

const portal = keyResult({ metric: 'increase', start: 20, target: 45, createdAt: '2026-10-01T09:00:00.000Z' });

describe('assessing a key result as the OKR screens show it', () => {
  it('is on track when ahead of the expected pace', () => {
    const result = assessKeyResult(portal, { date: '2026-11-14', value: 40, confidence: 8 }, Q4, DEFAULT_SETTINGS, TODAY);
    expect(result.status).toBe('onTrack');
    expect(result.label).toBe('onTrack');
    expect(result.expected).toBeCloseTo(46 / 91, 10);
  });

  it('shows "no recent check-in" instead of the status when stale, but keeps the numbers', () => {
    const result = assessKeyResult(portal, { date: '2026-10-20', value: 40, confidence: 8 }, Q4, DEFAULT_SETTINGS, TODAY);
    expect(result.stale).toBe(true);
    expect(result.label).toBe('stale');
    expect(result.status).toBe('onTrack');
    expect(result.progress).toBeCloseTo(0.8, 10);
    expect(result.daysWithoutCheckIn).toBe(27);
  });

  it('flags confidence 8 while off track', () => {
    const result = assessKeyResult(portal, { date: '2026-11-14', value: 21, confidence: 8 }, Q4, DEFAULT_SETTINGS, TODAY);
    expect(result.status).toBe('offTrack');
    expect(result.disagreement?.title).toBe('Confident, but off track');
  });

  it('uses the status thresholds and stale days from Settings', () => {
    const settings = { staleAfterDays: 30, statusThresholds: { onTrack: 0.5, atRisk: 0.2 } };
    const result = assessKeyResult(portal, { date: '2026-10-20', value: 27, confidence: 5 }, Q4, settings, TODAY);
    expect(result.stale).toBe(false);
    expect(result.status).toBe('onTrack');
  });

  it('does not call a done milestone stale: it needs no more check-ins', () => {
    const milestone = keyResult({ metric: 'milestone', start: 0, target: 1 });
    const result = assessKeyResult(milestone, { date: '2026-10-05', value: 1, confidence: 10 }, Q4, DEFAULT_SETTINGS, TODAY);
    expect(result.label).toBe('done');
  });

  it('summarises an objective: worst status, stale and disagreeing key results counted', () => {
    const onTrack = assessKeyResult(portal, { date: '2026-11-14', value: 40, confidence: 8 }, Q4, DEFAULT_SETTINGS, TODAY);
    const stale = assessKeyResult(portal, { date: '2026-10-20', value: 30, confidence: 9 }, Q4, DEFAULT_SETTINGS, TODAY);
    const result = assessObjective([
      { keyResult: portal, assessment: onTrack },
      { keyResult: portal, assessment: stale },
    ]);
    expect(result.status).toBe('atRisk');
    expect(result.staleCount).toBe(1);
    expect(result.keyResultCount).toBe(2);
    expect(result.disagreementCount).toBe(0);
  });
});

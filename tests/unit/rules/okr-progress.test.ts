import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MetricKind } from '../../../shared/model';
import { assessKeyResult, assessObjective, objectiveProgress } from '../../../shared/rules';
import { checkIn, keyResult } from './factories';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const TODAY = '2026-11-16';

function progressOf(metric: MetricKind, start: number, target: number, value: number | undefined): number {
  const latest = value === undefined ? undefined : { date: '2026-11-10', value, confidence: 5 };
  return assessKeyResult(keyResult({ metric, start, target }), latest, Q4, DEFAULT_SETTINGS, TODAY).progress;
}

describe('progress of a key result, for every metric kind', () => {
  it.each<[MetricKind, number, number, number, number]>([
    ['increase', 20, 45, 30, 0.4],
    ['increase', 20, 45, 45, 1],
    ['increase', 20, 45, 60, 1],
    ['increase', 20, 45, 10, 0],
    ['decrease', 48, 38, 43, 0.5],
    ['decrease', 48, 38, 30, 1],
    ['decrease', 48, 38, 50, 0],
    ['stayAbove', 4.1, 4.2, 4.3, 1],
    ['stayAbove', 4.1, 4.2, 4.1, 0],
    ['stayBelow', 12, 10, 9, 1],
    ['stayBelow', 12, 10, 11, 0],
    ['milestone', 0, 1, 0, 0],
    ['milestone', 0, 1, 1, 1],
  ])('%s from %d to %d at %d is %d', (metric, start, target, value, expected) => {
    expect(progressOf(metric, start, target, value)).toBeCloseTo(expected, 10);
  });

  it('handles a decreasing target below zero start values (−5 °C to −20 °C, now −12.5 °C: half way)', () => {
    expect(progressOf('decrease', -5, -20, -12.5)).toBeCloseTo(0.5, 10);
  });

  it('treats a target equal to its start as done once reached, in either direction', () => {
    expect(progressOf('increase', 2, 2, 2)).toBe(1);
    expect(progressOf('increase', 2, 2, 1.9)).toBe(0);
    expect(progressOf('decrease', 2, 2, 2)).toBe(1);
    expect(progressOf('decrease', 2, 2, 2.1)).toBe(0);
  });

  it('is 0 for every metric before the first check-in', () => {
    for (const metric of ['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone'] as const) {
      expect(progressOf(metric, 0, metric === 'decrease' ? -1 : 1, undefined)).toBe(0);
    }
  });
});

describe('progress of an objective: the weighted mean of its key results', () => {
  const at = (progress: number) => assessKeyResult(keyResult({ start: 0, target: 100 }), { date: '2026-11-10', value: progress * 100, confidence: 5 }, Q4, DEFAULT_SETTINGS, TODAY);

  it('is the plain mean when no key result has a weight', () => {
    const result = assessObjective([
      { keyResult: { weight: null }, assessment: at(0.2) },
      { keyResult: { weight: null }, assessment: at(0.6) },
    ]);
    expect(result.progress).toBeCloseTo(0.4, 10);
  });

  it('counts a key result weighted 3 three times as much as one without a weight', () => {
    const result = assessObjective([
      { keyResult: { weight: 3 }, assessment: at(1) },
      { keyResult: { weight: null }, assessment: at(0) },
    ]);
    expect(result.progress).toBeCloseTo(0.75, 10);
  });

  it('has no progress without key results ("nothing to measure" is not "0 % done")', () => {
    expect(assessObjective([]).progress).toBeNull();
  });

  it('agrees with objectiveProgress computed from the full check-in history', () => {
    const a = keyResult({ id: 'kr:a', objectiveId: 'o', start: 0, target: 10, weight: 2 });
    const b = keyResult({ id: 'kr:b', objectiveId: 'o', metric: 'decrease', start: 10, target: 0 });
    const checkIns = [
      checkIn({ keyResultId: 'kr:a', date: '2026-10-05', value: 2 }),
      checkIn({ keyResultId: 'kr:a', date: '2026-11-05', value: 6 }),
      checkIn({ keyResultId: 'kr:b', date: '2026-11-01', value: 7 }),
    ];
    const fromHistory = objectiveProgress({ id: 'o' }, [a, b], checkIns);
    const fromLatest = assessObjective([
      { keyResult: a, assessment: assessKeyResult(a, { date: '2026-11-05', value: 6, confidence: 5 }, Q4, DEFAULT_SETTINGS, TODAY) },
      { keyResult: b, assessment: assessKeyResult(b, { date: '2026-11-01', value: 7, confidence: 5 }, Q4, DEFAULT_SETTINGS, TODAY) },
    ]).progress;
    expect(fromLatest).toBeCloseTo(fromHistory!, 10);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import {
  assessKeyResult,
  currentCheckIns,
  earliestCheckIn,
  expectedValue,
  keyResultProgress,
  latestCheckIn,
  objectiveProgress,
  progressAt,
} from '../../../shared/rules';
import { checkIn, deleted, keyResult } from './factories';

const KR = 'key-result:renewals';
const Q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('check-in corrections', () => {
  const wrong = checkIn({ keyResultId: KR, date: '2026-11-10', value: 12, createdAt: '2026-11-10T09:00:00.000Z' });
  const correction = checkIn({ keyResultId: KR, date: '2026-11-10', value: 21, correctsId: wrong.id, createdAt: '2026-11-11T09:00:00.000Z' });

  it('makes the correction the current value, not the check-in it corrects', () => {
    expect(latestCheckIn([wrong, correction])).toBe(correction);
    expect(latestCheckIn([correction, wrong])).toBe(correction);
  });

  it('supersedes a corrected check-in even when the correction is dated earlier than a later one', () => {
    const later = checkIn({ keyResultId: KR, date: '2026-11-20', value: 30 });
    const fixLater = checkIn({ keyResultId: KR, date: '2026-11-20', value: 25, correctsId: later.id, createdAt: '2026-11-21T09:00:00.000Z' });
    expect(latestCheckIn([wrong, correction, later, fixLater])?.value).toBe(25);
  });

  it('brings the corrected value back when the correction is deleted', () => {
    expect(latestCheckIn([wrong, deleted(correction)])).toBe(wrong);
  });

  it('follows a correction of a correction', () => {
    const again = checkIn({ keyResultId: KR, date: '2026-11-10', value: 22, correctsId: correction.id, createdAt: '2026-11-12T09:00:00.000Z' });
    expect(currentCheckIns([wrong, correction, again])).toEqual([again]);
    expect(latestCheckIn([again, wrong, correction])?.value).toBe(22);
  });

  it('counts only live, uncorrected check-ins in progress', () => {
    const kr = keyResult({ id: KR, start: 0, target: 100 });
    expect(keyResultProgress(kr, [wrong, correction])).toBeCloseTo(0.21);
    expect(keyResultProgress(kr, [wrong])).toBeCloseTo(0.12);
  });

  it('has no current value when the only check-in is deleted', () => {
    expect(latestCheckIn([deleted(wrong)])).toBeUndefined();
  });
});

describe('a key result with an unknown start (start null)', () => {
  const kr = keyResult({ id: KR, start: null, target: 500 });

  it('is 0 % done before any check-in', () => {
    expect(progressAt(kr, undefined)).toBe(0);
    expect(keyResultProgress(kr, [])).toBe(0);
  });

  it('counts from the first check-in: one check-in is the baseline, so 0 % done', () => {
    expect(keyResultProgress(kr, [checkIn({ keyResultId: KR, date: '2026-10-05', value: 100 })])).toBe(0);
  });

  it('takes the earliest check-in’s value as the baseline, whatever the order of the list', () => {
    const first = checkIn({ keyResultId: KR, date: '2026-10-05', value: 100 });
    const now = checkIn({ keyResultId: KR, date: '2026-11-05', value: 300 });
    expect(earliestCheckIn([now, first])).toBe(first);
    expect(keyResultProgress(kr, [now, first])).toBeCloseTo(0.5);
    expect(progressAt(kr, 300, 100)).toBeCloseTo(0.5);
  });

  it('uses the corrected first value as the baseline', () => {
    const first = checkIn({ keyResultId: KR, date: '2026-10-05', value: 100 });
    const fixed = checkIn({ keyResultId: KR, date: '2026-10-05', value: 200, correctsId: first.id, createdAt: '2026-10-06T09:00:00.000Z' });
    const now = checkIn({ keyResultId: KR, date: '2026-11-05', value: 350 });
    expect(keyResultProgress(kr, [first, fixed, now])).toBeCloseTo(0.5);
  });

  it('works for decreasing key results too', () => {
    const down = keyResult({ id: KR, metric: 'decrease', start: null, target: 10 });
    expect(progressAt(down, 30, 50)).toBeCloseTo(0.5);
  });

  it('has no expected-pace line until there is a baseline', () => {
    expect(expectedValue(kr, Q4, '2026-11-15')).toBeUndefined();
    expect(expectedValue(kr, Q4, Q4.start, 100)).toBe(100);
    expect(expectedValue(kr, Q4, Q4.end, 100)).toBe(500);
  });

  it('is assessed against the baseline passed in', () => {
    const latest = { date: '2026-11-15', value: 300, confidence: 6 };
    expect(assessKeyResult(kr, latest, Q4, DEFAULT_SETTINGS, '2026-11-16', 100).progress).toBeCloseTo(0.5);
    expect(assessKeyResult(kr, latest, Q4, DEFAULT_SETTINGS, '2026-11-16').progress).toBe(0);
  });

  it('weighs in an objective’s progress like any key result', () => {
    const known = keyResult({ id: 'key-result:known', objectiveId: 'objective:growth', start: 0, target: 10 });
    const unknown = keyResult({ id: KR, objectiveId: 'objective:growth', start: null, target: 500 });
    const checkIns = [
      checkIn({ keyResultId: known.id, date: '2026-11-01', value: 10 }),
      checkIn({ keyResultId: KR, date: '2026-10-05', value: 100 }),
      checkIn({ keyResultId: KR, date: '2026-11-05', value: 300 }),
    ];
    expect(objectiveProgress({ id: 'objective:growth' }, [known, unknown], checkIns)).toBeCloseTo(0.75);
  });
});

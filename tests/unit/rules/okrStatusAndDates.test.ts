import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import {
  assessKeyResult, assessObjective, checkInDateProblem, checkInsDue, defaultCheckInDate, isDue, objectiveStatus, objectiveStatusReason, okrPreferences, quarterReview,
} from '../../../shared/rules';

const Q4 = { name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const thresholds = { onTrack: 0.9, atRisk: 0.7 };

describe('an objective\'s status explains itself', () => {
  it('is on track at 76 % past a pace mark of 51 %, even with one key result at risk, and says which', () => {
    expect(objectiveStatus({ progress: 0.76, expected: 0.51, periodEnded: false, thresholds, keyResultStatuses: ['onTrack', 'onTrack', 'atRisk'] })).toBe('onTrack');
    expect(objectiveStatusReason(['onTrack', 'onTrack', 'atRisk'])).toBe('1 of 3 key results at risk');
  });
  it('applies the key-result pace rule to the objective\'s own progress', () => {
    expect(objectiveStatus({ progress: 0.4, expected: 0.5, periodEnded: false, thresholds, keyResultStatuses: ['onTrack'] })).toBe('atRisk');
    expect(objectiveStatus({ progress: 0.2, expected: 0.5, periodEnded: false, thresholds, keyResultStatuses: ['onTrack'] })).toBe('offTrack');
    expect(objectiveStatus({ progress: 0, expected: 0.5, periodEnded: false, thresholds, keyResultStatuses: ['noCheckIn', 'noCheckIn'] })).toBe('noCheckIn');
    expect(objectiveStatus({ progress: null, expected: 0.5, periodEnded: false, thresholds, keyResultStatuses: [] })).toBeUndefined();
  });
  it('is done or missed once the period has ended', () => {
    expect(objectiveStatus({ progress: 1, expected: 1, periodEnded: true, thresholds, keyResultStatuses: ['done'] })).toBe('done');
    expect(objectiveStatus({ progress: 0.95, expected: 1, periodEnded: true, thresholds, keyResultStatuses: ['missed'] })).toBe('missed');
  });
  it('words the reason for several statuses, worst first', () => {
    expect(objectiveStatusReason(['offTrack', 'atRisk', 'onTrack', 'offTrack'])).toBe('2 of 4 key results off track, 1 at risk');
    expect(objectiveStatusReason(['onTrack', 'onTrack', 'onTrack'])).toBe('all 3 key results on track');
    expect(objectiveStatusReason(['noCheckIn'])).toBe('its key result is without a check-in');
    expect(objectiveStatusReason(['atRisk', 'atRisk'])).toBe('both key results at risk');
  });
  it('assessObjective uses the period\'s pace when given', () => {
    const settings = { staleAfterDays: 14, statusThresholds: thresholds };
    const kr = { metric: 'increase' as const, start: 0, target: 100, createdAt: '2026-10-01T00:00:00.000Z', weight: null };
    const ahead = assessKeyResult(kr, { date: '2026-11-15', value: 90, confidence: 8 }, Q4, settings, '2026-11-16');
    const behind = assessKeyResult(kr, { date: '2026-11-15', value: 40, confidence: 5 }, Q4, settings, '2026-11-16');
    const objective = assessObjective([{ keyResult: kr, assessment: ahead }, { keyResult: kr, assessment: behind }], { expected: ahead.expected, periodEnded: false, thresholds });
    expect(objective).toMatchObject({ progress: 0.65, status: 'onTrack', reason: '1 of 2 key results at risk' });
  });
});

describe('a finished period shows final status and score, never "No recent check-in"', () => {
  const settings = { staleAfterDays: 14, statusThresholds: thresholds };
  const kr = { metric: 'increase' as const, start: 0, target: 100, createdAt: '2026-07-01T00:00:00.000Z' };
  it('marks a key result at its target done with score 1.0, and one short of it missed with its suggested score', () => {
    const Q3 = { start: '2026-07-01', end: '2026-09-30' };
    expect(assessKeyResult(kr, { date: '2026-08-01', value: 100, confidence: 9 }, Q3, settings, '2026-11-16')).toMatchObject({ status: 'done', label: 'done', stale: false, finalScore: 1 });
    expect(assessKeyResult(kr, { date: '2026-08-01', value: 64, confidence: 5 }, Q3, settings, '2026-11-16')).toMatchObject({ status: 'missed', label: 'missed', stale: false, finalScore: 0.6 });
    expect(assessKeyResult({ ...kr, score: { value: 0.8, reason: 'late data' } }, undefined, Q3, settings, '2026-11-16')).toMatchObject({ label: 'missed', finalScore: 0.8 });
  });
});

describe('check-in dates', () => {
  it('accept any day of the period and of the grace window after it', () => {
    expect(checkInDateProblem('2026-10-01', Q4, '2027-01-05', 14)).toBeUndefined();
    expect(checkInDateProblem('2027-01-14', Q4, '2027-01-20', 14)).toBeUndefined();
  });
  it('refuse a date years after the period, before it, or in the future, with the dates allowed', () => {
    expect(checkInDateProblem('2029-03-01', Q4, '2029-06-01', 14)).toBe('The check-in date 2029-03-01 is more than 14 days after Q4 2026 ended (2026-12-31): choose a date from 2026-10-01 to 2027-01-14.');
    expect(checkInDateProblem('2026-09-30', Q4, '2026-11-16', 14)).toBe('The check-in date 2026-09-30 is before Q4 2026 starts (2026-10-01): choose a date from 2026-10-01 on.');
    expect(checkInDateProblem('2026-11-17', Q4, '2026-11-16', 14)).toBe('The check-in date 2026-11-17 is in the future: choose today (2026-11-16) or an earlier date.');
  });
  it('default to today while the period runs and to its last day once it has ended', () => {
    expect(defaultCheckInDate(Q4, '2026-11-16')).toBe('2026-11-16');
    expect(defaultCheckInDate({ end: '2026-09-30' }, '2026-11-16')).toBe('2026-09-30');
  });
});

describe('check-ins due', () => {
  const due = (last: string | undefined, today: string, cadenceDays = 7) => isDue({ lastCheckInDate: last, period: Q4, today, cadenceDays, graceDays: 14 });
  it('is due without a check-in within the cadence (default 7 days)', () => {
    expect(okrPreferences(DEFAULT_SETTINGS).checkInCadenceDays).toBe(7);
    expect(due(undefined, '2026-11-16')).toBe(true);
    expect(due('2026-11-09', '2026-11-16')).toBe(true);
    expect(due('2026-11-10', '2026-11-16')).toBe(false);
    expect(due('2026-11-02', '2026-11-16', 14)).toBe(true);
  });
  it('asks for a final reading during the grace window, never after it or before the period', () => {
    expect(due('2026-12-10', '2027-01-05')).toBe(true);
    expect(due('2026-12-28', '2027-01-05')).toBe(false);
    expect(due(undefined, '2027-01-20')).toBe(false);
    expect(due(undefined, '2026-09-20')).toBe(false);
  });
  it('lists stale ones first, then due ones, the longest without a check-in first', () => {
    const items = [
      { title: 'fresh', stale: false, due: false, daysWithoutCheckIn: 1 },
      { title: 'due', stale: false, due: true, daysWithoutCheckIn: 9 },
      { title: 'stale', stale: true, due: true, daysWithoutCheckIn: 20 },
      { title: 'staler', stale: true, due: true, daysWithoutCheckIn: 40 },
    ];
    expect(checkInsDue(items).map((i) => i.title)).toEqual(['staler', 'stale', 'due', 'fresh']);
  });
});

describe('quarter review', () => {
  const teams = [{ id: 't1', name: 'Payments' }, { id: 't2', name: 'Growth' }, { id: 't3', name: 'Data' }];
  const objective = (id: string, kind: 'committed' | 'aspirational', owners: string[], progresses: number[]) => ({
    objective: { id, title: `Objective ${id}`, kind, ownerTeamIds: owners, score: null },
    keyResults: progresses.map((progress) => ({ keyResult: { weight: null, score: null }, progress })),
  });
  it('counts achievement (committed 1.0, aspirational 0.7), score bands, teams and what is carried over', () => {
    const review = quarterReview(
      [objective('a', 'committed', ['t1'], [1, 1]), objective('b', 'committed', ['t1', 't2'], [1, 0.5]), objective('c', 'aspirational', ['t2'], [0.7, 0.8]), objective('d', 'aspirational', ['t2'], [0.3, 0.5])],
      teams,
      [{ title: 'objective b', ownerTeamIds: ['t2', 't1'] }],
      okrPreferences(undefined).achievementThresholds,
    );
    expect(review.achievedShare).toBe(0.5);
    expect(review.committed).toEqual({ objectives: 2, achieved: 1 });
    expect(review.aspirational).toEqual({ objectives: 2, achieved: 1 });
    expect(review.scoreBands).toEqual({ low: 1, middle: 2, high: 5 });
    expect(review.teamsWithoutObjectives).toEqual([{ id: 't3', name: 'Data' }]);
    expect(review.carried.map((o) => [o.id, o.alreadyInNextPeriod])).toEqual([['b', true], ['d', false]]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { assessKeyResult, assessObjective, expectedProgress, objectiveStaleness, objectiveStalenessNote } from '../../../shared/rules';
import { keyResult } from './factories';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const TODAY = '2026-11-16'; // 46 of 91 days: about 51 % expected
const settings = { staleAfterDays: 14, statusThresholds: DEFAULT_SETTINGS.statusThresholds };
const created = '2026-10-01T09:00:00.000Z';
const portal = keyResult({ metric: 'increase', start: 20, target: 45, createdAt: created });
const tickets = keyResult({ metric: 'decrease', start: 400, target: 200, createdAt: created });
const launch = keyResult({ metric: 'milestone', start: 0, target: 1, createdAt: created });

const assess = (kr: typeof portal, latest: { date: string; value: number; confidence: number } | undefined, today = TODAY, period = Q4) => ({
  keyResult: kr,
  assessment: assessKeyResult(kr, latest, period, settings, today),
});
const paceAt = (today: string, period = Q4) => ({ expected: expectedProgress(period, today), periodEnded: today > period.end, thresholds: settings.statusThresholds, staleAfterDays: 14 });

describe('an objective whose key results have gone quiet', () => {
  it('is labelled "stale" when every key result is stale, though its numbers say on track, and keeps those numbers', () => {
    const objective = assessObjective([
      assess(portal, { date: '2026-10-20', value: 40, confidence: 8 }), // 27 days ago
      assess(tickets, { date: '2026-10-30', value: 260, confidence: 8 }), // 17 days ago
    ], paceAt(TODAY));
    expect(objective.status).toBe('onTrack');
    expect(objective.label).toBe('stale');
    expect(objective.progress).toBeCloseTo((0.8 + 0.7) / 2, 10);
    expect(objective.staleSummary).toBe('2 of 2 key results stale');
    expect(objective.staleNote).toBe(
      'Stale: none of its 2 key results has had a check-in in the last 14 days (the most recent is 17 days old). The progress shown is as of those check-ins, which would put it on track.',
    );
  });

  it('keeps its status when only some key results are stale, and says how many', () => {
    const objective = assessObjective([
      assess(portal, { date: '2026-10-20', value: 40, confidence: 8 }),
      assess(tickets, { date: '2026-10-25', value: 260, confidence: 8 }),
      assess(portal, { date: '2026-11-14', value: 35, confidence: 7 }),
      assess(tickets, { date: '2026-11-10', value: 250, confidence: 7 }),
    ], paceAt(TODAY));
    expect(objective.label).toBe(objective.status);
    expect(objective.label).toBe('onTrack');
    expect(objective.staleSummary).toBe('2 of 4 key results stale');
    expect(objective.staleNote).toBe('2 of 4 key results stale: no check-in in the last 14 days. Their latest values still count in the progress.');
  });

  it('is not stale on the day the limit is reached, and becomes stale the day after', () => {
    const latest = { date: '2026-11-02', value: 40, confidence: 8 };
    expect(assessObjective([assess(portal, latest, '2026-11-16')], paceAt('2026-11-16')).label).toBe('onTrack'); // 14 days
    expect(assessObjective([assess(portal, latest, '2026-11-17')], paceAt('2026-11-17')).label).toBe('stale'); // 15 days
  });

  it('ignores done key results: the one still open decides, and an objective all done is never stale', () => {
    const done = assess(launch, { date: '2026-10-05', value: 1, confidence: 10 });
    const quiet = assess(portal, { date: '2026-10-20', value: 40, confidence: 8 });
    const objective = assessObjective([done, quiet], paceAt(TODAY));
    expect(objective.label).toBe('stale');
    expect(objective.staleNote).toBe(
      'Stale: its open key result has had no check-in in the last 14 days (27 days without one). The progress shown is as of that check-in, which would put it on track.',
    );
    expect(assessObjective([done, done], paceAt(TODAY))).toMatchObject({ status: 'done', label: 'done', staleNote: '' });
  });

  it('says nobody has checked in when the stale key results never had a check-in', () => {
    const objective = assessObjective([assess(portal, undefined), assess(tickets, undefined)], paceAt(TODAY));
    expect(objective.status).toBe('noCheckIn');
    expect(objective.label).toBe('stale');
    expect(objective.staleNote).toBe('Stale: none of its 2 key results has had a check-in in the last 14 days. Nobody has checked in on them yet.');
  });

  it('shows the final status once the period has ended, never stale', () => {
    const Q3 = { start: '2026-07-01', end: '2026-09-30' };
    const objective = assessObjective([assess(portal, { date: '2026-07-10', value: 30, confidence: 5 }, TODAY, Q3)], paceAt(TODAY, Q3));
    expect(objective).toMatchObject({ status: 'missed', label: 'missed', staleCount: 0, staleNote: '' });
  });

  it('has no label without key results', () => {
    expect(assessObjective([], paceAt(TODAY))).toMatchObject({ status: undefined, label: undefined, staleSummary: '', staleNote: '' });
  });

  it('words one key result, and uses the stale limit from Settings', () => {
    const staleness = objectiveStaleness([{ status: 'atRisk', stale: true, daysWithoutCheckIn: 31, value: 12 }]);
    expect(staleness).toEqual({ openCount: 1, staleCount: 1, allStale: true, freshestStaleDays: 31 });
    expect(objectiveStalenessNote(staleness, 1, 30, 'atRisk')).toBe(
      'Stale: its key result has had no check-in in the last 30 days (31 days without one). The progress shown is as of that check-in, which would put it at risk.',
    );
    const counted = objectiveStaleness(Array.from({ length: 1200 }, (_, i) => ({ status: 'onTrack' as const, stale: i < 1100, daysWithoutCheckIn: 20, value: 1 })));
    expect(objectiveStalenessNote(counted, 1200, 14, 'onTrack')).toMatch(/^1,100 of 1,200 key results stale/);
  });
});

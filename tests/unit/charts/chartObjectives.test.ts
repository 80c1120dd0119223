import { describe, expect, it } from 'vitest';
import { chartObjectives } from '../../../shared/charts';
import { DEFAULT_SETTINGS } from '../../../shared/model';
import { keyResult } from '../rules/factories';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const TODAY = '2026-11-16';
const objective = (id: string, fields: Partial<{ title: string; ownerTeamIds: string[]; deletedAt: string | null; kind: 'committed' | 'aspirational' }> = {}) => ({
  id, title: `Objective ${id}`, kind: 'committed' as const, ownerTeamIds: ['team:a', 'team:b'], deletedAt: null, ...fields,
});
const created = '2026-10-01T09:00:00.000Z';

describe('chartObjectives', () => {
  const portal = keyResult({ id: 'kr:portal', objectiveId: 'o1', title: 'Portal share', metric: 'increase', start: 20, target: 45, createdAt: created });
  const calls = keyResult({ id: 'kr:calls', objectiveId: 'o1', title: 'Calls per week', metric: 'decrease', start: 4200, target: 3000, createdAt: created });
  const latest = new Map([
    ['kr:portal', { date: '2026-11-14', value: 40, confidence: 8 }],
    ['kr:calls', { date: '2026-11-14', value: 4100, confidence: 4 }],
  ]);
  const [assessed] = chartObjectives({ period: Q4, objectives: [objective('o1')], keyResults: [portal, calls], latestCheckIns: latest }, DEFAULT_SETTINGS, TODAY);

  it('assesses each key result with the shared OKR rules: progress, status and its words', () => {
    expect(assessed!.keyResults.map((k) => [k.title, Math.round(k.progress * 100), k.label, k.statusText])).toEqual([
      ['Portal share', 80, 'onTrack', 'On track'],
      ['Calls per week', 8, 'offTrack', 'Off track'],
    ]);
  });

  it('gives the objective the mean progress and the status the OKR screens show: its own progress against the pace', () => {
    // 44 % done against 51 % expected is 87 % of the pace: at risk (one key result off track does not make the whole off track).
    expect(assessed!.progress).toBeCloseTo((0.8 + 100 / 1200) / 2, 10);
    expect([assessed!.label, assessed!.statusText]).toEqual(['atRisk', 'At risk']);
    expect(assessed!.expected).toBeCloseTo(46 / 91, 10);
    expect(assessed!.ownerTeamIds).toEqual(['team:a', 'team:b']);
  });

  it('counts key results without a recent check-in', () => {
    const stale = new Map([['kr:portal', { date: '2026-10-20', value: 40, confidence: 8 }]]);
    const [withStale] = chartObjectives({ period: Q4, objectives: [objective('o1')], keyResults: [portal], latestCheckIns: stale }, DEFAULT_SETTINGS, TODAY);
    expect(withStale!.staleCount).toBe(1);
    expect(withStale!.keyResults[0]!.statusText).toBe('No recent check-in');
  });

  it('labels an objective whose every key result is stale "No recent check-in", keeping its progress', () => {
    const old = new Map([
      ['kr:portal', { date: '2026-10-20', value: 40, confidence: 8 }],
      ['kr:calls', { date: '2026-10-25', value: 3500, confidence: 8 }],
    ]);
    const [stale] = chartObjectives({ period: Q4, objectives: [objective('o1')], keyResults: [portal, calls], latestCheckIns: old }, DEFAULT_SETTINGS, TODAY);
    expect([stale!.label, stale!.statusText, stale!.staleSummary]).toEqual(['stale', 'No recent check-in', '2 of 2 key results stale']);
    expect(stale!.progress).toBeCloseTo((0.8 + 700 / 1200) / 2, 10);
    const [fresh] = chartObjectives({ period: Q4, objectives: [objective('o1')], keyResults: [portal, calls], latestCheckIns: new Map([...old, ['kr:calls', { date: '2026-11-14', value: 3500, confidence: 8 }]]) }, DEFAULT_SETTINGS, TODAY);
    expect([fresh!.label, fresh!.staleSummary]).toEqual(['onTrack', '1 of 2 key results stale']);
  });

  it('says "No key results" for an objective without any, with no progress', () => {
    const [bare] = chartObjectives({ period: Q4, objectives: [objective('o2')], keyResults: [], latestCheckIns: new Map() }, DEFAULT_SETTINGS, TODAY);
    expect(bare).toMatchObject({ progress: null, label: undefined, statusText: 'No key results', keyResults: [] });
  });

  it('leaves out deleted objectives and key results, and everything when the period is unknown', () => {
    const gone = { ...calls, deletedAt: '2026-11-01T09:00:00.000Z' };
    const result = chartObjectives(
      { period: Q4, objectives: [objective('o1'), objective('o3', { deletedAt: '2026-11-01T09:00:00.000Z' })], keyResults: [portal, gone], latestCheckIns: latest },
      DEFAULT_SETTINGS,
      TODAY,
    );
    expect(result.map((o) => [o.id, o.keyResults.length])).toEqual([['o1', 1]]);
    expect(chartObjectives({ period: null, objectives: [objective('o1')], keyResults: [portal], latestCheckIns: latest }, DEFAULT_SETTINGS, TODAY)).toEqual([]);
  });
});

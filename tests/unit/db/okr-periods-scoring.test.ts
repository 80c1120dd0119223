// testDb first: it installs the fake IndexedDB before Dexie (imported by the hooks) looks for one.
import { dropDb, freshDb } from './testDb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { createPeriod, duplicateObjectiveToPeriod } from '../../../renderer/db/okrPeriods';
import { closePeriod, scoreKeyResult } from '../../../renderer/db/okrScoring';
import { readLatestCheckIns, readPeriod } from '../../../renderer/db/okrReads';
import { readPeriodOkrs } from '../../../renderer/db/okrHooks';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const Q4 = 'period:2026-Q4';

async function objectiveWithKeyResults() {
  const portal = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
  const desk = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Service Desk' });
  const objective = await createObjective(db, { title: 'Customers help themselves', periodId: Q4, ownerTeamIds: [portal.id, desk.id] });
  const share = await addKeyResult(db, { objectiveId: objective.id, title: 'Solved in portal', metric: 'increase', start: 20, target: 45, unit: '%', weight: 2 });
  const calls = await addKeyResult(db, { objectiveId: objective.id, title: 'Calls per week', metric: 'decrease', start: 4200, target: 3000, sortOrder: 10 });
  const launch = await addKeyResult(db, { objectiveId: objective.id, title: 'Chat launched', metric: 'milestone', start: 0, target: 1, sortOrder: 20 });
  await recordCheckIn(db, { keyResultId: share.id, date: '2026-10-15', value: 30, confidence: 7 }, '2026-11-16');
  await recordCheckIn(db, { keyResultId: share.id, date: '2026-11-10', value: 50, confidence: 9 }, '2026-11-16');
  await recordCheckIn(db, { keyResultId: calls.id, date: '2026-11-12', value: 3600, confidence: 6 }, '2026-11-16');
  return { portal, desk, objective, share, calls, launch };
}

describe('custom periods', () => {
  it('stores a custom date range, findable like a quarter', async () => {
    const period = await createPeriod(db, { name: 'Winter hackathon', kind: 'custom', start: '2026-12-01', end: '2026-12-14' });
    expect(await readPeriod(db, period.id)).toMatchObject({ name: 'Winter hackathon', start: '2026-12-01', end: '2026-12-14' });
    expect(await readPeriod(db, Q4)).toMatchObject({ name: 'Q4 2026' });
  });

  it('refuses an end before the start, and a name already taken', async () => {
    await expect(createPeriod(db, { name: 'Sprint', kind: 'custom', start: '2026-12-10', end: '2026-12-01' })).rejects.toThrow(
      'end: the period must end on or after its start date',
    );
    await createPeriod(db, { name: 'Sprint', kind: 'custom', start: '2026-12-01', end: '2026-12-10' });
    await expect(createPeriod(db, { name: 'sprint', kind: 'custom', start: '2026-12-01', end: '2026-12-10' })).rejects.toThrow(
      'A period named "sprint" already exists',
    );
  });
});

describe('duplicating an objective into the next period', () => {
  it('keeps every key-result field, and each start becomes the last value', async () => {
    const { objective, portal } = await objectiveWithKeyResults();
    const copy = await duplicateObjectiveToPeriod(db, objective.id, 'period:2027-Q1');
    expect(copy).toMatchObject({ title: objective.title, periodId: 'period:2027-Q1', ownerTeamIds: objective.ownerTeamIds, score: null });
    const krs = (await db.keyResults.where('objectiveId').equals(copy.id).sortBy('sortOrder')).map((k) => [k.title, k.metric, k.start, k.target, k.unit, k.weight]);
    expect(krs).toEqual([
      ['Solved in portal', 'increase', 45, 45, '%', 2], // last value 50 overshot the target: starts at the target
      ['Calls per week', 'decrease', 3600, 3000, '', null],
      ['Chat launched', 'milestone', 0, 1, '', null],
    ]);
    expect(await db.checkIns.where('keyResultId').anyOf((await db.keyResults.where('objectiveId').equals(copy.id).toArray()).map((k) => k.id)).count()).toBe(0);
    expect(portal.id).toBeDefined();
  });

  it('leaves out owner teams deleted since', async () => {
    const { objective, desk, portal } = await objectiveWithKeyResults();
    await deleteTeam(db, desk.id);
    expect((await duplicateObjectiveToPeriod(db, objective.id, 'period:2027-Q1')).ownerTeamIds).toEqual([portal.id]);
  });
});

describe('reading a period for the OKRs page', () => {
  it('reads the objectives of one period with one current check-in per key result', async () => {
    const { objective, share, calls, launch } = await objectiveWithKeyResults();
    await createObjective(db, { title: 'Elsewhere', periodId: 'period:2027-Q1', ownerTeamIds: objective.ownerTeamIds });
    const okrs = await readPeriodOkrs(db, Q4, '2026-11-16');
    expect(okrs.objectives.map((o) => o.title)).toEqual(['Customers help themselves']);
    expect(okrs.keyResults.map((k) => k.id)).toEqual([share.id, calls.id, launch.id]);
    expect(okrs.latestCheckIns.get(share.id)?.value).toBe(50);
    expect(okrs.latestCheckIns.has(launch.id)).toBe(false);
  });

  it('takes a back-dated check-in entered later as history, not as the current value', async () => {
    const { share } = await objectiveWithKeyResults();
    await recordCheckIn(db, { keyResultId: share.id, date: '2026-11-01', value: 22, confidence: 4 }, '2026-11-16');
    expect((await readLatestCheckIns(db, [share.id])).get(share.id)?.value).toBe(50);
  });
});

describe('scoring at period close', () => {
  it('accepts the suggested score, and asks for a reason for any other', async () => {
    const { calls } = await objectiveWithKeyResults();
    // 4200 → 3000, now 3600: progress 0.5, suggested 0.5.
    await expect(scoreKeyResult(db, calls.id, { value: 0.8, reason: '' })).rejects.toThrow(
      'The score 0.8 differs from the suggested 0.5: say why in the reason, or use the suggested score.',
    );
    expect((await scoreKeyResult(db, calls.id, { value: 0.5, reason: '' })).score).toEqual({ value: 0.5, reason: '' });
    expect((await scoreKeyResult(db, calls.id, { value: 0.8, reason: 'Chat launch moved calls to chat' })).score?.value).toBe(0.8);
  });

  it('refuses a score outside 0.0–1.0', async () => {
    const { calls } = await objectiveWithKeyResults();
    await expect(scoreKeyResult(db, calls.id, { value: 1.2, reason: 'x' })).rejects.toThrow('score.value: a score is at most 1.0');
  });

  it('closes a period from its last day on: unscored key results get their suggestion, the objective its weighted score', async () => {
    const { objective, calls } = await objectiveWithKeyResults();
    await expect(closePeriod(db, Q4, '2026-12-30')).rejects.toThrow('Q4 2026 runs until 2026-12-31: close it on its last day or later');
    await scoreKeyResult(db, calls.id, { value: 0.8, reason: 'Moved to chat' });
    expect(await closePeriod(db, Q4, '2026-12-31')).toBe(2);
    // share 1.0 (weight 2), calls 0.8, launch 0.0 → (2 + 0.8 + 0) / 4 = 0.7
    expect((await db.objectives.get(objective.id))?.score).toEqual({ value: 0.7, reason: '' });
    expect((await db.keyResults.get(calls.id))?.score?.value).toBe(0.8);
  });
});

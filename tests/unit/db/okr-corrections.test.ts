import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { readPeriodOkrs } from '../../../renderer/db/okrHooks';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { readBaselines, readLatestCheckIns } from '../../../renderer/db/okrReads';
import { suggestedScores } from '../../../renderer/db/okrScoring';
import { createTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const TODAY = '2026-11-16';
const Q4 = 'period:2026-Q4';

async function objectiveOfTeam() {
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
  return { team, objective: await createObjective(db, { title: 'Renewals online', periodId: Q4, ownerTeamIds: [team.id] }) };
}

describe('reading key results with corrections and unknown starts', () => {
  it('reads a correction as the current value, with or without the recent window', async () => {
    const { objective } = await objectiveOfTeam();
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'Renewals', metric: 'increase', start: 0, target: 100 });
    const wrong = await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-10', value: 12, confidence: 6 }, TODAY);
    await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-10', value: 21, confidence: 6, correctsId: wrong.id }, TODAY);
    expect((await readLatestCheckIns(db, [kr.id]))?.get(kr.id)?.value).toBe(21);
    expect((await readLatestCheckIns(db, [kr.id], { asOf: TODAY, days: 14, isToday: true })).get(kr.id)?.value).toBe(21);
    expect((await suggestedScores(db, [kr])).get(kr.id)).toBe(0.2);
  });

  it('gives the first check-in’s value as the baseline of a key result owned by a team with no known start', async () => {
    const { team, objective } = await objectiveOfTeam();
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'Self-service renewals', metric: 'increase', start: null, target: 500, ownerTeamId: team.id });
    const known = await addKeyResult(db, { objectiveId: objective.id, title: 'Known start', metric: 'increase', start: 0, target: 10 });
    expect(kr.ownerTeamId).toBe(team.id);
    expect((await readBaselines(db, [kr, known])).size).toBe(0);
    await recordCheckIn(db, { keyResultId: kr.id, date: '2026-10-05', value: 100, confidence: 5 }, TODAY);
    await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-05', value: 300, confidence: 5 }, TODAY);
    await recordCheckIn(db, { keyResultId: known.id, date: '2026-11-05', value: 5, confidence: 5 }, TODAY);
    const okrs = await readPeriodOkrs(db, Q4, TODAY);
    expect([...okrs.baselines]).toEqual([[kr.id, 100]]);
    expect(okrs.latestCheckIns.get(kr.id)?.value).toBe(300);
    expect((await suggestedScores(db, [kr])).get(kr.id)).toBe(0.5);
    expect(await db.keyResults.where('ownerTeamId').equals(team.id).count()).toBe(1);
  });

  it('refuses a key result owned by a team that does not exist', async () => {
    const { objective } = await objectiveOfTeam();
    await expect(addKeyResult(db, { objectiveId: objective.id, title: 'X', metric: 'increase', start: null, target: 5, ownerTeamId: 'team:nowhere' })).rejects.toThrow(/key result owner team/);
  });
});

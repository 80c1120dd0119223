import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

async function sharedObjective() {
  const portal = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
  const desk = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Service Desk' });
  const objective = await createObjective(db, { title: 'Customers help themselves', periodId: 'period:2026-Q4', ownerTeamIds: [portal.id, desk.id] });
  const keyResult = await addKeyResult(db, { objectiveId: objective.id, title: 'Portal resolution rate', metric: 'increase', start: 20, target: 45, unit: '%' });
  return { portal, desk, objective, keyResult };
}

describe('objectives, key results and check-ins', () => {
  it('stores an objective owned by two teams, findable by either team', async () => {
    const { portal, desk, objective } = await sharedObjective();
    expect((await db.objectives.where('ownerTeamIds').equals(portal.id).first())?.id).toBe(objective.id);
    expect((await db.objectives.where('ownerTeamIds').equals(desk.id).first())?.id).toBe(objective.id);
    expect(await db.objectives.where('periodId').equals('period:2026-Q4').count()).toBe(1);
  });

  it('refuses an objective with no owner team, or an owner team that was deleted', async () => {
    await expect(createObjective(db, { title: 'Orphan', periodId: 'period:2026-Q4', ownerTeamIds: [] })).rejects.toThrow(
      'ownerTeamIds: an objective needs at least one owner team',
    );
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Old' });
    await deleteTeam(db, team.id);
    await expect(createObjective(db, { title: 'X', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] })).rejects.toThrow('owner team');
  });

  it('refuses a period that is neither a quarter nor a stored custom period', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'T' });
    await expect(createObjective(db, { title: 'X', periodId: 'period:someday', ownerTeamIds: [team.id] })).rejects.toThrow('period "period:someday"');
  });

  it('appends back-dated check-ins and refuses a future date with a clear message', async () => {
    const { keyResult } = await sharedObjective();
    await recordCheckIn(db, { keyResultId: keyResult.id, date: '2026-11-02', value: 24, confidence: 7 }, '2026-11-16');
    await recordCheckIn(db, { keyResultId: keyResult.id, date: '2026-11-16', value: 30, confidence: 8, note: 'New FAQ live' }, '2026-11-16');
    await expect(
      recordCheckIn(db, { keyResultId: keyResult.id, date: '2026-11-17', value: 31, confidence: 8 }, '2026-11-16'),
    ).rejects.toThrow('The check-in date 2026-11-17 is in the future: choose today (2026-11-16) or an earlier date.');
    const history = await db.checkIns.where('[keyResultId+date]').between([keyResult.id, ''], [keyResult.id, '\uffff']).toArray();
    expect(history.map((c) => c.value)).toEqual([24, 30]);
  });

  it('refuses a confidence outside 0–10', async () => {
    const { keyResult } = await sharedObjective();
    await expect(recordCheckIn(db, { keyResultId: keyResult.id, date: '2026-11-02', value: 1, confidence: 11 }, '2026-11-16')).rejects.toThrow(
      'confidence: confidence must be at most 10',
    );
  });
});

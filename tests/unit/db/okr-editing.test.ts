import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { addKeyResult, createObjective, deleteObjective, recordCheckIn, updateObjective } from '../../../renderer/db/okrs';
import { deleteKeyResult, moveKeyResult, updateKeyResult } from '../../../renderer/db/okrKeyResults';
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

const Q4 = 'period:2026-Q4';
const TODAY = '2026-11-16';

async function twoTeams() {
  const portal = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
  const desk = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Service Desk' });
  return { portal, desk };
}

describe('editing objectives', () => {
  it('changes owner teams, kind and description of a shared objective', async () => {
    const { portal, desk } = await twoTeams();
    const objective = await createObjective(db, { title: 'Customers help themselves', periodId: Q4, ownerTeamIds: [portal.id] });
    const updated = await updateObjective(db, objective.id, { ownerTeamIds: [portal.id, desk.id], kind: 'aspirational', description: 'Fewer calls' });
    expect(updated.ownerTeamIds).toEqual([portal.id, desk.id]);
    expect((await db.objectives.get(objective.id))?.kind).toBe('aspirational');
    expect(updated.updatedAt >= objective.updatedAt).toBe(true);
  });

  it('refuses an empty title with the field named', async () => {
    const { portal } = await twoTeams();
    const objective = await createObjective(db, { title: 'X', periodId: Q4, ownerTeamIds: [portal.id] });
    await expect(updateObjective(db, objective.id, { title: '  ' })).rejects.toThrow('title: Objective title is required');
  });

  it('refuses a parent that already contributes to the objective (no alignment loops)', async () => {
    const { portal } = await twoTeams();
    const company = await createObjective(db, { title: 'Company', periodId: Q4, ownerTeamIds: [portal.id] });
    const child = await createObjective(db, { title: 'Child', periodId: Q4, ownerTeamIds: [portal.id], parentId: company.id });
    await expect(updateObjective(db, company.id, { parentId: child.id })).rejects.toThrow(
      '"Child" already contributes to "Company", so it cannot also be its parent',
    );
    await expect(updateObjective(db, company.id, { parentId: company.id })).rejects.toThrow('cannot also be its parent');
  });

  it('deletes an objective as a tombstone, with its key results and check-ins, and unaligns its children', async () => {
    const { portal } = await twoTeams();
    const objective = await createObjective(db, { title: 'Parent', periodId: Q4, ownerTeamIds: [portal.id] });
    const child = await createObjective(db, { title: 'Child', periodId: Q4, ownerTeamIds: [portal.id], parentId: objective.id });
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'KR', metric: 'increase', start: 0, target: 10 });
    await recordCheckIn(db, { keyResultId: kr.id, date: TODAY, value: 3, confidence: 6 }, TODAY);
    await deleteObjective(db, objective.id);
    expect((await db.objectives.get(objective.id))?.deletedAt).not.toBeNull();
    expect((await db.keyResults.get(kr.id))?.deletedAt).not.toBeNull();
    expect((await db.checkIns.toArray()).every((c) => c.deletedAt !== null)).toBe(true);
    expect((await db.objectives.get(child.id))?.parentId).toBeNull();
  });
});

describe('editing key results', () => {
  it('accepts every metric kind with its fields', async () => {
    const { portal, desk } = await twoTeams();
    const objective = await createObjective(db, { title: 'O', periodId: Q4, ownerTeamIds: [portal.id] });
    const kinds = [
      { metric: 'increase', start: 20, target: 45, unit: '%' },
      { metric: 'decrease', start: 48, target: 38, unit: 'days' },
      { metric: 'stayAbove', start: 4.1, target: 4.2, unit: 'of 5' },
      { metric: 'stayBelow', start: 12, target: 10, unit: '%' },
      { metric: 'milestone', start: 0, target: 1, unit: '' },
    ] as const;
    for (const fields of kinds) {
      await addKeyResult(db, { objectiveId: objective.id, title: fields.metric, weight: 2, contributingTeamIds: [desk.id], ...fields });
    }
    expect((await db.keyResults.toArray()).map((k) => k.metric).sort()).toEqual(['decrease', 'increase', 'milestone', 'stayAbove', 'stayBelow']);
  });

  it('refuses an "increase to" whose target is below its start, saying what to do', async () => {
    const { portal } = await twoTeams();
    const objective = await createObjective(db, { title: 'O', periodId: Q4, ownerTeamIds: [portal.id] });
    await expect(addKeyResult(db, { objectiveId: objective.id, title: 'KR', metric: 'increase', start: 45, target: 20 })).rejects.toThrow(
      'raise the target, or choose "Decrease to"',
    );
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'KR', metric: 'increase', start: 20, target: 45 });
    await expect(updateKeyResult(db, kr.id, { target: 10 })).rejects.toThrow('needs a target at or above its start (20)');
    expect((await updateKeyResult(db, kr.id, { metric: 'decrease', target: 10, weight: 3 })).weight).toBe(3);
  });

  it('deletes a key result with its check-ins (tombstones)', async () => {
    const { portal } = await twoTeams();
    const objective = await createObjective(db, { title: 'O', periodId: Q4, ownerTeamIds: [portal.id] });
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'KR', metric: 'increase', start: 0, target: 10 });
    await recordCheckIn(db, { keyResultId: kr.id, date: TODAY, value: 3, confidence: 6 }, TODAY);
    await deleteKeyResult(db, kr.id);
    expect((await db.keyResults.get(kr.id))?.deletedAt).not.toBeNull();
    expect((await db.checkIns.toArray())[0]?.deletedAt).not.toBeNull();
    await expect(recordCheckIn(db, { keyResultId: kr.id, date: TODAY, value: 4, confidence: 6 }, TODAY)).rejects.toThrow('does not exist or was deleted');
  });

  it('moves a key result with its history to the end of another objective of the same period', async () => {
    const { portal } = await twoTeams();
    const from = await createObjective(db, { title: 'From', periodId: Q4, ownerTeamIds: [portal.id] });
    const to = await createObjective(db, { title: 'To', periodId: Q4, ownerTeamIds: [portal.id] });
    await addKeyResult(db, { objectiveId: to.id, title: 'Existing', metric: 'increase', start: 0, target: 1, sortOrder: 30 });
    const kr = await addKeyResult(db, { objectiveId: from.id, title: 'Moving', metric: 'increase', start: 0, target: 10 });
    await recordCheckIn(db, { keyResultId: kr.id, date: TODAY, value: 3, confidence: 6 }, TODAY);
    const moved = await moveKeyResult(db, kr.id, to.id);
    expect(moved.objectiveId).toBe(to.id);
    expect(moved.sortOrder).toBe(40);
    expect(await db.checkIns.where('keyResultId').equals(kr.id).count()).toBe(1);
  });

  it('refuses to move a key result to an objective of another period', async () => {
    const { portal } = await twoTeams();
    const from = await createObjective(db, { title: 'From', periodId: Q4, ownerTeamIds: [portal.id] });
    const later = await createObjective(db, { title: 'Next quarter', periodId: 'period:2027-Q1', ownerTeamIds: [portal.id] });
    const kr = await addKeyResult(db, { objectiveId: from.id, title: 'KR', metric: 'increase', start: 0, target: 10 });
    await expect(moveKeyResult(db, kr.id, later.id)).rejects.toThrow(
      '"Next quarter" is in Q1 2027: key results move only between objectives of the same period.',
    );
  });
});

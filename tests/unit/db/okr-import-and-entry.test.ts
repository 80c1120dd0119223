import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping } from '../../../shared/import/okrs';
import { latestCheckIn } from '../../../shared/rules';
import { correctCheckIn, deleteCheckIn } from '../../../renderer/db/okrCheckIns';
import { createObjectiveWithKeyResults } from '../../../renderer/db/okrEntry';
import { importOkrs } from '../../../renderer/db/okrImport';
import { ImportCancelledError } from '../../../renderer/db/importProgress';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { createPerson } from '../../../renderer/db/people';
import { createTeam } from '../../../renderer/db/teams';
import { undoLastChange } from '../../../renderer/db/undo';
import { updateSettings } from '../../../renderer/db/settings';
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
const QUARTER = readFileSync(new URL('../../fixtures/okr-import/company-quarter.csv', import.meta.url), 'utf8');

async function planFor(text: string) {
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  const mapping = suggestOkrMapping(header);
  const decision = decideDecimalSeparator(numericCells(rows, mapping));
  const teams = (await db.teams.toArray()).filter((t) => t.deletedAt === null && t.planId === LIVE_PLAN_ID);
  const people = (await db.people.toArray()).filter((p) => p.deletedAt === null);
  const objectives = (await db.objectives.toArray()).filter((o) => o.deletedAt === null);
  return planOkrImport({
    rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today: TODAY, graceDays: 14,
    teams, people, customPeriods: [], existingObjectives: objectives,
  });
}

async function seedDirectory() {
  for (const name of ['Customer Portal', 'Service Desk', 'Payments', 'Data Platform', 'Checkout', 'Growth']) await createTeam(db, { planId: LIVE_PLAN_ID, name });
  await createPerson(db, { name: 'Ada Lovelace', email: 'ada@example.com' });
  await createPerson(db, { name: 'Grace Hopper', email: 'grace@example.com' });
}

describe('importing OKRs from a spreadsheet', () => {
  it('imports a quarter in one step: objectives shared by every owner team, key results, current values as check-ins, a new team', async () => {
    await seedDirectory();
    const plan = await planFor(QUARTER);
    const progress: number[] = [];
    const result = await importOkrs(db, plan, { createTeams: true, onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ objectives: 5, keyResults: 7, checkIns: 5, teams: 1, periods: 0 });
    expect(progress.at(-1)).toBe(18);
    const teams = new Map((await db.teams.toArray()).map((t) => [t.id, t.name]));
    const shared = (await db.objectives.toArray()).find((o) => o.title === 'Grow self-service revenue')!;
    expect(shared.ownerTeamIds.map((id) => teams.get(id))).toEqual(['Payments', 'Checkout', 'Customer Portal', 'Growth', 'Mobile']);
    const parent = await db.objectives.get(shared.parentId!);
    expect(parent?.title).toBe('Customers help themselves');
    const calls = (await db.keyResults.toArray()).find((k) => k.title.startsWith('Calls'))!;
    expect(teams.get(calls.ownerTeamId!)).toBe('Service Desk');
    // One user action: one undo takes the whole import back.
    await undoLastChange(db);
    expect((await db.objectives.toArray()).filter((o) => o.deletedAt === null)).toHaveLength(0);
  });

  it('adds nothing when the same file is imported twice', async () => {
    await seedDirectory();
    await importOkrs(db, await planFor(QUARTER), { createTeams: true });
    const again = await planFor(QUARTER);
    expect(again.objectives.every((o) => o.existingId !== null)).toBe(true);
    expect(again.keyResultCount).toBe(0);
    // Said, not silent: the key results of an objective already there are not imported again.
    expect(again.notes).toContainEqual({ row: 2, message: '"Customers help themselves" is already in the workspace: its 3 key results in this file are not imported again; add a new one on the objective itself' });
  });

  it('writes nothing when cancelled or when the plan still has problems', async () => {
    await seedDirectory();
    const controller = new AbortController();
    controller.abort();
    await expect(importOkrs(db, await planFor(QUARTER), { createTeams: true, signal: controller.signal })).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await db.objectives.count()).toBe(0);
    const bad = await planFor('Period,Objective,Team,Key result,Start,Target\nQ4 2026,,Payments,X,1,2\n');
    await expect(importOkrs(db, bad, { createTeams: true })).rejects.toThrow('The file still has 1 problems');
    expect((await db.teams.toArray()).some((t) => t.name === 'Mobile')).toBe(false);
  });
});

describe('fast entry and check-in corrections', () => {
  it('creates an objective with its key results as one undo step', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
    const objective = await createObjectiveWithKeyResults(db, { title: 'Faster pages', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] }, [
      { title: 'p95 below 300 ms', metric: 'stayBelow', start: null, target: 300, unit: 'ms' },
      { title: 'Conversion', metric: 'increase', start: null, target: 4, unit: '%' },
    ]);
    expect((await db.keyResults.where('objectiveId').equals(objective.id).toArray()).map((k) => [k.title, k.sortOrder])).toEqual([['p95 below 300 ms', 10], ['Conversion', 20]]);
    await undoLastChange(db);
    expect((await db.keyResults.toArray()).every((k) => k.deletedAt !== null || false) || (await db.keyResults.count()) === 0).toBe(true);
    expect((await db.objectives.get(objective.id))?.deletedAt ?? null).not.toBeNull();
  });

  it('refuses a check-in dated years after the period, and one before it, within a configurable grace window', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
    const objective = await createObjective(db, { title: 'Q3 work', periodId: 'period:2026-Q3', ownerTeamIds: [team.id] });
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'Orders', metric: 'increase', start: 0, target: 10 });
    await expect(recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-01', value: 5, confidence: 5 }, TODAY)).rejects.toThrow(
      'The check-in date 2026-11-01 is more than 14 days after Q3 2026 ended (2026-09-30): choose a date from 2026-07-01 to 2026-10-14.',
    );
    await expect(recordCheckIn(db, { keyResultId: kr.id, date: '2026-06-30', value: 5, confidence: 5 }, TODAY)).rejects.toThrow('is before Q3 2026 starts');
    await updateSettings(db, { checkInGraceDays: 60 });
    await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-01', value: 5, confidence: 5 }, TODAY);
  });

  it('corrects a check-in with a new one pointing at it, and a deletion is a tombstone that brings back the corrected value', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Web' });
    const objective = await createObjective(db, { title: 'O', periodId: 'period:2026-Q4', ownerTeamIds: [team.id] });
    const kr = await addKeyResult(db, { objectiveId: objective.id, title: 'Orders', metric: 'increase', start: 0, target: 10 });
    const wrong = await recordCheckIn(db, { keyResultId: kr.id, date: '2026-11-10', value: 50, confidence: 5 }, TODAY);
    const fixed = await correctCheckIn(db, wrong.id, { value: 5, confidence: 6 }, TODAY);
    expect(fixed).toMatchObject({ correctsId: wrong.id, date: '2026-11-10', value: 5 });
    await expect(correctCheckIn(db, wrong.id, { value: 6, confidence: 6 }, TODAY)).rejects.toThrow('was corrected already');
    expect(latestCheckIn(await db.checkIns.toArray())?.value).toBe(5);
    await deleteCheckIn(db, fixed.id);
    const all = await db.checkIns.toArray();
    expect(all).toHaveLength(2);
    expect(latestCheckIn(all)?.value).toBe(50);
  });
});

import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping } from '../../../shared/import/okrs';
import { exportCsv } from '../../../renderer/db/csvExports';
import { importOkrs } from '../../../renderer/db/okrImport';
import { createPeriod } from '../../../renderer/db/okrPeriods';
import { addKeyResult, createObjective, recordCheckIn } from '../../../renderer/db/okrs';
import { createPerson } from '../../../renderer/db/people';
import { createTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

const TODAY = '2026-11-16';
let source: TeamshapeDb;
let target: TeamshapeDb;
beforeEach(async () => {
  source = await freshDb();
  target = await freshDb();
});
afterEach(async () => {
  await dropDb(source);
  await dropDb(target);
});

/** The same directory in both workspaces (the OKR export names people and teams; they are imported first). */
async function seedDirectory(db: TeamshapeDb) {
  const teams = new Map<string, string>();
  for (const name of ['Payments', 'Growth', 'Data Platform']) teams.set(name, (await createTeam(db, { planId: LIVE_PLAN_ID, name })).id);
  const kimA = await createPerson(db, { name: 'Alex Kim', email: 'alex.kim@example.com' });
  const kimB = await createPerson(db, { name: 'Alex Kim', email: 'alex.kim2@example.com' });
  return { teams, kimA, kimB };
}

/** A year's company objective in a custom period, a quarter's objective aligned to it, two people of the same name, a description, contributing teams. */
async function seedQuarter(db: TeamshapeDb) {
  const { teams, kimB } = await seedDirectory(db);
  const year = await createPeriod(db, { name: 'FY 2026', kind: 'custom', start: '2026-01-01', end: '2026-12-31' });
  const company = await createObjective(db, { title: 'Grow self-service revenue', periodId: year.id, ownerTeamIds: [teams.get('Growth')!], kind: 'aspirational' });
  await addKeyResult(db, { objectiveId: company.id, title: 'Self-service revenue', metric: 'increase', start: 1_200_000, target: 3_000_000, unit: '€' });
  const quarter = await createObjective(db, {
    title: 'Customers pay without friction', periodId: 'period:2026-Q4', ownerTeamIds: [teams.get('Payments')!, teams.get('Data Platform')!], parentId: company.id,
    description: 'Checkout is where we lose most customers.',
  });
  const conversion = await addKeyResult(db, { objectiveId: quarter.id, title: 'Checkout conversion', metric: 'increase', start: 2.1, target: 3.5, unit: '%', ownerId: kimB.id, weight: 2, contributingTeamIds: [teams.get('Growth')!] });
  await addKeyResult(db, { objectiveId: quarter.id, title: 'One-tap payments', metric: 'milestone', start: 0, target: 1, ownerTeamId: teams.get('Payments')! });
  await recordCheckIn(db, { keyResultId: conversion.id, value: 2.8, confidence: 7, date: '2026-11-10', note: 'After the new form' }, TODAY);
}

async function planFor(db: TeamshapeDb, text: string) {
  const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { skipEmptyLines: true }).data;
  const mapping = suggestOkrMapping(header);
  const decision = decideDecimalSeparator(numericCells(rows, mapping));
  return planOkrImport({
    rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today: TODAY, graceDays: 14,
    teams: (await db.teams.toArray()).filter((t) => t.deletedAt === null && t.planId === LIVE_PLAN_ID),
    people: (await db.people.toArray()).filter((p) => p.deletedAt === null),
    customPeriods: (await db.periods.toArray()).filter((p) => p.deletedAt === null),
    existingObjectives: (await db.objectives.toArray()).filter((o) => o.deletedAt === null),
  });
}

/** Everything a quarter holds, by natural keys (names and titles, never ids). */
async function snapshot(db: TeamshapeDb) {
  const teams = new Map((await db.teams.toArray()).map((t) => [t.id, t.name]));
  const people = new Map((await db.people.toArray()).map((p) => [p.id, p.email]));
  const periods = new Map((await db.periods.toArray()).map((p) => [p.id, `${p.name} ${p.start} ${p.end}`]));
  const objectives = (await db.objectives.toArray()).filter((o) => o.deletedAt === null);
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  const keyResults = (await db.keyResults.toArray()).filter((k) => k.deletedAt === null);
  const checkIns = (await db.checkIns.toArray()).filter((c) => c.deletedAt === null);
  return {
    objectives: objectives.map((o) => [o.title, o.description, periods.get(o.periodId) ?? o.periodId, o.ownerTeamIds.map((id) => teams.get(id)), o.parentId ? titles.get(o.parentId) : null, o.kind]).sort(),
    keyResults: keyResults
      .map((k) => [titles.get(k.objectiveId), k.title, k.metric, k.start, k.target, k.unit, k.weight, k.ownerId ? people.get(k.ownerId) : null, k.ownerTeamId ? teams.get(k.ownerTeamId) : null, k.contributingTeamIds.map((id) => teams.get(id))])
      .sort(),
    checkIns: checkIns.map((c) => [keyResults.find((k) => k.id === c.keyResultId)?.title, c.value, c.confidence, c.date, c.note]).sort(),
  };
}

describe('an exported quarter imported into another workspace', () => {
  it('comes back whole: a parent in another period, owners who share a name, descriptions, contributing teams, weights and the latest check-in', async () => {
    await seedQuarter(source);
    const exported = (await exportCsv(source, 'okrs')).text;
    await seedDirectory(target);
    const plan = await planFor(target, exported);
    expect(plan.problems).toEqual([]);
    await importOkrs(target, plan, { createTeams: false });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('adds nothing when imported again (natural keys), and re-exports the same rows', async () => {
    await seedQuarter(source);
    const exported = (await exportCsv(source, 'okrs')).text;
    await seedDirectory(target);
    await importOkrs(target, await planFor(target, exported), { createTeams: false });
    const again = await planFor(target, exported);
    expect(again.objectives.every((o) => o.existingId !== null)).toBe(true);
    const body = (text: string) => text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1).sort();
    expect(body((await exportCsv(target, 'okrs')).text)).toEqual(body(exported));
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { sampleOrganisation } from '../../../shared/samples/sampleOrganisation';
import { bulkAddWorkspace } from '../../../renderer/db/bulkLoad';
import { loadSampleOrganisation, workspaceIsEmpty } from '../../../renderer/db/sample';
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

describe('the sample organisation', () => {
  it('loads 12 teams, about 80 people and shared OKRs into an empty workspace', async () => {
    expect(await workspaceIsEmpty(db)).toBe(true);
    await loadSampleOrganisation(db, '2026-11-16');
    expect(await db.teams.where('planId').equals(LIVE_PLAN_ID).count()).toBe(12);
    const people = await db.people.count();
    expect(people).toBeGreaterThanOrEqual(75);
    expect(people).toBeLessThanOrEqual(95);
    const objectives = await db.objectives.toArray();
    expect(objectives.some((o) => o.ownerTeamIds.length > 1)).toBe(true);
    expect(await db.checkIns.count()).toBeGreaterThan(0);
    expect(await workspaceIsEmpty(db)).toBe(false);
  });

  it('is the same data for the same day', () => {
    expect(sampleOrganisation('2026-11-16')).toEqual(sampleOrganisation('2026-11-16'));
  });

  it('has no check-in after the day it is generated for', () => {
    const { checkIns } = sampleOrganisation('2026-10-03');
    expect(checkIns.every((c) => c.date <= '2026-10-03' && c.date >= '2026-10-01')).toBe(true);
  });

  it('refuses to load into a workspace that already has teams', async () => {
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Mine' });
    await expect(loadSampleOrganisation(db, '2026-11-16')).rejects.toThrow('only be loaded into an empty workspace');
    expect(await db.teams.count()).toBe(1);
  });

  it('writes nothing when one record is invalid', async () => {
    const records = sampleOrganisation('2026-11-16');
    records.checkIns[5] = { ...records.checkIns[5]!, confidence: 42 };
    await expect(bulkAddWorkspace(db, records)).rejects.toThrow('checkIns[5].confidence: confidence must be at most 10');
    expect(await db.teams.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('writes nothing when the database refuses a record half-way (duplicate id)', async () => {
    const records = sampleOrganisation('2026-11-16');
    records.checkIns.push({ ...records.checkIns[0]! });
    await expect(bulkAddWorkspace(db, records)).rejects.toThrow();
    expect(await db.teams.count()).toBe(0);
    expect(await db.checkIns.count()).toBe(0);
  });
});

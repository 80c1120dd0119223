import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { addMember, removeMember, updateMembership } from '../../../renderer/db/memberships';
import { moveMembers } from '../../../renderer/db/memberMoves';
import { createPerson, deletePerson } from '../../../renderer/db/people';
import { integrityProblems, mergeWorkspaces } from '../../../shared/backup';
import { readAllTables } from '../../../renderer/db/backup';
import { createDraft } from '../../../renderer/db/scenarios';
import { promoteDraft } from '../../../renderer/db/scenarioPromotion';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
let minute = 0;
beforeEach(async () => {
  minute = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + minute++ * 60_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

describe('an archived plan is read-only', () => {
  it('refuses every team and membership edit in the organisation a promotion archived, naming the plan', async () => {
    const ana = await createPerson(db, { name: 'Ana Lima' });
    const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const bill = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Billing' });
    const place = await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 100 });
    const draft = await createDraft(db, { name: 'Next', fromPlanId: LIVE_PLAN_ID });
    const { archivedPlan } = await promoteDraft(db, draft.id, '2026-11-20', {});
    const archived = /“Organisation until 2026-11-19” is an archived plan and read-only: copy it into a draft/;

    await expect(createTeam(db, { planId: archivedPlan.id, name: 'Risk' })).rejects.toThrow(archived);
    await expect(updateTeam(db, pay.id, { name: 'Payments Core' })).rejects.toThrow(archived);
    await expect(deleteTeam(db, bill.id)).rejects.toThrow(archived);
    await expect(addMember(db, { planId: archivedPlan.id, teamId: bill.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 50 })).rejects.toThrow(archived);
    await expect(updateMembership(db, place.id, { allocation: 50 })).rejects.toThrow(archived);
    await expect(moveMembers(db, [place.id], bill.id)).rejects.toThrow(archived);
    await expect(removeMember(db, place.id)).rejects.toThrow(archived);
    expect((await db.teams.get(pay.id))).toMatchObject({ name: 'Payments', planId: archivedPlan.id, deletedAt: null });
    expect((await db.memberships.get(place.id))).toMatchObject({ teamId: pay.id, allocation: 100, deletedAt: null });
  });
});

describe('an archived plan keeps its history when a person is deleted', () => {
  it('keeps the deleted person’s membership in the archived plan, pointing at the tombstone, and removes the live one', async () => {
    const ana = await createPerson(db, { name: 'Ana Lima' });
    const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const then = await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 100 });
    const draft = await createDraft(db, { name: 'Next', fromPlanId: LIVE_PLAN_ID });
    const { archivedPlan } = await promoteDraft(db, draft.id, '2026-11-20', {});
    const now = (await db.memberships.where('personId').equals(ana.id).toArray()).find((m) => m.planId === LIVE_PLAN_ID && m.deletedAt === null)!;

    const before = await readAllTables(db);
    await deletePerson(db, ana.id);

    expect(await db.people.get(ana.id)).toMatchObject({ name: 'Ana Lima', deletedAt: expect.any(String) });
    expect(await db.memberships.get(then.id)).toMatchObject({ planId: archivedPlan.id, personId: ana.id, deletedAt: null });
    expect((await db.memberships.get(now.id))?.deletedAt).not.toBeNull();
    // Valid by the backup's rules (so its backup restores), and a merge keeps the history too.
    const after = await readAllTables(db);
    expect(integrityProblems(after)).toEqual([]);
    const merged = mergeWorkspaces(after, before).tables;
    expect(merged.memberships.find((m) => m.id === then.id)).toMatchObject({ personId: ana.id, deletedAt: null });
    expect(merged.memberships.find((m) => m.id === now.id)?.deletedAt).not.toBeNull();
    expect(integrityProblems(merged)).toEqual([]);
  });

  it('still refuses a backup whose live organisation keeps a membership of a deleted person', async () => {
    const ana = await createPerson(db, { name: 'Ana Lima' });
    const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const place = await addMember(db, { planId: LIVE_PLAN_ID, teamId: pay.id, personId: ana.id, roleId: ROLE_IDS.developer, allocation: 100 });
    const tables = await readAllTables(db);
    tables.people = tables.people.map((p) => (p.id === ana.id ? { ...p, deletedAt: p.updatedAt } : p));
    expect(tables.memberships.some((m) => m.id === place.id && m.deletedAt === null)).toBe(true);
    expect(integrityProblems(tables).join('\n')).toMatch(/personId: person ".+" \(people\[\d+\]\) is deleted, but this membership is not/);
  });
});

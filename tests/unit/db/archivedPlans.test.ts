import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { addMember, removeMember, updateMembership } from '../../../renderer/db/memberships';
import { moveMembers } from '../../../renderer/db/memberMoves';
import { createPerson } from '../../../renderer/db/people';
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

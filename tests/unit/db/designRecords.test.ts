import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import { createTeamGroup, deleteTeamGroup, setTeamGroup } from '../../../renderer/db/teamGroups';
import { createDependency, createInteraction } from '../../../renderer/db/interactions';
import { createDraft, deleteDraft } from '../../../renderer/db/scenarios';
import { undoLastChange } from '../../../renderer/db/undo';
import { updatePrincipleSet } from '../../../renderer/db/principleSets';
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

async function designed() {
  const pay = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments', services: ['Cards', 'Refunds'] });
  const plat = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Platform' });
  await updateTeam(db, plat.id, { type: 'platform' });
  const tribe = await createTeamGroup(db, { planId: LIVE_PLAN_ID, name: 'Money', level: 'Tribe' });
  await setTeamGroup(db, pay.id, tribe.id);
  const xaas = await createInteraction(db, { planId: LIVE_PLAN_ID, providerTeamId: plat.id, consumerTeamId: pay.id, mode: 'x-as-a-service', start: '2026-10-01' });
  const dep = await createDependency(db, { planId: LIVE_PLAN_ID, dependentTeamId: pay.id, dependsOnTeamId: plat.id, state: 'blocking', since: '2026-10-01' });
  return { pay, plat, tribe, xaas, dep };
}

describe('organisation design records', () => {
  it('stores a team’s type, group and services', async () => {
    const { pay, plat, tribe } = await designed();
    expect((await db.teams.get(pay.id))).toMatchObject({ services: ['Cards', 'Refunds'], groupId: tribe.id });
    expect((await db.teams.get(plat.id))?.type).toBe('platform');
  });

  it('refuses an interaction of a team with itself and saves nothing', async () => {
    const { pay } = await designed();
    const before = await db.interactions.count();
    await expect(createInteraction(db, { planId: LIVE_PLAN_ID, providerTeamId: pay.id, consumerTeamId: pay.id, mode: 'collaboration', start: '2026-11-01' })).rejects.toThrow(
      'consumerTeamId: a team cannot interact with itself: pick two different teams',
    );
    expect(await db.interactions.count()).toBe(before);
  });

  it('refuses a second group of the same name in a plan', async () => {
    await designed();
    await expect(createTeamGroup(db, { planId: LIVE_PLAN_ID, name: ' money ' })).rejects.toThrow('A group named “Money” already exists in this plan. Pick another name.');
  });

  it('deleting a team takes its interactions and dependencies with it, in one undo step', async () => {
    const { plat, xaas, dep } = await designed();
    await deleteTeam(db, plat.id);
    expect((await db.interactions.get(xaas.id))?.deletedAt).not.toBeNull();
    expect((await db.dependencies.get(dep.id))?.deletedAt).not.toBeNull();
    await undoLastChange(db);
    expect((await db.interactions.get(xaas.id))?.deletedAt).toBeNull();
    expect((await db.teams.get(plat.id))?.deletedAt).toBeNull();
  });

  it('deleting a group leaves its teams in no group', async () => {
    const { pay, tribe } = await designed();
    await deleteTeamGroup(db, tribe.id);
    expect((await db.teams.get(pay.id))?.groupId).toBeNull();
  });

  it('a draft copies the groups, interactions and dependencies of its plan, pointing at its own teams', async () => {
    await designed();
    const draft = await createDraft(db, { name: 'Next year', fromPlanId: LIVE_PLAN_ID });
    const teams = (await db.teams.where('planId').equals(draft.id).toArray());
    const groups = await db.teamGroups.where('planId').equals(draft.id).toArray();
    const interactions = await db.interactions.where('planId').equals(draft.id).toArray();
    const dependencies = await db.dependencies.where('planId').equals(draft.id).toArray();
    expect(groups.map((g) => g.name)).toEqual(['Money']);
    expect(teams.find((t) => t.name === 'Payments')?.groupId).toBe(groups[0]!.id);
    expect(teams.find((t) => t.name === 'Platform')?.type).toBe('platform');
    const ids = new Set(teams.map((t) => t.id));
    expect(interactions).toHaveLength(1);
    expect(ids.has(interactions[0]!.providerTeamId) && ids.has(interactions[0]!.consumerTeamId)).toBe(true);
    expect(dependencies).toHaveLength(1);
    expect(ids.has(dependencies[0]!.dependentTeamId)).toBe(true);
    await deleteDraft(db, draft.id);
    expect((await db.interactions.where('planId').equals(draft.id).toArray()).every((i) => i.deletedAt !== null)).toBe(true);
    expect((await db.teamGroups.where('planId').equals(draft.id).toArray()).every((g) => g.deletedAt !== null)).toBe(true);
  });

  it('edits a type’s principles, refuses a minimum above its maximum, and keeps the Default limits in Settings', async () => {
    const set = await updatePrincipleSet(db, 'platform', { maxServices: 2, size: { warnBelow: 4, warnAbove: 8, failAbove: 10 } });
    expect([set.maxServices, set.size]).toEqual([2, { warnBelow: 4, warnAbove: 8, failAbove: 10 }]);
    await expect(updatePrincipleSet(db, 'platform', { size: { warnBelow: 9, warnAbove: 5, failAbove: 10 } })).rejects.toThrow('size.warnBelow: the lower limit must not be above the warn limit');
    await expect(updatePrincipleSet(db, 'default', { size: { warnBelow: 3, warnAbove: 8, failAbove: 10 } })).rejects.toThrow(/two-pizza limits and role requirements above: change them there/);
    expect((await db.principleSets.get('principles:platform'))?.maxServices).toBe(2);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import { createPerson } from '../../../renderer/db/people';
import { addMember } from '../../../renderer/db/memberships';
import { readUndoHistory, undoLastChange } from '../../../renderer/db/undo';
import { applyChange } from '../../../renderer/db/changes';
import { countWaiting, updatesTable } from '../../../renderer/sync/syncStore';
import { closeLaptop, exchange, laptop, sendMissing, type Laptop } from './laptops';

let a: Laptop;
let b: Laptop;
let tick = 0;
beforeEach(async () => {
  tick = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + tick++ * 1000));
  [a, b] = [await laptop(), await laptop()];
});
afterEach(async () => {
  resetClock();
  await Promise.all([closeLaptop(a), closeLaptop(b)]);
});

const alive = async (machine: Laptop, table: 'teams' | 'people' | 'memberships') =>
  (await machine.db.table(table).toArray()).filter((record) => record.deletedAt === null);

describe('sync between two laptops', () => {
  it('stores the Yjs update of a change in the same transaction as the record', async () => {
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const rows = await updatesTable(a.db).toArray();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.local === 1 && row.acked === 0)).toBe(true);
    expect(await countWaiting(a.db)).toBe(rows.length);
  });

  it('stores nothing when the change fails: no record and no update', async () => {
    const before = await updatesTable(a.db).count();
    await expect(
      applyChange(a.db, 'Broken', async () => {
        await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Never saved' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await updatesTable(a.db).count()).toBe(before);
    expect((await a.db.teams.toArray()).map((team) => team.name)).not.toContain('Never saved');
  });

  it('brings a team made on one laptop to the other, not undoable there', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    expect((await b.db.teams.get(team.id))?.name).toBe('Payments');
    expect(await readUndoHistory(b.db)).toEqual([]);
  });

  it('keeps both edits when two laptops change different fields of the same team', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await updateTeam(a.db, team.id, { name: 'Payments & Billing' });
    await updateTeam(b.db, team.id, { mission: 'Owns checkout' });
    await exchange(a, b);
    for (const machine of [a, b]) {
      const merged = await machine.db.teams.get(team.id);
      expect(merged).toMatchObject({ name: 'Payments & Billing', mission: 'Owns checkout' });
    }
  });

  it('keeps an edit that arrived while this laptop was saving its own edit of another field', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await updateTeam(a.db, team.id, { name: 'Checkout' });
    sendMissing(a, b); // in the replica, not yet in Dexie
    await updateTeam(b.db, team.id, { mission: 'Owns checkout' });
    await exchange(a, b);
    for (const machine of [a, b]) expect(await machine.db.teams.get(team.id)).toMatchObject({ name: 'Checkout', mission: 'Owns checkout' });
  });

  it('resolves the same field the same way on both laptops and keeps both edits in the history', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await updateTeam(a.db, team.id, { name: 'Checkout' });
    await updateTeam(b.db, team.id, { name: 'Billing' });
    await exchange(a, b);
    const [onA, onB] = [await a.db.teams.get(team.id), await b.db.teams.get(team.id)];
    expect(onA!.name).toBe(onB!.name);
    expect(['Checkout', 'Billing']).toContain(onA!.name);
    const history = a.engine.history('teams', onA as never).filter((change) => change.field === 'name');
    expect(history.map((change) => change.value).sort()).toEqual(['Billing', 'Checkout']);
    expect(b.engine.history('teams', onB as never).filter((change) => change.field === 'name')).toHaveLength(2);
  });

  it('lets a deletion win over a concurrent edit of the deleted team, keeping the edit in its history', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await deleteTeam(a.db, team.id);
    await updateTeam(b.db, team.id, { mission: 'Edited while deleted elsewhere' });
    await exchange(a, b);
    for (const machine of [a, b]) {
      const merged = await machine.db.teams.get(team.id);
      expect(merged?.deletedAt).not.toBeNull();
      expect(machine.engine.history('teams', merged as never).map((change) => change.value)).toContain('Edited while deleted elsewhere');
    }
  });

  it('undoes a deletion on every laptop', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    await deleteTeam(a.db, team.id);
    await exchange(a, b);
    expect((await b.db.teams.get(team.id))?.deletedAt).not.toBeNull();
    expect(await undoLastChange(a.db)).not.toBeNull();
    await exchange(a, b);
    expect((await b.db.teams.get(team.id))?.deletedAt).toBeNull();
  });

  it('ends with one copy of each person when both laptops added the same people (natural keys)', async () => {
    await createPerson(a.db, { name: 'Pat Lee', email: 'pat@example.com' } as never);
    await createPerson(b.db, { name: 'Pat Lee', email: 'PAT@example.com' } as never);
    await exchange(a, b);
    for (const machine of [a, b]) {
      const people = await alive(machine, 'people');
      expect(people.filter((p) => p.email.toLowerCase() === 'pat@example.com')).toHaveLength(1);
    }
    const survivors = [(await alive(a, 'people')).map((p) => p.id).sort(), (await alive(b, 'people')).map((p) => p.id).sort()];
    expect(survivors[0]).toEqual(survivors[1]);
  });

  it('deletes a membership added on one laptop to a team deleted on the other (cascade)', async () => {
    const team = await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const person = await createPerson(a.db, { name: 'Pat Lee', email: 'pat@example.com' } as never);
    await exchange(a, b);
    await deleteTeam(a.db, team.id);
    await addMember(b.db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: 'role:developer', allocation: 100 } as never);
    await exchange(a, b);
    expect(await alive(a, 'memberships')).toEqual([]);
    expect(await alive(b, 'memberships')).toEqual([]);
  });

  it('keeps private drafts on their laptop until the author shares them', async () => {
    const { createDraft } = await import('../../../renderer/db/scenarios');
    const draft = await createDraft(a.db, { name: 'Reorg 2027', fromPlanId: null });
    await createTeam(a.db, { planId: draft.id, name: 'Platform' });
    await exchange(a, b);
    expect(await b.db.plans.get(draft.id)).toBeUndefined();
    expect((await b.db.teams.toArray()).filter((t) => t.planId === draft.id)).toEqual([]);
    await a.engine.shareDraft(draft.id, null);
    await exchange(a, b);
    expect((await b.db.plans.get(draft.id))?.name).toBe('Reorg 2027');
    expect((await b.db.teams.toArray()).filter((t) => t.planId === draft.id).map((t) => t.name)).toContain('Platform');
  });

  it('never syncs this device\'s "this is me"', async () => {
    await a.db.device.put({ key: 'meId', value: 'someone' });
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    expect(await b.db.device.get('meId')).toBeUndefined();
  });

  it('keeps a malformed record from a modified client out of the workspace and reports it', async () => {
    const Y = await import('yjs');
    const doc = a.engine.replica.doc('plan/plan:live');
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      doc.getMap('teams').set('team-bad', bad);
      for (const [field, value] of Object.entries({ id: 'team-bad', planId: LIVE_PLAN_ID, name: '', mission: '', service: '', championId: null, createdAt: 'yesterday', updatedAt: 'now', deletedAt: null, updatedBy: null, isAdmin: true })) bad.set(field, value);
    }, 'modified-client');
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    await exchange(a, b);
    expect(await b.db.teams.get('team-bad')).toBeUndefined();
    expect((await b.db.teams.toArray()).map((team) => team.name)).toContain('Payments');
    expect(b.rejected.map((problem) => problem.id)).toContain('team-bad');
  });
});

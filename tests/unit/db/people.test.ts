import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { RuleViolationError } from '../../../renderer/db/errors';
import { addMember, removeMember, updateMembership } from '../../../renderer/db/memberships';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/db/people';
import { createTeam } from '../../../renderer/db/teams';
import { writeMeId } from '../../../renderer/db/device';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { applyChange } from '../../../renderer/db/changes';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

async function teamWithPerson() {
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  const person = await createPerson(db, { name: 'Grace Tanaka', departmentId: 'department:security' });
  return { team, person };
}

describe('people and memberships', () => {
  it('refuses an invalid email with a message naming the field', async () => {
    await expect(createPerson(db, { name: 'X', email: 'not-an-email' })).rejects.toThrow('email: email is not valid');
  });

  it('refuses a department that does not exist', async () => {
    await expect(createPerson(db, { name: 'X', departmentId: 'department:nope' })).rejects.toThrow('department "department:nope"');
  });

  it('updates a person and keeps the same id', async () => {
    const { person } = await teamWithPerson();
    const updated = await updatePerson(db, person.id, { title: 'Security Analyst' });
    expect(updated.id).toBe(person.id);
    expect(updated.title).toBe('Security Analyst');
  });

  it('rejects an allocation of 0% and of more than 100%', async () => {
    const { team, person } = await teamWithPerson();
    const base = { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.securityAnalyst };
    await expect(addMember(db, { ...base, allocation: 0 })).rejects.toThrow('allocation: allocation must be at least 1%');
    await expect(addMember(db, { ...base, allocation: 101 })).rejects.toThrow('allocation must be at most 100%');
    await expect(addMember(db, { ...base, allocation: 12.5 })).rejects.toThrow('whole percentage');
    expect(await db.memberships.count()).toBe(0);
  });

  it('refuses the same person twice in the same role on one team', async () => {
    const { team, person } = await teamWithPerson();
    const input = { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 };
    await addMember(db, input);
    await expect(addMember(db, input)).rejects.toThrow(RuleViolationError);
  });

  it('refuses a membership whose plan differs from its team', async () => {
    const { team, person } = await teamWithPerson();
    await applyChange(db, 'Add a draft plan', () =>
      db.plans.add({ id: 'plan:draft', name: 'Draft', kind: 'draft', description: '', basedOnPlanId: null, createdAt: team.createdAt, updatedAt: team.createdAt, deletedAt: null, updatedBy: null }),
    );
    await expect(
      addMember(db, { planId: 'plan:draft', teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 }),
    ).rejects.toThrow('another plan');
  });

  it('changes an allocation and removes a member as a tombstone', async () => {
    const { team, person } = await teamWithPerson();
    const member = await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 50 });
    expect((await updateMembership(db, member.id, { allocation: 80 })).allocation).toBe(80);
    await removeMember(db, member.id);
    expect((await db.memberships.get(member.id))?.deletedAt).not.toBeNull();
  });

  it('deleting a person removes their memberships and clears them as champion', async () => {
    const { person } = await teamWithPerson();
    const championed = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Billing', championId: person.id });
    const member = await addMember(db, { planId: LIVE_PLAN_ID, teamId: championed.id, personId: person.id, roleId: ROLE_IDS.securityAnalyst, allocation: 40 });

    await deletePerson(db, person.id);

    expect((await db.people.get(person.id))?.deletedAt).not.toBeNull();
    expect((await db.memberships.get(member.id))?.deletedAt).not.toBeNull();
    expect((await db.teams.get(championed.id))?.championId).toBeNull();
  });

  it('records "this is me" as updatedBy on edits', async () => {
    const me = await createPerson(db, { name: 'Me Myself' });
    await writeMeId(db, me.id);
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Mine' });
    expect(team.updatedBy).toBe(me.id);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DEFAULT_SETTINGS, LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { TeamshapeDb } from '../../../renderer/db/database';
import { createTeam } from '../../../renderer/db/teams';
import { createPerson } from '../../../renderer/db/people';
import { addMember } from '../../../renderer/db/memberships';

const opened: TeamshapeDb[] = [];
function open(name: string): TeamshapeDb {
  const db = new TeamshapeDb(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('the Teamshape database', () => {
  it('starts with the built-in catalogue: roles, departments, the live plan and settings', async () => {
    const db = open('builtins');
    await db.open();
    const roles = await db.roles.orderBy('sortOrder').toArray();
    expect(roles.map((r) => r.id)).toEqual(DEFAULT_ROLES.map((r) => r.id));
    expect(roles.find((r) => r.id === ROLE_IDS.productOwner)).toMatchObject({ required: true, minPerTeam: 1, maxPerTeam: 1 });
    expect(await db.departments.count()).toBe(11);
    expect((await db.departments.where('name').equals('Legal').first())?.kind).toBe('business');
    expect((await db.plans.get(LIVE_PLAN_ID))?.kind).toBe('live');
    expect((await db.settings.get('settings'))?.sizeLimits).toEqual(DEFAULT_SETTINGS.sizeLimits);
  });

  it('keeps data after the database is closed and opened again', async () => {
    const first = open('survives');
    const team = await createTeam(first, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
    const person = await createPerson(first, { name: 'Ben Schmidt', email: 'ben@example.com' });
    await addMember(first, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.productOwner, allocation: 60 });
    first.close();

    const second = new TeamshapeDb('survives');
    await second.open();
    expect(await second.teams.get(team.id)).toEqual(team);
    expect((await second.people.get(person.id))?.email).toBe('ben@example.com');
    expect(await second.memberships.where('teamId').equals(team.id).count()).toBe(1);
    // The built-ins are seeded once, not again on every open.
    expect(await second.roles.count()).toBe(DEFAULT_ROLES.length);
    second.close();
  });

  it('has the indexes the product queries by', () => {
    const db = open('indexes');
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
    expect(indexes('memberships')).toEqual(expect.arrayContaining(['teamId', 'personId', 'planId', '[planId+personId]']));
    expect(indexes('keyResults')).toContain('objectiveId');
    expect(indexes('checkIns')).toEqual(expect.arrayContaining(['keyResultId', '[keyResultId+date]']));
    expect(indexes('objectives')).toEqual(expect.arrayContaining(['periodId', 'ownerTeamIds']));
    expect(db.table('objectives').schema.idxByName['ownerTeamIds']?.multi).toBe(true);
    expect(indexes('teams')).toContain('planId');
  });
});

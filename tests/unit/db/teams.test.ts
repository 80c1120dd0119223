import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import { ValidationError } from '../../../shared/validation';
import { MissingRecordError } from '../../../renderer/db/errors';
import { addMember } from '../../../renderer/db/memberships';
import { createPerson } from '../../../renderer/db/people';
import { createTeam, deleteTeam, updateTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('team repository', () => {
  it('creates a team in the live plan with a UUIDv7 id and timestamps', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: '  Payments Platform ', services: ['Card payments'] });
    expect(team.name).toBe('Payments Platform');
    expect(team.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(team.deletedAt).toBeNull();
    expect(team.createdAt).toBe(team.updatedAt);
    expect(await db.teams.get(team.id)).toEqual(team);
  });

  it('refuses a team without a name, naming the field', async () => {
    await expect(createTeam(db, { planId: LIVE_PLAN_ID, name: '   ' })).rejects.toThrow(ValidationError);
    await expect(createTeam(db, { planId: LIVE_PLAN_ID, name: '' })).rejects.toThrow('name: Team name is required');
    expect(await db.teams.count()).toBe(0);
  });

  it('refuses a team in a plan that does not exist', async () => {
    await expect(createTeam(db, { planId: 'plan:nope', name: 'Ghost' })).rejects.toThrow(MissingRecordError);
    await expect(createTeam(db, { planId: 'plan:nope', name: 'Ghost' })).rejects.toThrow('The plan "plan:nope" does not exist');
  });

  it('refuses unknown fields instead of storing them', async () => {
    const input = { planId: LIVE_PLAN_ID, name: 'Team', colour: 'red' } as unknown as Parameters<typeof createTeam>[1];
    await expect(createTeam(db, input)).rejects.toThrow(/unknown field colour/);
  });

  it('renames a team and stamps a newer updatedAt', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Field App' });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const renamed = await updateTeam(db, team.id, { name: 'Field Service App' });
    expect(renamed.name).toBe('Field Service App');
    expect(renamed.updatedAt > team.updatedAt).toBe(true);
    expect(renamed.createdAt).toBe(team.createdAt);
  });

  it('deletes a team as a tombstone and tombstones its memberships in the same transaction', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Data Platform' });
    const person = await createPerson(db, { name: 'Amara Okafor' });
    const member = await addMember(db, { planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: ROLE_IDS.developer, allocation: 100 });

    await deleteTeam(db, team.id);

    const stored = await db.teams.get(team.id);
    expect(stored?.deletedAt).not.toBeNull();
    expect((await db.memberships.get(member.id))?.deletedAt).toBe(stored?.deletedAt);
    expect((await db.people.get(person.id))?.deletedAt).toBeNull();
  });

  it('refuses to edit or delete a deleted team', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Gone' });
    await deleteTeam(db, team.id);
    await expect(updateTeam(db, team.id, { name: 'Back' })).rejects.toThrow(MissingRecordError);
    await expect(deleteTeam(db, team.id)).rejects.toThrow(MissingRecordError);
  });

  it('refuses an executive champion who is not in the directory', async () => {
    await expect(createTeam(db, { planId: LIVE_PLAN_ID, name: 'Team', championId: 'nobody' })).rejects.toThrow(
      'The executive champion "nobody" does not exist',
    );
  });
});

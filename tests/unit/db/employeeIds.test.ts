import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID, ROLE_IDS } from '../../../shared/model';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { RuleViolationError } from '../../../renderer/db/errors';
import { addMember } from '../../../renderer/db/memberships';
import { createPerson, deletePerson, updatePerson } from '../../../renderer/db/people';
import { importRoster } from '../../../renderer/db/roster';
import { createTeam } from '../../../renderer/db/teams';
import { teamSize } from '../../../shared/rules';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('employee IDs', () => {
  it('are stored trimmed, and an empty one as none', async () => {
    expect((await createPerson(db, { name: 'Ana Lima', employeeId: ' E-1042 ' })).employeeId).toBe('E-1042');
    expect((await createPerson(db, { name: 'Bo Berg', employeeId: '  ' })).employeeId).toBeNull();
    expect((await db.people.where('employeeId').equals('E-1042').first())?.name).toBe('Ana Lima');
  });

  it('belong to one live person: a second one is refused, naming the ID and the other person', async () => {
    await createPerson(db, { name: 'Ana Lima', employeeId: 'E-1042' });
    const error = await createPerson(db, { name: 'Bo Berg', employeeId: 'e-1042' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect((error as Error).message).toMatch(/employee ID "e-1042" already belongs to Ana Lima/);
    expect(await db.people.count()).toBe(1);
  });

  it('are refused on an edit that takes someone else’s, and kept on an edit of the same person', async () => {
    await createPerson(db, { name: 'Ana Lima', employeeId: 'E-1042' });
    const bo = await createPerson(db, { name: 'Bo Berg', employeeId: 'E-7' });
    await expect(updatePerson(db, bo.id, { employeeId: 'E-1042' })).rejects.toThrow(/already belongs to Ana Lima/);
    expect((await updatePerson(db, bo.id, { name: 'Bo Bergström' })).employeeId).toBe('E-7');
  });

  it('are free again once their person is deleted', async () => {
    const ana = await createPerson(db, { name: 'Ana Lima', employeeId: 'E-1042' });
    await deletePerson(db, ana.id);
    expect((await createPerson(db, { name: 'Ana Lima (re-hired)', employeeId: 'E-1042' })).employeeId).toBe('E-1042');
  });

  it('are checked across a roster import too, within the file as well as against the directory', async () => {
    const row = (name: string) => ({ name, email: null, title: '', department: null, employeeId: '9' });
    await expect(importRoster(db, { create: [row('A'), row('B')], update: [] })).rejects.toThrow(/"9" already belongs to A/);
    expect(await db.people.count()).toBe(0);
  });
});

describe('vacancies', () => {
  it('are added as a membership without a person, and several alike may be open on one team', async () => {
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments' });
    const open = { planId: LIVE_PLAN_ID, teamId: team.id, personId: null, roleId: ROLE_IDS.developer, allocation: 80 };
    await addMember(db, open);
    await addMember(db, open);
    const memberships = await db.memberships.where('teamId').equals(team.id).toArray();
    expect(memberships.map((m) => m.personId)).toEqual([null, null]);
    expect(teamSize(memberships)).toEqual({ headcount: 2, fte: 1.6 });
  });
});

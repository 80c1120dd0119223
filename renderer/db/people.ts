import { NewPerson, Person } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';
import { mustHaveUniqueEmployeeIds } from './employeeIds';
import { archivedPlanIds } from '../../shared/scenarios/archivedHistory';

export type PersonChanges = Partial<Pick<Person, 'name' | 'email' | 'title' | 'departmentId' | 'employeeId'>>;

export async function createPerson(db: TeamshapeDb, input: NewPerson): Promise<Person> {
  return applyChange(db, (person) => `Add person “${person.name}”`, async () => {
    const fields = parseOrThrow(NewPerson, input);
    const person = parseOrThrow(Person, { ...fields, ...stampNew(await currentActor(db)) });
    if (person.departmentId) await mustExist(db.departments, person.departmentId, 'department');
    await mustHaveUniqueEmployeeIds(db, [person]);
    await db.people.add(person);
    return person;
  });
}

export async function updatePerson(db: TeamshapeDb, personId: string, changes: PersonChanges, options: EditOptions = {}): Promise<Person> {
  return applyChange(db, (person) => `Edit person “${person.name}”`, async () => {
    const existing = await mustExist(db.people, personId, 'person');
    const person = parseOrThrow(Person, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (person.departmentId && person.departmentId !== existing.departmentId) {
      await mustExist(db.departments, person.departmentId, 'department');
    }
    await mustHaveUniqueEmployeeIds(db, [person]);
    await db.people.put(person);
    return person;
  }, { expected: expectedVersion('people', personId, options) });
}

/**
 * Tombstones the person, their memberships in the live organisation and drafts, and clears them as
 * champion of any team. Memberships in archived plans stay: those plans are history, and they keep
 * showing who was there, by the tombstoned person's name (see keepsHistory).
 */
export async function deletePerson(db: TeamshapeDb, personId: string): Promise<void> {
  await applyChange(db, 'Remove a person', async () => {
    const person = await mustExist(db.people, personId, 'person');
    const actor = await currentActor(db);
    const tombstone = stampDelete(actor);
    await db.people.put({ ...person, ...tombstone });
    const memberships = await db.memberships.where('personId').equals(personId).toArray();
    const archived = archivedPlanIds(await db.plans.toArray());
    await db.memberships.bulkPut(memberships.filter((m) => m.deletedAt === null && !archived.has(m.planId)).map((m) => ({ ...m, ...tombstone })));
    const championed = await db.teams.where('championId').equals(personId).toArray();
    await db.teams.bulkPut(championed.map((t) => ({ ...t, championId: null, updatedAt: tombstone.updatedAt, updatedBy: actor })));
  });
}

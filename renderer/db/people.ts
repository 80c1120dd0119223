import { NewPerson, Person } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';

export type PersonChanges = Partial<Pick<Person, 'name' | 'email' | 'title' | 'departmentId'>>;

export async function createPerson(db: TeamshapeDb, input: NewPerson): Promise<Person> {
  return db.transaction('rw', db.people, db.departments, db.settings, async () => {
    const fields = parseOrThrow(NewPerson, input);
    const person = parseOrThrow(Person, { ...fields, ...stampNew(await currentActor(db)) });
    if (person.departmentId) await mustExist(db.departments, person.departmentId, 'department');
    await db.people.add(person);
    return person;
  });
}

export async function updatePerson(db: TeamshapeDb, personId: string, changes: PersonChanges): Promise<Person> {
  return db.transaction('rw', db.people, db.departments, db.settings, async () => {
    const existing = await mustExist(db.people, personId, 'person');
    const person = parseOrThrow(Person, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (person.departmentId && person.departmentId !== existing.departmentId) {
      await mustExist(db.departments, person.departmentId, 'department');
    }
    await db.people.put(person);
    return person;
  });
}

/** Tombstones the person, their memberships, and clears them as champion of any team. */
export async function deletePerson(db: TeamshapeDb, personId: string): Promise<void> {
  await db.transaction('rw', [db.people, db.memberships, db.teams, db.settings], async () => {
    const person = await mustExist(db.people, personId, 'person');
    const actor = await currentActor(db);
    const tombstone = stampDelete(actor);
    await db.people.put({ ...person, ...tombstone });
    const memberships = await db.memberships.where('personId').equals(personId).toArray();
    await db.memberships.bulkPut(memberships.filter((m) => m.deletedAt === null).map((m) => ({ ...m, ...tombstone })));
    const championed = await db.teams.where('championId').equals(personId).toArray();
    await db.teams.bulkPut(championed.map((t) => ({ ...t, championId: null, updatedAt: tombstone.updatedAt, updatedBy: actor })));
  });
}

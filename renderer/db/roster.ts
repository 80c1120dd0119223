import { NewPerson, Person } from '../../shared/model';
import { ValidationError, describeIssues, parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { currentActor, mustExist, stampNew, stampUpdate } from './stamp';
import { applyChange } from './changes';
import { mustHaveUniqueEmployeeIds } from './employeeIds';

export interface RosterImportPlan {
  create: NewPerson[];
  update: { personId: string; changes: Partial<Pick<Person, 'name' | 'email' | 'title' | 'departmentId'>> }[];
}

/** Creates and updates every row in ONE transaction: on any failure, nobody is imported. */
export async function importRoster(db: TeamshapeDb, plan: RosterImportPlan): Promise<{ created: number; updated: number }> {
  return applyChange(db, (result) => `Import ${result.created + result.updated} people`, async () => {
    const actor = await currentActor(db);
    const departmentIds = new Set<string>();
    const created = plan.create.map((input, index) => {
      const result = NewPerson.safeParse(input);
      if (!result.success) throw new ValidationError(describeIssues(result.error, `create[${index}]`));
      if (result.data.departmentId) departmentIds.add(result.data.departmentId);
      return parseOrThrow(Person, { ...result.data, ...stampNew(actor) });
    });
    const updated: Person[] = [];
    for (const { personId, changes } of plan.update) {
      const existing = await mustExist(db.people, personId, 'person');
      const person = parseOrThrow(Person, { ...existing, ...changes, ...stampUpdate(actor) });
      if (person.departmentId) departmentIds.add(person.departmentId);
      updated.push(person);
    }
    for (const departmentId of departmentIds) await mustExist(db.departments, departmentId, 'department');
    await mustHaveUniqueEmployeeIds(db, [...created, ...updated]);
    await db.people.bulkAdd(created);
    await db.people.bulkPut(updated);
    return { created: created.length, updated: updated.length };
  });
}

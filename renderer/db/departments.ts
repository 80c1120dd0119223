import { Department, NewDepartment } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type DepartmentChanges = Partial<Pick<Department, 'name' | 'kind'>>;

async function mustBeUniqueName(db: TeamshapeDb, name: string, exceptId?: string): Promise<void> {
  const clash = await db.departments
    .filter((d) => d.deletedAt === null && d.id !== exceptId && d.name.toLowerCase() === name.toLowerCase())
    .first();
  if (clash) throw new RuleViolationError(`A department called "${clash.name}" already exists: choose another name.`);
}

export async function createDepartment(db: TeamshapeDb, input: NewDepartment): Promise<Department> {
  return applyChange(db, (department) => `Add department “${department.name}”`, async () => {
    const fields = parseOrThrow(NewDepartment, input);
    await mustBeUniqueName(db, fields.name);
    const department = parseOrThrow(Department, { ...fields, ...stampNew(await currentActor(db)) });
    await db.departments.add(department);
    return department;
  });
}

export async function updateDepartment(db: TeamshapeDb, departmentId: string, changes: DepartmentChanges, options: EditOptions = {}): Promise<Department> {
  return applyChange(db, (department) => `Edit department “${department.name}”`, async () => {
    const existing = await mustExist(db.departments, departmentId, 'department');
    const department = parseOrThrow(Department, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await mustBeUniqueName(db, department.name, departmentId);
    await db.departments.put(department);
    return department;
  }, { expected: expectedVersion('departments', departmentId, options) });
}

/** Refused while people belong to the department, so nobody silently loses theirs. */
export async function deleteDepartment(db: TeamshapeDb, departmentId: string): Promise<void> {
  await applyChange(db, 'Delete a department', async () => {
    const existing = await mustExist(db.departments, departmentId, 'department');
    const members = await db.people.where('departmentId').equals(departmentId).filter((p) => p.deletedAt === null).count();
    if (members > 0) {
      throw new RuleViolationError(
        `${members} ${members === 1 ? 'person is' : 'people are'} in ${existing.name}: move them to another department first.`,
      );
    }
    await db.departments.put({ ...existing, ...stampDelete(await currentActor(db)) });
  });
}

/** Several departments' changes saved together (the Settings section's Save): one change, one undo step. */
export async function updateDepartments(db: TeamshapeDb, edits: ReadonlyArray<{ departmentId: string; changes: DepartmentChanges }>): Promise<Department[]> {
  return applyChange(db, (saved) => (saved.length === 1 ? `Edit department “${saved[0]!.name}”` : `Edit ${saved.length.toLocaleString('en-US')} departments`), async () => {
    const saved: Department[] = [];
    for (const { departmentId, changes } of edits) saved.push(await updateDepartment(db, departmentId, changes));
    return saved;
  });
}

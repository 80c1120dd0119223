import { Department, NewPerson, Person, employeeIdKey } from '../../shared/model';
import type { RosterImportPlan } from '../../shared/import';
import { ValidationError, describeIssues, parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange, StaleWriteError } from './changes';
import { RuleViolationError } from './errors';
import { addInChunks, throwIfCancelled, type ImportControl } from './importProgress';
import { currentActor, stampNew, stampUpdate } from './stamp';
import { byName } from './nameOrder';
import { nextTask, sortInSlices } from './sortInSlices';

export type { RosterImportPlan };

export interface RosterImportResult {
  created: number;
  updated: number;
  departments: number;
}

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** Refuses two live people with one employee ID, checked in memory against every person once (one read, not one per row). */
function mustHaveUniqueEmployeeIds(stored: readonly Person[], writing: readonly Person[]): void {
  const writingIds = new Set(writing.map((p) => p.id));
  const owners = new Map<string, Pick<Person, 'id' | 'name'>>();
  for (const p of stored) if (p.deletedAt === null && p.employeeId && !writingIds.has(p.id)) owners.set(employeeIdKey(p.employeeId), p);
  for (const p of writing) {
    if (!p.employeeId || p.deletedAt !== null) continue;
    const other = owners.get(employeeIdKey(p.employeeId));
    if (other && other.id !== p.id) {
      throw new RuleViolationError(`The employee ID "${p.employeeId}" already belongs to ${other.name}: each person has their own. Check the ID for ${p.name}, or change ${other.name}'s first.`);
    }
    owners.set(employeeIdKey(p.employeeId), p);
  }
}

const PREPARE_SLICE = 1000;

/**
 * Creates the new departments, then adds and updates every person, in ONE change (one undo
 * step): on any failure or a cancel before the commit, nothing is written. Records are built and
 * validated first, in slices between which the window stays responsive; the change then checks
 * that nothing it relied on moved meanwhile (another window) and writes in chunks, reporting
 * progress per chunk.
 */
export async function importRoster(db: TeamshapeDb, plan: Pick<RosterImportPlan, 'create' | 'update'> & Partial<Pick<RosterImportPlan, 'departments'>>, control: ImportControl = {}): Promise<RosterImportResult> {
  throwIfCancelled(control.signal);
  const actor = await currentActor(db);
  const [departments, people] = await Promise.all([db.departments.toArray(), db.people.toArray()]);
  const departmentIds = new Map(departments.filter((d) => d.deletedAt === null).map((d) => [key(d.name), d.id]));
  const newDepartments = (plan.departments ?? [])
    .filter((d) => !departmentIds.has(key(d.name)))
    .map((d) => parseOrThrow(Department, { name: d.name.trim(), kind: d.kind, ...stampNew(actor) }));
  for (const d of newDepartments) departmentIds.set(key(d.name), d.id);
  const departmentOf = (name: string | null | undefined): string | null => {
    if (!name) return null;
    const id = departmentIds.get(key(name));
    if (!id) throw new RuleViolationError(`The department "${name}" does not exist and is not among those this import creates: read the file again.`);
    return id;
  };
  const built: Person[] = [];
  for (let index = 0; index < plan.create.length; index++) {
    if (index > 0 && index % PREPARE_SLICE === 0) {
      await nextTask();
      throwIfCancelled(control.signal);
    }
    const input = plan.create[index]!;
    const result = NewPerson.safeParse({ name: input.name, email: input.email, title: input.title, employeeId: input.employeeId, departmentId: departmentOf(input.department) });
    if (!result.success) throw new ValidationError(describeIssues(result.error, `create[${index}]`));
    built.push(parseOrThrow(Person, { ...result.data, ...stampNew(actor) }));
  }
  // Written in the directory's order, so the directory's sort after the commit finds them sorted
  // (a run, linear) instead of sorting 50,000 names in one long task.
  const created = await sortInSlices(built, byName, 4000);
  throwIfCancelled(control.signal);
  const byId = new Map(people.map((p) => [p.id, p]));
  const updated = plan.update.map(({ personId, expectedUpdatedAt, changes }) => {
    const existing = byId.get(personId);
    if (!existing || existing.deletedAt !== null) throw new StaleWriteError('people', personId, existing ?? null);
    if (expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt) throw new StaleWriteError('people', personId, existing);
    const { department, ...fields } = changes;
    const next = { ...existing, ...fields, ...(department !== undefined ? { departmentId: departmentOf(department) } : {}), ...stampUpdate(actor) };
    return parseOrThrow(Person, next);
  });
  await nextTask();
  mustHaveUniqueEmployeeIds(people, [...built, ...updated]);
  await nextTask();
  throwIfCancelled(control.signal);

  const label = (r: RosterImportResult) => `Import ${r.created + r.updated === 1 ? '1 person' : `${(r.created + r.updated).toLocaleString('en-US')} people`}`;
  return applyChange(db, label, async () => {
    await mustBeAsPrepared(db, departments, people, built, updated);
    const progress = { done: 0, total: newDepartments.length + created.length + updated.length };
    if (newDepartments.length > 0) await addInChunks(db.departments, newDepartments, progress, control);
    await addInChunks(db.people, created, progress, control);
    if (updated.length > 0) {
      throwIfCancelled(control.signal);
      await db.people.bulkPut(updated);
      progress.done += updated.length;
      control.onProgress?.(progress.done, progress.total);
    }
    throwIfCancelled(control.signal);
    return { created: created.length, updated: updated.length, departments: newDepartments.length };
  }, { prevalidated: true });
}

/**
 * Inside the change: the departments and people the records were prepared against are still as
 * read. Another window's edit in between refuses the import (nothing written) instead of
 * overwriting it or leaving a dangling department.
 */
async function mustBeAsPrepared(db: TeamshapeDb, departments: readonly Department[], people: readonly Person[], created: readonly Person[], updated: readonly Person[]): Promise<void> {
  const now = await db.departments.toArray();
  const before = new Map(departments.map((d) => [d.id, d.updatedAt]));
  const changed = now.find((d) => before.get(d.id) !== d.updatedAt);
  if (changed) throw new StaleWriteError('departments', changed.id, changed);
  if ((await db.people.count()) !== people.length) {
    // Someone was added in another window meanwhile: their employee ID may clash.
    mustHaveUniqueEmployeeIds(await db.people.toArray(), [...created, ...updated]);
  }
  const current = await db.people.bulkGet(updated.map((p) => p.id));
  const read = new Map(people.map((p) => [p.id, p.updatedAt]));
  current.forEach((person, index) => {
    const id = updated[index]?.id ?? '';
    if (!person || person.deletedAt !== null || person.updatedAt !== read.get(id)) throw new StaleWriteError('people', id, person ?? null);
  });
}

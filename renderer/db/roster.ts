import { Department, NewPerson, Person, employeeIdKey } from '../../shared/model';
import type { RosterImportPlan } from '../../shared/import';
import { ValidationError, describeIssues, parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange, StaleWriteError } from './changes';
import { RuleViolationError } from './errors';
import { addInChunks, throwIfCancelled, type ImportControl } from './importProgress';
import { currentActor, stampNew, stampUpdate } from './stamp';

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

/**
 * Creates the new departments, then adds and updates every person, in ONE change (one undo
 * step): on any failure or a cancel before the commit, nothing is written. Progress is reported
 * per chunk of people written.
 */
export async function importRoster(db: TeamshapeDb, plan: Pick<RosterImportPlan, 'create' | 'update'> & Partial<Pick<RosterImportPlan, 'departments'>>, control: ImportControl = {}): Promise<RosterImportResult> {
  const label = (r: RosterImportResult) => `Import ${r.created + r.updated === 1 ? '1 person' : `${(r.created + r.updated).toLocaleString('en-US')} people`}`;
  return applyChange(db, label, async () => {
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
    const created = plan.create.map((input, index) => {
      const result = NewPerson.safeParse({ name: input.name, email: input.email, title: input.title, employeeId: input.employeeId, departmentId: departmentOf(input.department) });
      if (!result.success) throw new ValidationError(describeIssues(result.error, `create[${index}]`));
      return parseOrThrow(Person, { ...result.data, ...stampNew(actor) });
    });
    const byId = new Map(people.map((p) => [p.id, p]));
    const updated = plan.update.map(({ personId, expectedUpdatedAt, changes }) => {
      const existing = byId.get(personId);
      if (!existing || existing.deletedAt !== null) throw new StaleWriteError('people', personId, existing ?? null);
      if (expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt) throw new StaleWriteError('people', personId, existing);
      const { department, ...fields } = changes;
      const next = { ...existing, ...fields, ...(department !== undefined ? { departmentId: departmentOf(department) } : {}), ...stampUpdate(actor) };
      return parseOrThrow(Person, next);
    });
    mustHaveUniqueEmployeeIds(people, [...created, ...updated]);
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

import { employeeIdKey } from '../model';
import type { BackupTables } from './format';

/**
 * Rules across records that a schema cannot see: an employee ID belongs to one live person, and
 * a correction corrects a check-in of its own key result. Tombstones may share an employee ID
 * with a live person (someone left and was re-hired; a record merged into another). Returns
 * messages such as `people[7].employeeId: employee ID "E-1042" is already used by people[3] ("Ana Lima")`.
 */
export function integrityProblems(tables: BackupTables, limit = 100): string[] {
  const problems: string[] = [];
  const byEmployeeId = new Map<string, number>();
  tables.people.forEach((person, i) => {
    if (person.deletedAt !== null || !person.employeeId || problems.length >= limit) return;
    const key = employeeIdKey(person.employeeId);
    const first = byEmployeeId.get(key);
    if (first === undefined) byEmployeeId.set(key, i);
    else problems.push(`people[${i}].employeeId: employee ID "${person.employeeId}" is already used by people[${first}] ("${tables.people[first]!.name}")`);
  });
  const keyResultOf = new Map(tables.checkIns.map((c) => [c.id, c.keyResultId]));
  tables.checkIns.forEach((checkIn, i) => {
    if (!checkIn.correctsId || problems.length >= limit) return;
    const corrected = keyResultOf.get(checkIn.correctsId);
    if (checkIn.correctsId === checkIn.id) problems.push(`checkIns[${i}].correctsId: a check-in cannot correct itself`);
    else if (corrected !== undefined && corrected !== checkIn.keyResultId) {
      problems.push(`checkIns[${i}].correctsId: check-in "${checkIn.correctsId}" belongs to another key result; a correction corrects a check-in of its own key result`);
    }
  });
  return problems;
}

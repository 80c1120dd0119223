import { employeeIdKey, type Person } from '../../shared/model';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';

/**
 * Refuses people whose employee ID another live person already has (compared case-insensitively,
 * see employeeIdKey), in the database or among `people` themselves. Call inside the transaction
 * that writes them, before writing.
 */
export async function mustHaveUniqueEmployeeIds(db: TeamshapeDb, people: readonly Pick<Person, 'id' | 'name' | 'employeeId' | 'deletedAt'>[]): Promise<void> {
  const claimed = new Map<string, Pick<Person, 'id' | 'name'>>();
  const writing = new Set(people.map((p) => p.id));
  for (const person of people) {
    if (!person.employeeId || person.deletedAt !== null) continue;
    const key = employeeIdKey(person.employeeId);
    const stored = await db.people
      .where('employeeId')
      .equalsIgnoreCase(person.employeeId)
      .filter((other) => other.deletedAt === null && !writing.has(other.id) && employeeIdKey(other.employeeId ?? '') === key)
      .first();
    const other = claimed.get(key) ?? stored;
    if (other && other.id !== person.id) {
      throw new RuleViolationError(
        `The employee ID "${person.employeeId}" already belongs to ${other.name}: each person has their own. Check the ID for ${person.name}, or change ${other.name}'s first.`,
      );
    }
    claimed.set(key, person);
  }
}

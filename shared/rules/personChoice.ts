import type { Person } from '../model';

export interface PersonChoice {
  /** The people to list, in the given order: the kept person first when the query leaves them out. */
  shown: Person[];
  /** How many people match the query (all of them for an empty query). */
  matching: number;
}

/** Every word of the query in the person's name, email or employee ID (case-insensitive). */
export function personMatches(person: Person, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = `${person.name} ${person.email ?? ''} ${person.employeeId ?? ''}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * A short list to choose one person from a directory of thousands (a select of 5,000 names is
 * unusable and slow): the first `limit` people matching the query, plus the person already chosen
 * (`keepId`) so the field can still show them.
 */
export function choosablePeople(people: readonly Person[], query: string, limit: number, keepId: string | null = null): PersonChoice {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown: Person[] = [];
  let matching = 0;
  let keptShown = false;
  for (const person of people) {
    if (!personMatches(person, words)) continue;
    matching++;
    if (shown.length < limit) {
      shown.push(person);
      if (person.id === keepId) keptShown = true;
    }
  }
  const kept = keepId && !keptShown ? people.find((p) => p.id === keepId) : undefined;
  return { shown: kept ? [kept, ...shown] : shown, matching };
}

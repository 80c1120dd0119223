import type { Person } from '../../shared/model';
import { formerPersonName } from '../../shared/scenarios/archivedHistory';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';

const NONE: Person[] = [];

/**
 * People deleted from the directory whom a plan's live memberships still name — only an archived
 * plan has them, since it keeps its history — named "Ana Lima (removed)". Screens add them to
 * their people lookup so history shows who was there instead of "Unknown person".
 */
export function usePlanFormerPeople(planId: string): Person[] {
  const memory = useWorkspaceMemory();
  const memberships = useTableVersion('memberships');
  const people = useTableVersion('people');
  // Kept across visits (one pass over the plan's memberships per change of either table, not per screen opened).
  return memory.memo(`plan-former-people:${planId}`, [memberships, people], () => {
    if (!memberships || !people) return NONE;
    const former = new Map<string, Person>();
    for (const m of memory.membershipsByPlan.get(planId)) {
      if (m.personId === null || former.has(m.personId)) continue;
      const person = memory.get<Person>('people', m.personId);
      if (person && person.deletedAt !== null) former.set(person.id, { ...person, name: formerPersonName(person.name) });
    }
    return former.size === 0 ? NONE : [...former.values()];
  });
}

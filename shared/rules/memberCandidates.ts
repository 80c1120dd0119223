import type { Membership, Person } from '../model';
import { FULL_TIME } from './allocation';

type CandidateMembership = Pick<Membership, 'personId' | 'teamId' | 'roleId' | 'allocation' | 'deletedAt'>;

export interface MemberCandidate {
  person: Pick<Person, 'id' | 'name' | 'title'>;
  /** Percent of their time not yet given to a team of the plan (may be negative when over-allocated). */
  free: number;
  /** The teams they sit on now, in the order first seen. */
  teamIds: string[];
  /** They hold the wanted role on another team. */
  holdsRole: boolean;
}

/**
 * Who can join `teamId` as `roleId`: everyone except people already holding that role on that
 * team. People who hold the role elsewhere and have free time come first, then by free time, then
 * by name, so "+ Add security analyst" offers the likeliest people at the top.
 */
export function memberCandidates(
  people: readonly Pick<Person, 'id' | 'name' | 'title'>[],
  memberships: readonly CandidateMembership[],
  teamId: string,
  roleId: string | undefined,
): MemberCandidate[] {
  const allocated = new Map<string, number>();
  const teams = new Map<string, string[]>();
  const holders = new Set<string>();
  const excluded = new Set<string>();
  for (const m of memberships) {
    if (m.deletedAt !== null || m.personId === null) continue;
    allocated.set(m.personId, (allocated.get(m.personId) ?? 0) + m.allocation);
    const list = teams.get(m.personId) ?? [];
    if (!list.includes(m.teamId)) list.push(m.teamId);
    teams.set(m.personId, list);
    if (m.roleId === roleId) {
      if (m.teamId === teamId) excluded.add(m.personId);
      else holders.add(m.personId);
    }
  }
  const candidates = people
    .filter((p) => !excluded.has(p.id))
    .map((person) => ({ person, free: FULL_TIME - (allocated.get(person.id) ?? 0), teamIds: teams.get(person.id) ?? [], holdsRole: holders.has(person.id) }));
  const rank = (c: MemberCandidate) => (c.holdsRole && c.free > 0 ? 0 : c.free > 0 ? 1 : 2);
  return candidates.sort((a, b) => rank(a) - rank(b) || b.free - a.free || a.person.name.localeCompare(b.person.name));
}

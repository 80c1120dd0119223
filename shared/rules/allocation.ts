import type { Membership } from '../model';
import type { Finding } from './finding';
import { count, listOf } from './wording';
import { isolateBidi } from '../bidi';

/** 100 %: a person's whole working time. */
export const FULL_TIME = 100;

export interface AllocationShare {
  teamId: string;
  /** Percent of the person's time on this team, summed over their roles on it. */
  allocation: number;
}

export interface PersonAllocation {
  personId: string;
  /** Percent across all teams; over 100 means over-allocated. */
  total: number;
  /** Where the time goes, largest share first. */
  shares: AllocationShare[];
}

type AllocatedMembership = Pick<Membership, 'personId' | 'teamId' | 'allocation' | 'deletedAt'>;

/**
 * Each person's allocation across teams, in order of first appearance. Pass the memberships of one
 * plan: a draft plan's memberships are an alternative to the live ones, not extra work. Vacancies
 * (no person yet) are nobody's time, so they are never over-allocated.
 */
export function personAllocations(memberships: readonly AllocatedMembership[]): PersonAllocation[] {
  const byPerson = new Map<string, Map<string, number>>();
  for (const membership of memberships) {
    if (membership.deletedAt !== null || membership.personId === null) continue;
    const teams = byPerson.get(membership.personId) ?? new Map<string, number>();
    teams.set(membership.teamId, (teams.get(membership.teamId) ?? 0) + membership.allocation);
    byPerson.set(membership.personId, teams);
  }
  return [...byPerson].map(([personId, teams]) => {
    const shares = [...teams].map(([teamId, allocation]) => ({ teamId, allocation }));
    shares.sort((a, b) => b.allocation - a.allocation);
    return { personId, total: shares.reduce((sum, share) => sum + share.allocation, 0), shares };
  });
}

/** Optional lookups so messages can use names; without them the messages stay generic. */
export interface AllocationNames {
  person?: (personId: string) => string | undefined;
  team?: (teamId: string) => string | undefined;
}

function whereTimeGoes(shares: readonly AllocationShare[], teamName: AllocationNames['team']): string {
  if (!teamName) return shares.length === 1 ? 'on one team' : `across ${count(shares.length, 'team')}`;
  const name = (share: AllocationShare) => isolateBidi(teamName(share.teamId) ?? share.teamId);
  const [only] = shares;
  if (shares.length === 1 && only) return `on ${name(only)}`;
  return `across ${count(shares.length, 'team')} (${listOf(shares.map((s) => `${name(s)} ${s.allocation}%`))})`;
}

function overAllocationFinding(person: PersonAllocation, names: AllocationNames): Finding {
  const who = names.person?.(person.personId) ?? 'This person';
  const excess = person.total - FULL_TIME;
  const fix = person.shares.length > 1
    ? `Lower their allocations by ${excess} percentage points in total, or take them off one of the teams.`
    : `Lower their allocations across their roles on this team by ${excess} percentage points in total.`;
  return {
    id: `allocation:over:${person.personId}`,
    rule: 'allocation',
    severity: 'warn',
    title: `Over-allocated: ${person.total}%`,
    explanation: `${who} is allocated ${person.total}% ${whereTimeGoes(person.shares, names.team)}: ${excess}% more than full time, so some of that work will not happen.`,
    fix,
    subject: { personId: person.personId },
  };
}

/** A warning for every person allocated more than 100 % in total. */
export function overAllocationFindings(allocations: readonly PersonAllocation[], names: AllocationNames = {}): Finding[] {
  return allocations.filter((person) => person.total > FULL_TIME).map((person) => overAllocationFinding(person, names));
}

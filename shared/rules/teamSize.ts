import type { Membership } from '../model';
import { formatNumber } from './wording';

export interface TeamSize {
  /**
   * Distinct people with an alive membership (someone holding two roles counts once), plus one
   * for each open vacancy: the size the team is planned to have.
   */
  headcount: number;
  /** Full-time equivalents: the sum of alive allocations / 100, unrounded (use formatFte to show it). */
  fte: number;
}

type SizedMembership = Pick<Membership, 'personId' | 'allocation' | 'deletedAt'>;

/** The size of one team, from that team's memberships (deleted memberships are ignored). */
export function teamSize(memberships: readonly SizedMembership[]): TeamSize {
  const people = new Set<string>();
  let vacancies = 0;
  let allocation = 0;
  for (const membership of memberships) {
    if (membership.deletedAt !== null) continue;
    if (membership.personId === null) vacancies += 1;
    else people.add(membership.personId);
    allocation += membership.allocation;
  }
  // Allocations are whole percentages, so one division keeps the FTE exact to the hundredth.
  return { headcount: people.size + vacancies, fte: allocation / 100 };
}

/** FTE for display: at most two decimals, no trailing zeros (2.5, 10, 1.33). */
export function formatFte(fte: number): string {
  return formatNumber(fte);
}

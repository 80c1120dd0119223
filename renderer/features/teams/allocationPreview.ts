import type { Membership, Person } from '../../../shared/model';
import { isolateBidi } from '../../../shared/bidi';

/** "Already 80% on other teams; with this team 130%: over-allocated." — shown before saving. */
export function allocationPreview(person: Person, planMemberships: readonly Membership[], adding: number): string {
  const current = planMemberships.filter((m) => m.personId === person.id && m.deletedAt === null).reduce((sum, m) => sum + m.allocation, 0);
  const extra = Number.isFinite(adding) ? adding : 0;
  const total = current + extra;
  const before = current === 0 ? `${isolateBidi(person.name)} is not on any team yet` : `${isolateBidi(person.name)} is already allocated ${current}%`;
  if (total > 100) return `${before}; with this team ${total}%: over-allocated.`;
  return `${before}; with this team ${total}%.`;
}

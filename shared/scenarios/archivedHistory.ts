/**
 * Archived plans are history: how the organisation was. Deleting a person later must not rewrite
 * who was there, so their memberships in archived plans stay alive, pointing at the tombstoned
 * person, whose name the plan keeps showing. The repositories (deletePerson), the merge cascades
 * and the backup integrity rules all follow this one rule.
 */
export function archivedPlanIds(plans: Iterable<{ id: string; kind: string; deletedAt: string | null }>): Set<string> {
  const ids = new Set<string>();
  for (const plan of plans) if (plan.kind === 'archived' && plan.deletedAt === null) ids.add(plan.id);
  return ids;
}

/** A membership a deleted person leaves behind alive: one of an archived plan. */
export function keepsHistory(membership: object, archived: ReadonlySet<string>): boolean {
  const planId = (membership as { planId?: unknown }).planId;
  return typeof planId === 'string' && archived.has(planId);
}

/** How an archived plan shows a person deleted since: their name, marked so nobody looks for them in the directory. */
export function formerPersonName(name: string): string {
  return `${name} (removed)`;
}

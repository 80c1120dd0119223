import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';

/** Archived plans are the organisation's history: their teams and memberships are never edited. */
export async function mustBeEditablePlan(db: TeamshapeDb, planId: string): Promise<void> {
  const plan = await db.plans.get(planId);
  if (plan?.kind === 'archived') {
    throw new RuleViolationError(`“${plan.name}” is an archived plan and read-only: copy it into a draft (Plans › Copy into a draft…) to try changes out.`);
  }
}

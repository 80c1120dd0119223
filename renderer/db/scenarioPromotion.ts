/**
 * Comparing plans and promoting a draft. Reads gather a plan's records once; promote writes every
 * record of the promotion plan (shared/scenarios/promotion.ts) in one change: one transaction,
 * one undo step that puts everything back.
 */
import { LIVE_PLAN_ID, type Plan } from '../../shared/model';
import {
  comparePlans, planPromotion, MAX_COMPARED_PLANS,
  type ComparisonResult, type OkrImpactItem, type PlanRecords, type RepointChoices,
} from '../../shared/scenarios';
import { nowIso } from '../../shared/clock';
import { newId } from '../../shared/ids';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor } from './stamp';
import { applyChange } from './changes';
import { mustBeAlive } from './okrReads';
import { planDesignRecords, planRecords } from './scenarios';

export type { PlanComparison, ComparisonResult } from '../../shared/scenarios';

async function directory(db: TeamshapeDb) {
  const [people, departments, roles, settings, allTeams] = await Promise.all([
    db.people.toArray(), db.departments.toArray(), db.roles.toArray(), db.settings.toArray(), db.teams.toArray(),
  ]);
  const setting = settings[0];
  if (!setting) throw new RuleViolationError('The settings of this workspace are missing: reload the app.');
  return { people, departments, roles, settings: setting, allTeams };
}

/** Up to four plans compared with a baseline (usually the live organisation): change list and health. */
export async function readComparison(db: TeamshapeDb, baselinePlanId: string, candidatePlanIds: readonly string[]): Promise<ComparisonResult> {
  if (candidatePlanIds.length > MAX_COMPARED_PLANS) throw new RuleViolationError(`Compare at most ${MAX_COMPARED_PLANS} plans with the baseline at once (${candidatePlanIds.length} were chosen).`);
  const withDesign = async (planId: string): Promise<PlanRecords> => ({ ...(await planRecords(db, planId, true)), design: await planDesignRecords(db, planId) });
  return db.transaction('r', [db.plans, db.teams, db.memberships, db.people, db.departments, db.roles, db.settings, db.teamGroups, db.interactions, db.dependencies], async () => {
    await mustBeAlive(db.plans, baselinePlanId, 'plan');
    const shared = await directory(db);
    const records: PlanRecords = await withDesign(baselinePlanId);
    const candidates: Array<{ planId: string; records: PlanRecords }> = [];
    for (const planId of candidatePlanIds) {
      await mustBeAlive(db.plans, planId, 'plan');
      candidates.push({ planId, records: await withDesign(planId) });
    }
    return comparePlans(shared, { planId: baselinePlanId, records }, candidates);
  });
}

async function promotionInput(db: TeamshapeDb, draftId: string, effectiveDate: string, choices: RepointChoices) {
  const [livePlan, draft] = await Promise.all([mustBeAlive(db.plans, LIVE_PLAN_ID, 'live plan'), db.plans.get(draftId)]);
  if (!draft) throw new RuleViolationError(`The draft "${draftId}" does not exist: reload the view and choose a draft.`);
  const [plans, live, drafted, people, objectives, keyResults, periods, allTeams] = await Promise.all([
    db.plans.toArray(), planRecords(db, LIVE_PLAN_ID, true), planRecords(db, draftId, true), db.people.toArray(),
    db.objectives.toArray(), db.keyResults.toArray(), db.periods.toArray(), db.teams.toArray(),
  ]);
  return {
    livePlan: livePlan as Plan, draft, plans, liveTeams: live.teams, liveMemberships: live.memberships, draftTeams: drafted.teams, draftMemberships: drafted.memberships,
    people, objectives, keyResults, periods, effectiveDate, choices, ancestry: allTeams,
    archivedPlanId: newId(), at: nowIso(), actor: await currentActor(db),
  };
}

export interface PromotionPreview {
  /** What promotion does to the running OKRs, each with the proposed fix. */
  impact: OkrImpactItem[];
  /** Why it cannot be promoted as chosen; empty when it can. */
  problems: string[];
  warnings: string[];
}

/** The OKR impact and any refusal, before anything is written: what the promote dialog shows. */
export async function previewPromotion(db: TeamshapeDb, draftId: string, effectiveDate: string, choices: RepointChoices = {}): Promise<PromotionPreview> {
  return db.transaction('r', [db.plans, db.teams, db.memberships, db.people, db.objectives, db.keyResults, db.periods, db.device], async () => {
    const plan = planPromotion(await promotionInput(db, draftId, effectiveDate, choices));
    return plan.ok ? { impact: plan.impact, problems: [], warnings: plan.warnings } : { impact: plan.impact, problems: plan.problems, warnings: [] };
  });
}

/** A promotion refused: every problem, each saying what to do. Nothing was written. */
export class PromotionRefusedError extends RuleViolationError {
  constructor(readonly problems: readonly string[], readonly impact: readonly OkrImpactItem[]) {
    super(`The draft was not promoted; nothing was changed. ${problems.join(' ')}`);
    this.name = 'PromotionRefusedError';
  }
}

export interface PromotionOutcome {
  archivedPlan: Plan;
  warnings: string[];
  objectivesRepointed: number;
  keyResultsRepointed: number;
}

/**
 * Promotes a draft to live on the effective date, in one transaction and one undo step: the live
 * plan keeps its id, its teams and memberships move to a new archived plan, the draft's into live,
 * running OKRs re-pointed as chosen. Refuses (PromotionRefusedError) and writes nothing otherwise.
 */
export async function promoteDraft(db: TeamshapeDb, draftId: string, effectiveDate: string, choices: RepointChoices): Promise<PromotionOutcome> {
  let name = '';
  return applyChange(db, () => `Promote draft “${name}” to live`, async () => {
    const input = await promotionInput(db, draftId, effectiveDate, choices);
    name = input.draft.name;
    const plan = planPromotion(input);
    if (!plan.ok) throw new PromotionRefusedError(plan.problems, plan.impact);
    await db.plans.bulkPut(plan.plans);
    await db.teams.bulkPut(plan.teams);
    await db.memberships.bulkPut(plan.memberships);
    await db.objectives.bulkPut(plan.objectives);
    await db.keyResults.bulkPut(plan.keyResults);
    return { archivedPlan: plan.plans[1]!, warnings: plan.warnings, objectivesRepointed: plan.objectives.length, keyResultsRepointed: plan.keyResults.length };
  });
}

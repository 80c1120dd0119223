/**
 * Drafts (scenarios): plans beside the live organisation. Every function here is one call to the
 * one write path, so each is one transaction and one undo step.
 */
import { LIVE_PLAN_ID, NewPlan, Plan, type Membership, type Team } from '../../shared/model';
import { copyDesignRecords, copyPlanRecords, mergeTeamRecords, repointLinksOnMerge, repointLinksOnSplit, splitTeamRecords, type DesignRecords, type SplitPart } from '../../shared/scenarios';
import { foldText } from '../../shared/backup/naturalKeys';
import { nowIso } from '../../shared/clock';
import { newId } from '../../shared/ids';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, stampDelete, stampNew, stampUpdate } from './stamp';
import { mustBeAlive as mustExist } from './okrReads';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export interface NewDraft {
  name: string;
  description?: string;
  /** The plan to copy (the live organisation, another draft, an archived plan), or null for an empty sheet. */
  fromPlanId: string | null;
}

export type DraftChanges = Partial<Pick<Plan, 'name' | 'description'>>;

/** Alive records of one plan, tombstones included when asked. */
export async function planRecords(db: TeamshapeDb, planId: string, withTombstones = false): Promise<{ teams: Team[]; memberships: Membership[] }> {
  const [teams, memberships] = await Promise.all([
    db.teams.where('planId').equals(planId).toArray(),
    db.memberships.where('planId').equals(planId).toArray(),
  ]);
  return withTombstones
    ? { teams, memberships }
    : { teams: teams.filter((t) => t.deletedAt === null), memberships: memberships.filter((m) => m.deletedAt === null) };
}

async function mustHaveFreeDraftName(db: TeamshapeDb, name: string, exceptId?: string): Promise<void> {
  const key = foldText(name);
  const clash = (await db.plans.where('kind').equals('draft').toArray()).find((p) => p.deletedAt === null && p.id !== exceptId && foldText(p.name) === key);
  if (clash) throw new RuleViolationError(`A draft called “${clash.name}” already exists: choose another name, such as “${name} (2)”.`);
}

export async function mustBeDraft(db: TeamshapeDb, planId: string): Promise<Plan> {
  const plan = await mustExist(db.plans, planId, 'plan');
  if (plan.kind !== 'draft') {
    throw new RuleViolationError(plan.kind === 'live'
      ? 'This is the live organisation, not a draft: copy it into a draft to try changes out.'
      : `“${plan.name}” is an archived plan and read-only: copy it into a draft to change it.`);
  }
  return plan;
}

/** A new draft: a full copy of a plan's teams, memberships and vacancies (new ids, lineage kept), or empty. */
export async function createDraft(db: TeamshapeDb, input: NewDraft): Promise<Plan> {
  return applyChange(db, (plan) => `Create draft “${plan.name}”`, async () => {
    const fields = parseOrThrow(NewPlan, { name: input.name, description: input.description ?? '', kind: 'draft', basedOnPlanId: input.fromPlanId });
    const actor = await currentActor(db);
    const plan = parseOrThrow(Plan, { ...fields, ...stampNew(actor) });
    await mustHaveFreeDraftName(db, plan.name);
    if (input.fromPlanId !== null) await mustExist(db.plans, input.fromPlanId, 'plan to copy');
    await db.plans.add(plan);
    if (input.fromPlanId !== null) {
      const source = await planRecords(db, input.fromPlanId);
      const stamp = { at: nowIso(), actor };
      const copy = copyPlanRecords(source.teams, source.memberships, plan.id, newId, stamp);
      // Groups, interactions and dependencies belong to the plan too (issue 20): the draft gets its own.
      const design = copyDesignRecords(await planDesignRecords(db, input.fromPlanId), copy.teams, plan.id, newId, stamp);
      await db.teamGroups.bulkAdd(design.teamGroups);
      await db.teams.bulkAdd(design.teams);
      await db.memberships.bulkAdd(copy.memberships);
      await db.interactions.bulkAdd(design.interactions);
      await db.dependencies.bulkAdd(design.dependencies);
    }
    return plan;
  });
}

/** A copy of a draft under a new name. */
/** A free draft name built on `base`: “base”, else “base (2)”, “base (3)”… (draft names compare as the draft-name check does). */
export function freeDraftName(base: string, drafts: readonly Pick<Plan, 'name'>[]): string {
  const taken = new Set(drafts.map((d) => foldText(d.name)));
  if (!taken.has(foldText(base))) return base;
  for (let n = 2; ; n++) if (!taken.has(foldText(`${base} (${n})`))) return `${base} (${n})`;
}

/**
 * “Split team” on a plan that is not a draft (the live organisation): the split is sketched in a
 * new draft copied from that plan, never on live. One change (“Create draft …”, undoable); returns
 * the draft and the team's copy in it, which the split dialog then opens on.
 */
export async function draftToSplitTeam(db: TeamshapeDb, fromPlanId: string, teamId: string): Promise<{ plan: Plan; teamId: string }> {
  const team = await mustExist(db.teams, teamId, 'team');
  const drafts = (await db.plans.where('kind').equals('draft').toArray()).filter((p) => p.deletedAt === null);
  return applyChange(db, (result: { plan: Plan }) => `Create draft “${result.plan.name}”`, async () => {
    const plan = await createDraft(db, { name: freeDraftName(`Split ${team.name}`, drafts), fromPlanId });
    const copy = (await db.teams.where('planId').equals(plan.id).toArray()).find((t) => t.deletedAt === null && t.derivedFromTeamIds?.includes(teamId));
    if (!copy) throw new RuleViolationError(`“${team.name}” is not in the plan being copied, so it cannot be split there. Open the team from the board and try again.`);
    return { plan, teamId: copy.id };
  });
}

export function duplicateDraft(db: TeamshapeDb, draftId: string, name: string): Promise<Plan> {
  return createDraft(db, { name, fromPlanId: draftId });
}

export async function updateDraft(db: TeamshapeDb, draftId: string, changes: DraftChanges, options: EditOptions = {}): Promise<Plan> {
  return applyChange(db, (plan) => `Edit draft “${plan.name}”`, async () => {
    const existing = await mustBeDraft(db, draftId);
    const plan = parseOrThrow(Plan, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (changes.name !== undefined) await mustHaveFreeDraftName(db, plan.name, plan.id);
    await db.plans.put(plan);
    return plan;
  }, { expected: expectedVersion('plans', draftId, options) });
}

/** A plan's alive groups, interactions and dependencies. */
export async function planDesignRecords(db: TeamshapeDb, planId: string): Promise<DesignRecords> {
  const [teamGroups, interactions, dependencies] = await Promise.all([
    db.teamGroups.where('planId').equals(planId).toArray(),
    db.interactions.where('planId').equals(planId).toArray(),
    db.dependencies.where('planId').equals(planId).toArray(),
  ]);
  const alive = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
  return { teamGroups: alive(teamGroups), interactions: alive(interactions), dependencies: alive(dependencies) };
}

/** Tombstones the draft with its teams, memberships, groups, interactions and dependencies. */
export async function deleteDraft(db: TeamshapeDb, draftId: string): Promise<void> {
  let name = '';
  await applyChange(db, () => `Delete draft “${name}”`, async () => {
    const plan = await mustBeDraft(db, draftId);
    name = plan.name;
    const tombstone = stampDelete(await currentActor(db));
    const { teams, memberships } = await planRecords(db, draftId);
    const design = await planDesignRecords(db, draftId);
    await db.interactions.bulkPut(design.interactions.map((i) => ({ ...i, ...tombstone })));
    await db.dependencies.bulkPut(design.dependencies.map((d) => ({ ...d, ...tombstone })));
    await db.teamGroups.bulkPut(design.teamGroups.map((g) => ({ ...g, ...tombstone })));
    await db.memberships.bulkPut(memberships.map((m) => ({ ...m, ...tombstone })));
    await db.teams.bulkPut(teams.map((t) => ({ ...t, ...tombstone })));
    await db.plans.put({ ...plan, ...tombstone });
  });
}

/** Marks a draft copied from an archived plan as based on the live organisation, so it can be promoted. */
export async function rebaseDraftOnLive(db: TeamshapeDb, draftId: string): Promise<Plan> {
  return applyChange(db, (plan) => `Base draft “${plan.name}” on the live organisation`, async () => {
    const existing = await mustBeDraft(db, draftId);
    const plan = { ...existing, basedOnPlanId: LIVE_PLAN_ID, ...stampUpdate(await currentActor(db)) };
    await db.plans.put(plan);
    return plan;
  });
}

function mustHaveUniqueTeamNames(existing: readonly Team[], names: readonly string[]): void {
  const taken = new Map(existing.map((t) => [foldText(t.name), t.name]));
  for (const name of names) {
    const clash = taken.get(foldText(name));
    if (clash) throw new RuleViolationError(`This plan already has a team called “${clash}”: choose another name.`);
  }
}

/**
 * Splits a team of a draft into parts (who goes where); the parts derive from it. Its interactions
 * and dependencies go to the part chosen for each (`linkParts`: record id → part index), else the first.
 */
export async function splitTeam(db: TeamshapeDb, teamId: string, parts: readonly SplitPart[], linkParts: Readonly<Record<string, number>> = {}): Promise<Team[]> {
  return applyChange(db, (teams) => `Split team “${teams[0]?.name ?? ''}”`, async () => {
    const team = await mustExist(db.teams, teamId, 'team');
    await mustBeDraft(db, team.planId);
    const { teams, memberships } = await planRecords(db, team.planId);
    mustHaveUniqueTeamNames(teams.filter((t) => t.id !== teamId), parts.map((p) => p.name.trim()));
    const stamp = { at: nowIso(), actor: await currentActor(db) };
    const split = splitTeamRecords(team, memberships, parts, newId, stamp);
    if (!split.ok) throw new RuleViolationError(split.problems.join(' '));
    const links = repointLinksOnSplit(await planDesignRecords(db, team.planId), teamId, split.teams.slice(1).map((t) => t.id), linkParts, stamp);
    await db.teams.bulkPut(split.teams);
    await db.memberships.bulkPut(split.memberships);
    await db.interactions.bulkPut(links.interactions);
    await db.dependencies.bulkPut(links.dependencies);
    return split.teams;
  });
}

/** Merges teams of one draft into a new team derived from all of them. */
export async function mergeTeams(db: TeamshapeDb, teamIds: readonly string[], name: string): Promise<Team> {
  return applyChange(db, (team) => `Merge teams into “${team.name}”`, async () => {
    const teams = await Promise.all(teamIds.map((id) => mustExist(db.teams, id, 'team')));
    if (teams[0]) await mustBeDraft(db, teams[0].planId);
    const plan = teams[0] ? await planRecords(db, teams[0].planId) : { teams: [], memberships: [] };
    mustHaveUniqueTeamNames(plan.teams.filter((t) => !teamIds.includes(t.id)), [name.trim()]);
    const stamp = { at: nowIso(), actor: await currentActor(db) };
    const merged = mergeTeamRecords(teams, plan.memberships, name, newId, stamp);
    if (!merged.ok) throw new RuleViolationError(merged.problems.join(' '));
    const result = merged.teams[merged.teams.length - 1]!;
    const links = repointLinksOnMerge(await planDesignRecords(db, result.planId), teamIds, result.id, stamp);
    await db.teams.bulkPut(merged.teams);
    await db.memberships.bulkPut(merged.memberships);
    await db.interactions.bulkPut(links.interactions);
    await db.dependencies.bulkPut(links.dependencies);
    return result;
  });
}

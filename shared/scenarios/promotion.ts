import { addDays, format, parseISO } from 'date-fns';
import { DateOnly, LIVE_PLAN_ID, type KeyResult, type Membership, type Objective, type Period, type Person, type Plan, type Team } from '../model';
import { correspondTeams, baselineFates, type LineageTeam } from './lineage';
import { objectivesToRepoint, okrImpact, type OkrImpactItem, type RepointChoices } from './okrImpact';

export interface PromotionInput {
  livePlan: Plan;
  draft: Plan;
  /** Every plan of the workspace (tombstones too): the draft's base and the archives are read from here. */
  plans: readonly Plan[];
  /** Every team and membership of the live plan and of the draft, tombstones included: all of them move. */
  liveTeams: readonly Team[];
  liveMemberships: readonly Membership[];
  draftTeams: readonly Team[];
  draftMemberships: readonly Membership[];
  people: readonly Pick<Person, 'id' | 'name' | 'deletedAt'>[];
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  periods: readonly Pick<Period, 'id' | 'end'>[];
  effectiveDate: string;
  choices: RepointChoices;
  ancestry?: readonly LineageTeam[];
  /** The id of the archived plan to create, the time and the author to stamp. */
  archivedPlanId: string;
  at: string;
  actor: string | null;
}

export type PromotionPlan =
  | {
    ok: true;
    /** The live plan (its effective date), the new archived plan, the draft as a tombstone. */
    plans: Plan[];
    teams: Team[];
    memberships: Membership[];
    objectives: Objective[];
    keyResults: KeyResult[];
    impact: OkrImpactItem[];
    warnings: string[];
  }
  | { ok: false; problems: string[]; impact: OkrImpactItem[] };

const dayBefore = (day: string) => format(addDays(parseISO(day), -1), 'yyyy-MM-dd');

function planProblems(input: PromotionInput): string[] {
  const { draft, livePlan } = input;
  const problems: string[] = [];
  if (livePlan.id !== LIVE_PLAN_ID || livePlan.kind !== 'live') problems.push(`“${livePlan.name}” is not the live organisation.`);
  if (draft.deletedAt !== null) problems.push(`The draft “${draft.name}” was deleted: restore it (undo) before promoting it.`);
  if (draft.kind !== 'draft') problems.push(`“${draft.name}” is ${draft.kind === 'archived' ? 'an archived plan' : 'the live organisation'}, not a draft: only a draft can be promoted. Copy it into a new draft first.`);
  const base = draft.basedOnPlanId ? input.plans.find((p) => p.id === draft.basedOnPlanId) : undefined;
  if (base?.kind === 'archived') {
    problems.push(`The draft “${draft.name}” was copied from “${base.name}”, an archived plan, not from today's organisation: compare it with the live organisation, then mark it as based on the live organisation (or copy the live organisation into a new draft) before promoting.`);
  }
  if (!DateOnly.safeParse(input.effectiveDate).success) problems.push(`The effective date "${input.effectiveDate}" is not a date in the form YYYY-MM-DD.`);
  else if (livePlan.effectiveFrom && input.effectiveDate <= livePlan.effectiveFrom) {
    problems.push(`The effective date ${input.effectiveDate} is not after ${livePlan.effectiveFrom}, when the current organisation took effect: choose a later date.`);
  }
  return problems;
}

function peopleProblems(input: PromotionInput): string[] {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const teams = new Map(input.draftTeams.map((t) => [t.id, t]));
  const problems: string[] = [];
  for (const m of input.draftMemberships) {
    if (m.deletedAt !== null || m.personId === null || teams.get(m.teamId)?.deletedAt !== null) continue;
    const person = people.get(m.personId);
    if (person && person.deletedAt === null) continue;
    const who = person ? `${person.name} was deleted from the directory` : `The person "${m.personId}" is not in the directory`;
    problems.push(`${who} but is still on ${teams.get(m.teamId)?.name ?? m.teamId} in this draft: remove them from the draft (or restore them), then promote.`);
  }
  for (const team of input.draftTeams) {
    if (team.deletedAt !== null || !team.championId) continue;
    const champion = people.get(team.championId);
    if (!champion || champion.deletedAt !== null) problems.push(`The executive champion of ${team.name} (${champion?.name ?? team.championId}) is no longer in the directory: choose another champion or none, then promote.`);
  }
  return problems;
}

/**
 * The exact records promoting a draft writes, or why it cannot: the live plan keeps its id; its
 * teams and memberships (tombstones too) move to a new archived plan effective until the day before
 * the effective date; the draft's move into the live plan and the draft becomes a tombstone. Team
 * references of objectives in periods not ended on the effective date are re-pointed: kept and
 * merged teams to their successor, split and removed ones as the user chose; ended periods keep
 * their archived teams.
 */
export function planPromotion(input: PromotionInput): PromotionPlan {
  const correspondence = correspondTeams(input.liveTeams, input.draftTeams, input.ancestry);
  const impact = okrImpact({
    correspondence,
    baselineTeams: input.liveTeams,
    candidateTeams: input.draftTeams,
    baselineMemberships: input.liveMemberships,
    candidateMemberships: input.draftMemberships,
    objectives: input.objectives,
    keyResults: input.keyResults,
    periods: input.periods,
    effectiveDate: input.effectiveDate,
  });
  const problems = [...planProblems(input), ...peopleProblems(input)];
  if (problems.length > 0) return { ok: false, problems, impact };

  const fates = baselineFates(correspondence);
  const draftAlive = new Set(input.draftTeams.filter((t) => t.deletedAt === null).map((t) => t.id));
  const draftName = new Map(input.draftTeams.map((t) => [t.id, t.name]));
  const byKey = new Map(impact.map((item) => [item.key, item]));
  const chosen = (item: OkrImpactItem, max: number): string[] | null => {
    const choice = input.choices[item.key] ?? (item.needsChoice ? undefined : item.kind === 'key-result-owner-person' ? [] : item.proposedTeamIds);
    if (choice === undefined) {
      problems.push(`Choose what happens to ${item.text.replace(/;.*$/, '')}: ${item.proposedTeamIds.length > 0 ? `re-point it to ${item.proposedTeamIds.map((id) => draftName.get(id) ?? id).join(' or ')}, ` : ''}another team of the draft, or none.`);
      return null;
    }
    const unknown = choice.filter((id) => !draftAlive.has(id));
    if (unknown.length > 0) problems.push(`The team "${unknown[0]}" chosen for ${item.text.replace(/;.*$/, '')} is not a team of the draft: choose one of its teams.`);
    if (choice.length > max) problems.push(`${item.text.replace(/;.*$/, '')}: a key result has one owner team; choose one of ${choice.map((id) => draftName.get(id) ?? id).join(', ')}.`);
    return [...choice];
  };
  const stamp = { updatedAt: input.at, updatedBy: input.actor };

  const objectives: Objective[] = [];
  const repointed = objectivesToRepoint(input.objectives, input.periods, input.effectiveDate);
  for (const objective of repointed) {
    const owners: string[] = [];
    let touched = false;
    for (const teamId of objective.ownerTeamIds) {
      const fate = fates.get(teamId);
      if (!fate) {
        owners.push(teamId);
        continue;
      }
      touched = true;
      if (fate.kind === 'same') owners.push(fate.candidateTeamId);
      else owners.push(...(chosen(byKey.get(`objective:${objective.id}:team:${teamId}`)!, Infinity) ?? []));
    }
    if (!touched) continue;
    const unique = [...new Set(owners)];
    if (unique.length === 0) problems.push(`“${objective.title}” would have no owner team left: choose a team of the draft for it.`);
    else objectives.push({ ...objective, ownerTeamIds: unique, ...stamp });
  }
  const objectiveIds = new Set(repointed.map((o) => o.id));
  const keyResults: KeyResult[] = [];
  for (const kr of input.keyResults) {
    if (kr.deletedAt !== null || !objectiveIds.has(kr.objectiveId)) continue;
    let ownerTeamId = kr.ownerTeamId ?? null;
    let ownerId = kr.ownerId;
    const ownerFate = ownerTeamId ? fates.get(ownerTeamId) : undefined;
    if (ownerFate?.kind === 'same') ownerTeamId = ownerFate.candidateTeamId;
    else if (ownerFate) ownerTeamId = chosen(byKey.get(`key-result:${kr.id}:owner-team`)!, 1)?.[0] ?? null;
    const personItem = byKey.get(`key-result:${kr.id}:owner-person`);
    const toTeam = personItem ? chosen(personItem, 1)?.[0] : undefined;
    if (toTeam) {
      ownerTeamId = toTeam;
      ownerId = null;
    }
    const contributing = [...new Set(kr.contributingTeamIds.flatMap((teamId) => {
      const fate = fates.get(teamId);
      if (!fate) return [teamId];
      if (fate.kind === 'same') return [fate.candidateTeamId];
      return chosen(byKey.get(`key-result:${kr.id}:contributing:${teamId}`)!, Infinity) ?? [];
    }))];
    const changed = ownerTeamId !== (kr.ownerTeamId ?? null) || ownerId !== kr.ownerId || contributing.join() !== kr.contributingTeamIds.join();
    if (changed) keyResults.push({ ...kr, ownerId, ownerTeamId, contributingTeamIds: contributing, ...stamp });
  }
  if (problems.length > 0) return { ok: false, problems, impact };

  const effectiveTo = dayBefore(input.effectiveDate);
  const archived: Plan = {
    id: input.archivedPlanId, createdAt: input.at, updatedAt: input.at, deletedAt: null, updatedBy: input.actor,
    name: `Organisation until ${effectiveTo}`,
    kind: 'archived',
    description: `The live organisation before the draft “${input.draft.name}” took effect on ${input.effectiveDate}.`,
    basedOnPlanId: null,
    effectiveFrom: input.livePlan.effectiveFrom ?? null,
    effectiveTo,
  };
  const warnings: string[] = [];
  const promotedSince = input.plans.filter((p) => p.kind === 'archived' && p.deletedAt === null && p.createdAt > input.draft.createdAt);
  if (input.draft.basedOnPlanId === LIVE_PLAN_ID && promotedSince.length > 0) {
    warnings.push(`The live organisation changed by promotion since this draft was made (${promotedSince.map((p) => p.name).join(', ')}): check the comparison before promoting.`);
  }
  if (draftAlive.size === 0) warnings.push(`The draft “${input.draft.name}” has no teams: promoting it leaves the live organisation empty.`);
  return {
    ok: true,
    plans: [
      { ...input.livePlan, effectiveFrom: input.effectiveDate, ...stamp },
      archived,
      { ...input.draft, deletedAt: input.at, ...stamp },
    ],
    teams: [
      ...input.liveTeams.map((t) => ({ ...t, planId: archived.id, ...stamp })),
      ...input.draftTeams.map((t) => ({ ...t, planId: LIVE_PLAN_ID, ...stamp })),
    ],
    memberships: [
      ...input.liveMemberships.map((m) => ({ ...m, planId: archived.id, ...stamp })),
      ...input.draftMemberships.map((m) => ({ ...m, planId: LIVE_PLAN_ID, ...stamp })),
    ],
    objectives,
    keyResults,
    impact,
    warnings,
  };
}

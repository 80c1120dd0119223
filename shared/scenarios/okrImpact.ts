import { quarterFromId, type KeyResult, type Objective, type Period } from '../model';
import type { ScenarioMembership } from './changeList';
import { baselineFates, type LineageTeam, type TeamCorrespondence, type TeamFate } from './lineage';

export type ImpactObjective = Pick<Objective, 'id' | 'title' | 'periodId' | 'ownerTeamIds' | 'deletedAt'>;
export type ImpactKeyResult = Pick<KeyResult, 'id' | 'title' | 'objectiveId' | 'ownerId' | 'ownerTeamId' | 'contributingTeamIds' | 'deletedAt'>;
export type ImpactPeriod = Pick<Period, 'id' | 'end'>;

export interface OkrImpactItem {
  /** Stable key of the item: the user's choice for it is stored under this key. */
  key: string;
  kind: 'objective-owner' | 'key-result-owner-team' | 'key-result-contributing-team' | 'key-result-owner-person';
  objectiveId: string;
  keyResultId: string | null;
  /** The live team concerned (for a person: the owner team they were on). */
  teamId: string;
  personId: string | null;
  change: 'split' | 'merged' | 'removed' | 'left-owner-teams';
  /** The teams that inherit the work by lineage (draft team ids), the proposed fix. */
  proposedTeamIds: string[];
  /** Promotion refuses until the user has chosen (split or removed owner teams). */
  needsChoice: boolean;
  text: string;
}

export interface OkrImpactInput {
  correspondence: TeamCorrespondence;
  baselineTeams: readonly LineageTeam[];
  candidateTeams: readonly LineageTeam[];
  baselineMemberships: readonly ScenarioMembership[];
  candidateMemberships: readonly ScenarioMembership[];
  objectives: readonly ImpactObjective[];
  keyResults: readonly ImpactKeyResult[];
  /** Custom periods; quarters are known from their ids. */
  periods: readonly ImpactPeriod[];
  /** YYYY-MM-DD: periods that ended before this day keep their archived teams. */
  effectiveDate: string;
}

/** The last day of a period, undefined when unknown (then it is treated as not ended). */
export function periodEnd(periodId: string, periods: ReadonlyMap<string, ImpactPeriod>): string | undefined {
  return quarterFromId(periodId)?.end ?? periods.get(periodId)?.end;
}

export function periodEndedBefore(periodId: string, periods: ReadonlyMap<string, ImpactPeriod>, effectiveDate: string): boolean {
  const end = periodEnd(periodId, periods);
  return end !== undefined && end < effectiveDate;
}

/** The objectives of periods not ended on the effective date, alive. */
export function objectivesToRepoint<T extends ImpactObjective>(objectives: readonly T[], periods: readonly ImpactPeriod[], effectiveDate: string): T[] {
  const byId = new Map(periods.map((p) => [p.id, p]));
  return objectives.filter((o) => o.deletedAt === null && !periodEndedBefore(o.periodId, byId, effectiveDate));
}

const changeOf = (fate: TeamFate): OkrImpactItem['change'] | null => (fate.kind === 'same' ? null : fate.kind);
const successorsOf = (fate: TeamFate): string[] =>
  fate.kind === 'same' || fate.kind === 'merged' ? [fate.candidateTeamId] : fate.kind === 'split' ? fate.candidateTeamIds : [];

/**
 * What promoting the candidate does to the OKRs still running on the effective date: owner teams
 * that are split, merged or removed, key results owned by such a team, contributing teams, and key
 * results whose owner leaves every owner team of their objective. Each with the teams that inherit
 * the work by lineage as the proposed fix. Teams kept as they are (renamed or not) are re-pointed
 * without asking and are not listed.
 */
export function okrImpact(input: OkrImpactInput): OkrImpactItem[] {
  const fates = baselineFates(input.correspondence);
  const name = new Map<string, string>();
  for (const team of [...input.baselineTeams, ...input.candidateTeams]) name.set(team.id, team.name);
  const teamName = (id: string) => name.get(id) ?? id;
  const proposal = (ids: string[]) => (ids.length === 0 ? 'no team inherits it: choose a team of the draft, or none' : `proposed: ${ids.map(teamName).join(' + ')}`);
  const verb: Record<OkrImpactItem['change'], string> = { split: 'is split', merged: 'is merged', removed: 'is removed', 'left-owner-teams': 'leaves the owner teams' };
  const items: OkrImpactItem[] = [];
  const objectives = objectivesToRepoint(input.objectives, input.periods, input.effectiveDate);
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const memberTeams = (memberships: readonly ScenarioMembership[]) => {
    const teams = new Map<string, Set<string>>();
    for (const m of memberships) {
      if (m.deletedAt !== null || m.personId === null) continue;
      const set = teams.get(m.personId) ?? new Set<string>();
      set.add(m.teamId);
      teams.set(m.personId, set);
    }
    return teams;
  };
  const before = memberTeams(input.baselineMemberships);
  const after = memberTeams(input.candidateMemberships);

  for (const objective of objectives) {
    for (const teamId of objective.ownerTeamIds) {
      const fate = fates.get(teamId);
      const change = fate && changeOf(fate);
      if (!fate || !change) continue;
      const proposed = successorsOf(fate);
      items.push({
        key: `objective:${objective.id}:team:${teamId}`, kind: 'objective-owner', objectiveId: objective.id, keyResultId: null, teamId, personId: null,
        change, proposedTeamIds: proposed, needsChoice: change !== 'merged',
        text: `“${objective.title}”: owner team ${teamName(teamId)} ${verb[change]}; ${proposal(proposed)}`,
      });
    }
  }
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  for (const kr of input.keyResults) {
    if (kr.deletedAt !== null || !objectiveIds.has(kr.objectiveId)) continue;
    const teamFate = kr.ownerTeamId ? fates.get(kr.ownerTeamId) : undefined;
    const teamChange = teamFate && changeOf(teamFate);
    if (kr.ownerTeamId && teamFate && teamChange) {
      const proposed = successorsOf(teamFate);
      items.push({
        key: `key-result:${kr.id}:owner-team`, kind: 'key-result-owner-team', objectiveId: kr.objectiveId, keyResultId: kr.id, teamId: kr.ownerTeamId, personId: null,
        change: teamChange, proposedTeamIds: proposed, needsChoice: teamChange !== 'merged',
        text: `Key result “${kr.title}”: owner team ${teamName(kr.ownerTeamId)} ${verb[teamChange]}; ${proposal(proposed)}`,
      });
    }
    for (const teamId of kr.contributingTeamIds) {
      const fate = fates.get(teamId);
      const change = fate && changeOf(fate);
      if (!fate || !change) continue;
      const proposed = successorsOf(fate);
      items.push({
        key: `key-result:${kr.id}:contributing:${teamId}`, kind: 'key-result-contributing-team', objectiveId: kr.objectiveId, keyResultId: kr.id, teamId, personId: null,
        change, proposedTeamIds: proposed, needsChoice: false,
        text: `Key result “${kr.title}”: contributing team ${teamName(teamId)} ${verb[change]}; ${proposed.length === 0 ? 'it will no longer contribute' : `${proposed.map(teamName).join(' + ')} will contribute instead`}`,
      });
    }
    if (kr.ownerId) {
      const owners = objectiveById.get(kr.objectiveId)!.ownerTeamIds.filter((id) => fates.has(id));
      const wasOn = owners.filter((id) => before.get(kr.ownerId!)?.has(id));
      const nextOwners = new Set(owners.flatMap((id) => successorsOf(fates.get(id)!)));
      const isOn = [...(after.get(kr.ownerId) ?? [])].some((id) => nextOwners.has(id));
      if (wasOn.length > 0 && !isOn) {
        const proposed = [...new Set(wasOn.flatMap((id) => successorsOf(fates.get(id)!)))];
        items.push({
          key: `key-result:${kr.id}:owner-person`, kind: 'key-result-owner-person', objectiveId: kr.objectiveId, keyResultId: kr.id, teamId: wasOn[0]!, personId: kr.ownerId,
          change: 'left-owner-teams', proposedTeamIds: proposed, needsChoice: false,
          text: `Key result “${kr.title}”: its owner leaves every owner team of the objective; keep them as owner, or give it to ${proposed.length === 0 ? 'a team of the draft' : proposed.map(teamName).join(' or ')}`,
        });
      }
    }
  }
  return items;
}

/** The user's choice per impact item key: the draft teams to re-point to ([] = none / keep the person). */
export type RepointChoices = Readonly<Record<string, readonly string[]>>;

/** Choices that accept every proposal that is a single team (merged teams, a removed team's only heir). */
export function acceptSingleProposals(items: readonly OkrImpactItem[]): Record<string, string[]> {
  const choices: Record<string, string[]> = {};
  for (const item of items) if (item.proposedTeamIds.length === 1 && item.kind !== 'key-result-owner-person') choices[item.key] = [...item.proposedTeamIds];
  return choices;
}

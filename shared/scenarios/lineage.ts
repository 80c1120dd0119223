import type { Team } from '../model';

export type LineageTeam = Pick<Team, 'id' | 'planId' | 'name' | 'deletedAt' | 'derivedFromTeamIds'>;

/** How the alive teams of a baseline plan and of a candidate plan correspond through lineage. */
export interface TeamCorrespondence {
  /** Alive baseline team id → the alive candidate teams that carry it on, in candidate order (empty: removed). */
  successors: Map<string, string[]>;
  /** Alive candidate team id → the alive baseline teams it comes from, in baseline order (empty: added). */
  predecessors: Map<string, string[]>;
}

export type TeamFate =
  | { kind: 'same'; baselineTeamId: string; candidateTeamId: string }
  | { kind: 'split'; baselineTeamId: string; candidateTeamIds: string[] }
  | { kind: 'merged'; baselineTeamIds: string[]; candidateTeamId: string }
  | { kind: 'removed'; baselineTeamId: string };

const alive = (team: LineageTeam) => team.deletedAt === null;

/**
 * Matches teams through `derivedFromTeamIds`, followed transitively through every known team
 * (the candidate's own, tombstones included, and any `ancestry` teams of other plans: archived
 * plans, the draft a draft was duplicated from) and stopping at the nearest baseline team on each
 * branch. Two drafts copied from the same live team correspond through that common origin, and a
 * team split long ago never matches its sibling: the nearest baseline team wins.
 */
export function correspondTeams(
  baselineTeams: readonly LineageTeam[],
  candidateTeams: readonly LineageTeam[],
  ancestry: readonly LineageTeam[] = [],
): TeamCorrespondence {
  const known = new Map<string, LineageTeam>();
  for (const team of ancestry) known.set(team.id, team);
  for (const team of baselineTeams) known.set(team.id, team);
  for (const team of candidateTeams) known.set(team.id, team);
  const baselineIds = new Set(baselineTeams.map((team) => team.id));
  const aliveBaseline = baselineTeams.filter(alive);
  const baselineOrder = new Map(aliveBaseline.map((team, index) => [team.id, index]));

  // Every id an alive baseline team descends from (itself included) → that baseline team.
  const index = new Map<string, string[]>();
  for (const team of aliveBaseline) {
    const seen = new Set<string>();
    const stack = [team.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const hits = index.get(id) ?? [];
      hits.push(team.id);
      index.set(id, hits);
      for (const parent of known.get(id)?.derivedFromTeamIds ?? []) stack.push(parent);
    }
  }

  const resolved = new Map<string, string[]>();
  const resolve = (id: string, path: Set<string>): string[] => {
    const done = resolved.get(id);
    if (done) return done;
    const hits = index.get(id);
    let result: string[];
    if (hits) result = hits;
    else if (baselineIds.has(id) || path.has(id)) result = [];
    else {
      path.add(id);
      const found = new Set<string>();
      for (const parent of known.get(id)?.derivedFromTeamIds ?? []) for (const hit of resolve(parent, path)) found.add(hit);
      path.delete(id);
      result = [...found];
    }
    if (!path.size) resolved.set(id, result);
    return result;
  };

  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>(aliveBaseline.map((team) => [team.id, []]));
  for (const team of candidateTeams) {
    if (!alive(team)) continue;
    const found = [...new Set(resolve(team.id, new Set()))].sort((a, b) => baselineOrder.get(a)! - baselineOrder.get(b)!);
    predecessors.set(team.id, found);
    for (const baselineId of found) successors.get(baselineId)!.push(team.id);
  }
  return { successors, predecessors };
}

/** What becomes of each alive baseline team: kept (renamed or not), split, merged into another, or removed. */
export function baselineFates(correspondence: TeamCorrespondence): Map<string, TeamFate> {
  const fates = new Map<string, TeamFate>();
  for (const [baselineTeamId, next] of correspondence.successors) {
    if (next.length === 0) fates.set(baselineTeamId, { kind: 'removed', baselineTeamId });
    else if (next.length > 1) fates.set(baselineTeamId, { kind: 'split', baselineTeamId, candidateTeamIds: next });
    else {
      const candidateTeamId = next[0]!;
      const from = correspondence.predecessors.get(candidateTeamId) ?? [];
      fates.set(baselineTeamId, from.length > 1
        ? { kind: 'merged', baselineTeamIds: from, candidateTeamId }
        : { kind: 'same', baselineTeamId, candidateTeamId });
    }
  }
  return fates;
}

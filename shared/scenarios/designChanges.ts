import { INTERACTION_MODE_INFO, teamTypeLabel, type Dependency, type Interaction, type TeamGroup, type TeamType } from '../model';
import { foldText } from '../backup/naturalKeys';
import type { TeamCorrespondence } from './lineage';

/** One plan's organisation design (issue 20), tombstones allowed: they are skipped. */
export interface ScenarioDesign {
  teamGroups: readonly Pick<TeamGroup, 'id' | 'name' | 'level' | 'maxPeople' | 'maxTeams' | 'deletedAt'>[];
  interactions: readonly Pick<Interaction, 'id' | 'providerTeamId' | 'consumerTeamId' | 'mode' | 'purpose' | 'start' | 'end' | 'deletedAt'>[];
  dependencies: readonly Pick<Dependency, 'id' | 'dependentTeamId' | 'dependsOnTeamId' | 'state' | 'since' | 'note' | 'deletedAt'>[];
}

export interface DesignTeam {
  id: string;
  name: string;
  deletedAt: string | null;
  type?: TeamType | null;
  groupId?: string | null;
}

export type DesignChange = { teamIds: string[]; personIds: string[]; text: string; sortName: string } & (
  | { kind: 'team-type-changed'; teamId: string; from: TeamType | null; to: TeamType | null }
  | { kind: 'team-group-changed'; teamId: string; fromGroupId: string | null; toGroupId: string | null }
  | { kind: 'group-added'; groupId: string }
  | { kind: 'group-removed'; groupId: string }
  | { kind: 'group-renamed'; fromGroupId: string; toGroupId: string }
  | { kind: 'group-limits-changed'; fromGroupId: string; toGroupId: string }
  | { kind: 'interaction-added'; interactionId: string }
  | { kind: 'interaction-removed'; interactionId: string }
  | { kind: 'interaction-changed'; fromInteractionId: string; toInteractionId: string }
  | { kind: 'dependency-added'; dependencyId: string }
  | { kind: 'dependency-removed'; dependencyId: string }
  | { kind: 'dependency-changed'; fromDependencyId: string; toDependencyId: string }
);

export interface DesignChangeInput {
  baselineTeams: readonly DesignTeam[];
  candidateTeams: readonly DesignTeam[];
  baseline: ScenarioDesign;
  candidate: ScenarioDesign;
  correspondence: TeamCorrespondence;
}

const alive = <T extends { deletedAt: string | null }>(rows: readonly T[]) => rows.filter((r) => r.deletedAt === null);
const mode = (m: Interaction['mode']) => INTERACTION_MODE_INFO[m].label.toLowerCase();
const period = (i: Pick<Interaction, 'start' | 'end'>) => `${i.start} to ${i.end ?? 'open end'}`;

/**
 * Pairs a baseline group with a candidate group: same name first (case and accents folded), then,
 * for the groups left, the candidate group holding most of the baseline group's teams' successors
 * (a renamed group keeps its teams).
 */
function pairGroups(input: DesignChangeInput, teamGroupOf: (teams: readonly DesignTeam[]) => Map<string, string | null>) {
  const before = alive(input.baseline.teamGroups);
  const after = alive(input.candidate.teamGroups);
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const g of before) {
    const same = after.find((c) => !taken.has(c.id) && foldText(c.name) === foldText(g.name));
    if (same) {
      pairs.set(g.id, same.id);
      taken.add(same.id);
    }
  }
  const candidateGroupOfTeam = teamGroupOf(input.candidateTeams);
  for (const g of before) {
    if (pairs.has(g.id)) continue;
    const votes = new Map<string, number>();
    for (const t of input.baselineTeams) {
      if (t.deletedAt !== null || t.groupId !== g.id) continue;
      for (const next of input.correspondence.successors.get(t.id) ?? []) {
        const group = candidateGroupOfTeam.get(next);
        if (group && !taken.has(group)) votes.set(group, (votes.get(group) ?? 0) + 1);
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      pairs.set(g.id, best[0]);
      taken.add(best[0]);
    }
  }
  return pairs;
}

/**
 * What a candidate plan changes in the organisation design compared with a baseline: team types,
 * group memberships, groups (added, removed, renamed, limits), interactions and dependencies
 * (added, removed, changed). Teams are matched through lineage, so an interaction that follows its
 * team through a split or merge is not a change; only what the user changed about it is.
 */
export function designChanges(input: DesignChangeInput): DesignChange[] {
  const out: DesignChange[] = [];
  const teamName = new Map<string, string>();
  for (const t of [...input.baselineTeams, ...input.candidateTeams]) teamName.set(t.id, t.name);
  const team = (id: string) => teamName.get(id) ?? id;
  const groupName = new Map<string, string>();
  for (const g of [...input.baseline.teamGroups, ...input.candidate.teamGroups]) groupName.set(g.id, g.name);
  const group = (id: string | null) => (id === null ? 'no group' : groupName.get(id) ?? id);
  const teamGroupOf = (teams: readonly DesignTeam[]) => new Map(teams.filter((t) => t.deletedAt === null).map((t) => [t.id, t.groupId ?? null]));
  const groupPairs = pairGroups(input, teamGroupOf);
  const groupsOfTeams = (teams: readonly DesignTeam[], groupId: string) => teams.filter((t) => t.deletedAt === null && t.groupId === groupId).map((t) => t.id);

  // Groups
  const candidateGroups = new Map(alive(input.candidate.teamGroups).map((g) => [g.id, g]));
  const pairedCandidates = new Set(groupPairs.values());
  for (const g of alive(input.baseline.teamGroups)) {
    const toId = groupPairs.get(g.id);
    const teamIds = groupsOfTeams(input.baselineTeams, g.id);
    if (!toId) {
      out.push({ kind: 'group-removed', groupId: g.id, teamIds, personIds: [], text: `${g.level} ${g.name} removed`, sortName: g.name });
      continue;
    }
    const to = candidateGroups.get(toId)!;
    const both = [...teamIds, ...groupsOfTeams(input.candidateTeams, toId)];
    if (to.name !== g.name) {
      out.push({ kind: 'group-renamed', fromGroupId: g.id, toGroupId: toId, teamIds: both, personIds: [], text: `${g.level} ${g.name} renamed ${to.name}`, sortName: g.name });
    }
    if (to.maxPeople !== g.maxPeople || to.maxTeams !== g.maxTeams) {
      const limits: string[] = [];
      if (to.maxPeople !== g.maxPeople) limits.push(`at most ${g.maxPeople.toLocaleString('en-US')} → ${to.maxPeople.toLocaleString('en-US')} people`);
      if (to.maxTeams !== g.maxTeams) limits.push(`at most ${g.maxTeams.toLocaleString('en-US')} → ${to.maxTeams.toLocaleString('en-US')} teams`);
      out.push({ kind: 'group-limits-changed', fromGroupId: g.id, toGroupId: toId, teamIds: both, personIds: [], text: `${to.name} limits: ${limits.join(', ')}`, sortName: to.name });
    }
  }
  for (const g of candidateGroups.values()) {
    if (pairedCandidates.has(g.id)) continue;
    out.push({ kind: 'group-added', groupId: g.id, teamIds: groupsOfTeams(input.candidateTeams, g.id), personIds: [], text: `${g.level} ${g.name} added`, sortName: g.name });
  }

  // Teams' type and group, for every candidate team that carries baseline teams on.
  const baselineById = new Map(input.baselineTeams.map((t) => [t.id, t]));
  for (const t of input.candidateTeams) {
    if (t.deletedAt !== null) continue;
    const from = (input.correspondence.predecessors.get(t.id) ?? []).map((id) => baselineById.get(id)!).filter(Boolean);
    if (from.length === 0) continue;
    const type = t.type ?? null;
    const types = [...new Set(from.map((f) => f.type ?? null))];
    if (!types.includes(type)) {
      const was = types.map(teamTypeLabel).join(' / ');
      out.push({ kind: 'team-type-changed', teamId: t.id, from: types[0] ?? null, to: type, teamIds: [...from.map((f) => f.id), t.id], personIds: [], text: `${t.name}: ${was} → ${teamTypeLabel(type)}`, sortName: t.name });
    }
    const groupId = t.groupId ?? null;
    const before = [...new Set(from.map((f) => f.groupId ?? null))];
    const carried = before.map((g) => (g === null ? null : groupPairs.get(g) ?? `gone:${g}`));
    if (!carried.includes(groupId)) {
      const fromGroupId = before[0] ?? null;
      const text = groupId === null
        ? `${t.name} left ${before.map(group).join(' / ')}`
        : before.every((g) => g === null) ? `${t.name} joined ${group(groupId)}` : `${t.name}: ${before.map(group).join(' / ')} → ${group(groupId)}`;
      out.push({ kind: 'team-group-changed', teamId: t.id, fromGroupId, toGroupId: groupId, teamIds: [...from.map((f) => f.id), t.id], personIds: [], text, sortName: t.name });
    }
  }

  // Interactions and dependencies: a pair follows both of its teams through lineage.
  const follows = (b: string, c: string) => input.correspondence.successors.get(b)?.includes(c) ?? false;
  pairLinks(
    alive(input.baseline.interactions), alive(input.candidate.interactions),
    (a, b) => follows(a.providerTeamId, b.providerTeamId) && follows(a.consumerTeamId, b.consumerTeamId),
    (a, b) => a.mode === b.mode,
    (i) => `${team(i.providerTeamId)} → ${team(i.consumerTeamId)}`,
    {
      added: (i, name) => out.push({ kind: 'interaction-added', interactionId: i.id, teamIds: [i.providerTeamId, i.consumerTeamId], personIds: [], text: `Interaction added: ${name} (${mode(i.mode)}, ${period(i)})`, sortName: name }),
      removed: (i, name) => out.push({ kind: 'interaction-removed', interactionId: i.id, teamIds: [i.providerTeamId, i.consumerTeamId], personIds: [], text: `Interaction removed: ${name} (${mode(i.mode)})`, sortName: name }),
      changed: (a, b, name) => {
        const what: string[] = [];
        if (a.mode !== b.mode) what.push(`${mode(a.mode)} → ${mode(b.mode)}`);
        if (a.start !== b.start || a.end !== b.end) what.push(`${period(a)} → ${period(b)}`);
        if (a.purpose !== b.purpose) what.push(`purpose “${b.purpose}”`);
        if (what.length === 0) return;
        out.push({ kind: 'interaction-changed', fromInteractionId: a.id, toInteractionId: b.id, teamIds: [a.providerTeamId, a.consumerTeamId, b.providerTeamId, b.consumerTeamId], personIds: [], text: `Interaction ${name}: ${what.join('; ')}`, sortName: name });
      },
    },
  );
  pairLinks(
    alive(input.baseline.dependencies), alive(input.candidate.dependencies),
    (a, b) => follows(a.dependentTeamId, b.dependentTeamId) && follows(a.dependsOnTeamId, b.dependsOnTeamId),
    () => true,
    (d) => `${team(d.dependentTeamId)} on ${team(d.dependsOnTeamId)}`,
    {
      added: (d, name) => out.push({ kind: 'dependency-added', dependencyId: d.id, teamIds: [d.dependentTeamId, d.dependsOnTeamId], personIds: [], text: `Dependency added: ${name} (${d.state} since ${d.since})`, sortName: name }),
      removed: (d, name) => out.push({ kind: 'dependency-removed', dependencyId: d.id, teamIds: [d.dependentTeamId, d.dependsOnTeamId], personIds: [], text: `Dependency removed: ${name} (was ${d.state})`, sortName: name }),
      changed: (a, b, name) => {
        const what: string[] = [];
        if (a.state !== b.state) what.push(`${a.state} → ${b.state}`);
        if (a.since !== b.since) what.push(`since ${a.since} → ${b.since}`);
        if (a.note !== b.note) what.push(`note “${b.note}”`);
        if (what.length === 0) return;
        out.push({ kind: 'dependency-changed', fromDependencyId: a.id, toDependencyId: b.id, teamIds: [a.dependentTeamId, a.dependsOnTeamId, b.dependentTeamId, b.dependsOnTeamId], personIds: [], text: `Dependency ${name}: ${what.join('; ')}`, sortName: name });
      },
    },
  );
  return out;
}

/** Pairs links that follow their teams, the same kind first; reports what was added, removed or changed. */
function pairLinks<T>(
  before: T[],
  after: T[],
  follows: (a: T, b: T) => boolean,
  sameKind: (a: T, b: T) => boolean,
  name: (link: T) => string,
  report: { added: (link: T, name: string) => void; removed: (link: T, name: string) => void; changed: (a: T, b: T, name: string) => void },
): void {
  const left = [...before];
  const right = [...after];
  for (const matches of [(a: T, b: T) => follows(a, b) && sameKind(a, b), follows]) {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((b) => matches(left[i]!, b));
      if (j === -1) continue;
      report.changed(left[i]!, right[j]!, name(right[j]!));
      left.splice(i, 1);
      right.splice(j, 1);
      i -= 1;
    }
  }
  for (const link of left) report.removed(link, name(link));
  for (const link of right) report.added(link, name(link));
}

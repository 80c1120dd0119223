import { VACANCY_NAME, type Membership, type Person, type Role, type Team } from '../model';
import { correspondTeams, type LineageTeam, type TeamCorrespondence } from './lineage';
import { designChanges, type DesignChange, type ScenarioDesign } from './designChanges';
import { formerPersonName } from './archivedHistory';

export type ScenarioTeam = LineageTeam & { mission?: string; service?: string; championId?: string | null; type?: Team['type']; groupId?: string | null };
export type ScenarioMembership = Pick<Membership, 'id' | 'teamId' | 'personId' | 'roleId' | 'allocation' | 'deletedAt'>;

/** Where someone (or a vacancy) sits in one plan. */
export interface Placement {
  teamId: string;
  roleId: string;
  allocation: number;
}

interface Linked {
  /** Every team behind the entry (baseline and candidate ids), for links. */
  teamIds: string[];
  /** Every person behind the entry, for links. */
  personIds: string[];
  /** The entry in one sentence, e.g. "Payments → Payments Core + Payments Risk". */
  text: string;
  /** The team a link on the entry opens: in the candidate plan when it is alive there, else in the baseline. */
  focus?: { side: 'baseline' | 'candidate'; teamId: string };
}

type DesignEntry = DistributiveOmit<DesignChange, 'sortName'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type ScenarioChange = Linked & (
  | { kind: 'team-added'; teamId: string }
  | { kind: 'team-removed'; teamId: string }
  | { kind: 'team-renamed'; fromTeamId: string; toTeamId: string; fromName: string; toName: string }
  | { kind: 'team-split'; fromTeamId: string; toTeamIds: string[] }
  | { kind: 'team-merged'; fromTeamIds: string[]; toTeamId: string }
  | { kind: 'person-joined'; personId: string; to: Placement }
  | { kind: 'person-left'; personId: string; from: Placement }
  | { kind: 'person-added-to-team'; personId: string; to: Placement }
  | { kind: 'person-removed-from-team'; personId: string; from: Placement }
  | { kind: 'person-moved'; personId: string; from: Placement; to: Placement }
  | { kind: 'role-changed'; personId: string; from: Placement; to: Placement }
  | { kind: 'allocation-changed'; personId: string | null; from: Placement; to: Placement }
  | { kind: 'vacancy-opened'; to: Placement }
  | { kind: 'vacancy-closed'; from: Placement }
  | DesignEntry
);
export type ScenarioChangeKind = ScenarioChange['kind'];

export interface ChangeListInput {
  baselineTeams: readonly ScenarioTeam[];
  baselineMemberships: readonly ScenarioMembership[];
  candidateTeams: readonly ScenarioTeam[];
  candidateMemberships: readonly ScenarioMembership[];
  /** The directory, tombstones included: an archived plan keeps people deleted since, named "Ana Lima (removed)". */
  people: readonly (Pick<Person, 'id' | 'name'> & Partial<Pick<Person, 'deletedAt'>>)[];
  roles: readonly Pick<Role, 'id' | 'name'>[];
  /** Teams of other plans that lineage may pass through (archived plans, the draft a draft was copied from). */
  ancestry?: readonly LineageTeam[];
  /** Pass one when already computed (the OKR impact uses the same). */
  correspondence?: TeamCorrespondence;
  /** Both plans' groups, interactions and dependencies: their changes join the list when given. */
  baselineDesign?: ScenarioDesign;
  candidateDesign?: ScenarioDesign;
}

const ORDER: ScenarioChangeKind[] = [
  'team-added', 'team-removed', 'team-renamed', 'team-split', 'team-merged',
  'team-type-changed', 'team-group-changed', 'group-added', 'group-removed', 'group-renamed', 'group-limits-changed',
  'interaction-added', 'interaction-removed', 'interaction-changed', 'dependency-added', 'dependency-removed', 'dependency-changed',
  'person-moved', 'person-joined', 'person-left', 'person-added-to-team', 'person-removed-from-team',
  'role-changed', 'allocation-changed', 'vacancy-opened', 'vacancy-closed',
];
const RANK = new Map(ORDER.map((kind, index) => [kind, index]));

function byPlan(memberships: readonly ScenarioMembership[], teams: ReadonlySet<string>): Map<string | null, ScenarioMembership[]> {
  const result = new Map<string | null, ScenarioMembership[]>();
  for (const m of memberships) {
    if (m.deletedAt !== null || !teams.has(m.teamId)) continue;
    const list = result.get(m.personId) ?? [];
    list.push(m);
    result.set(m.personId, list);
  }
  return result;
}

const place = (m: ScenarioMembership): Placement => ({ teamId: m.teamId, roleId: m.roleId, allocation: m.allocation });

/**
 * Pairs one person's (or all vacancies') baseline memberships with candidate ones: first the same
 * team by lineage and the same role, then the same team by lineage in another role, then the same
 * role on another team (a move), then anything left (a move with a new role).
 */
function pair(
  before: ScenarioMembership[],
  after: ScenarioMembership[],
  follows: (baselineTeamId: string, candidateTeamId: string) => boolean,
  movesAllowed: boolean,
) {
  const left = [...before];
  const right = [...after];
  const pairs: Array<[ScenarioMembership, ScenarioMembership]> = [];
  const passes: Array<(a: ScenarioMembership, b: ScenarioMembership) => boolean> = [
    (a, b) => follows(a.teamId, b.teamId) && a.roleId === b.roleId,
    (a, b) => follows(a.teamId, b.teamId),
  ];
  if (movesAllowed) passes.push((a, b) => a.roleId === b.roleId, () => true);
  for (const matches of passes) {
    for (let i = 0; i < left.length; i++) {
      const j = right.findIndex((b) => matches(left[i]!, b));
      if (j === -1) continue;
      pairs.push([left[i]!, right[j]!]);
      left.splice(i, 1);
      right.splice(j, 1);
      i -= 1;
    }
  }
  return { pairs, removed: left, added: right };
}

/**
 * The change list from a baseline plan to a candidate, like a code review: team changes first
 * (added, removed, renamed, split, merged, each by name), then people and vacancies by name.
 * Each entry names the ids of the teams and people behind it. People who follow their team
 * through a split or merge are not "moved": the split entry says where the team went.
 */
export function scenarioChanges(input: ChangeListInput): ScenarioChange[] {
  const correspondence = input.correspondence ?? correspondTeams(input.baselineTeams, input.candidateTeams, input.ancestry);
  const teamName = new Map<string, string>();
  for (const team of [...input.baselineTeams, ...input.candidateTeams]) teamName.set(team.id, team.name);
  const personName = new Map(input.people.map((p) => [p.id, p.deletedAt ? formerPersonName(p.name) : p.name]));
  const roleName = new Map(input.roles.map((r) => [r.id, r.name]));
  const team = (id: string) => teamName.get(id) ?? id;
  const person = (id: string | null) => (id === null ? VACANCY_NAME : personName.get(id) ?? id);
  const where = (p: Placement) => `${team(p.teamId)} (${roleName.get(p.roleId) ?? p.roleId}, ${p.allocation}%)`;

  const changes: Array<ScenarioChange & { sortName: string }> = [];
  const add = (sortName: string, change: ScenarioChange) => changes.push({ ...change, sortName });

  const baselineById = new Map(input.baselineTeams.filter((t) => t.deletedAt === null).map((t) => [t.id, t]));
  const candidateById = new Map(input.candidateTeams.filter((t) => t.deletedAt === null).map((t) => [t.id, t]));
  for (const [id, next] of correspondence.successors) {
    if (next.length === 0) add(team(id), { kind: 'team-removed', teamId: id, teamIds: [id], personIds: [], text: `${team(id)} removed` });
    else if (next.length > 1) {
      add(team(id), { kind: 'team-split', fromTeamId: id, toTeamIds: next, teamIds: [id, ...next], personIds: [], text: `${team(id)} → ${next.map(team).join(' + ')}` });
    } else {
      const to = next[0]!;
      const from = correspondence.predecessors.get(to) ?? [];
      if (from.length === 1 && baselineById.get(id)!.name !== candidateById.get(to)!.name) {
        add(team(id), { kind: 'team-renamed', fromTeamId: id, toTeamId: to, fromName: team(id), toName: team(to), teamIds: [id, to], personIds: [], text: `${team(id)} renamed ${team(to)}` });
      }
    }
  }
  for (const [id, from] of correspondence.predecessors) {
    if (from.length === 0) add(team(id), { kind: 'team-added', teamId: id, teamIds: [id], personIds: [], text: `${team(id)} added` });
    else if (from.length > 1) {
      add(team(id), { kind: 'team-merged', fromTeamIds: from, toTeamId: id, teamIds: [...from, id], personIds: [], text: `${from.map(team).join(' + ')} → ${team(id)}` });
    }
  }

  const follows = (b: string, c: string) => correspondence.successors.get(b)?.includes(c) ?? false;
  const before = byPlan(input.baselineMemberships, new Set(baselineById.keys()));
  const after = byPlan(input.candidateMemberships, new Set(candidateById.keys()));
  for (const personId of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(personId) ?? [];
    const is = after.get(personId) ?? [];
    const name = person(personId);
    const ids = personId === null ? [] : [personId];
    const { pairs, removed, added } = pair(was, is, follows, personId !== null);
    for (const [a, b] of pairs) {
      const from = place(a);
      const to = place(b);
      const teamIds = [a.teamId, b.teamId];
      if (!follows(a.teamId, b.teamId)) {
        add(name, { kind: 'person-moved', personId: personId!, from, to, teamIds, personIds: ids, text: `${name}: ${where(from)} → ${where(to)}` });
      } else if (a.roleId !== b.roleId) {
        add(name, { kind: 'role-changed', personId: personId!, from, to, teamIds, personIds: ids, text: `${name} on ${team(b.teamId)}: ${where(from)} → ${where(to)}` });
      } else if (a.allocation !== b.allocation) {
        add(name, { kind: 'allocation-changed', personId, from, to, teamIds, personIds: ids, text: `${name} on ${team(b.teamId)}: ${a.allocation}% → ${b.allocation}%` });
      }
    }
    for (const m of removed) {
      const from = place(m);
      if (personId === null) add(name, { kind: 'vacancy-closed', from, teamIds: [m.teamId], personIds: [], text: `Vacancy closed: ${where(from)}` });
      else if (is.length === 0) add(name, { kind: 'person-left', personId, from, teamIds: [m.teamId], personIds: ids, text: `${name} left ${where(from)}` });
      else add(name, { kind: 'person-removed-from-team', personId, from, teamIds: [m.teamId], personIds: ids, text: `${name} no longer on ${where(from)}` });
    }
    for (const m of added) {
      const to = place(m);
      if (personId === null) add(name, { kind: 'vacancy-opened', to, teamIds: [m.teamId], personIds: [], text: `Vacancy opened: ${where(to)}` });
      else if (was.length === 0) add(name, { kind: 'person-joined', personId, to, teamIds: [m.teamId], personIds: ids, text: `${name} joined ${where(to)}` });
      else add(name, { kind: 'person-added-to-team', personId, to, teamIds: [m.teamId], personIds: ids, text: `${name} also on ${where(to)}` });
    }
  }

  if (input.baselineDesign && input.candidateDesign) {
    for (const change of designChanges({
      baselineTeams: input.baselineTeams, candidateTeams: input.candidateTeams,
      baseline: input.baselineDesign, candidate: input.candidateDesign, correspondence,
    })) changes.push(change);
  }

  for (const change of changes) {
    change.sortName = change.sortName.normalize('NFC').toLowerCase();
    change.focus = focusOf(change.teamIds, candidateById, baselineById);
  }
  changes.sort((a, b) => {
    const rank = RANK.get(a.kind)! - RANK.get(b.kind)!;
    if (rank !== 0) return rank;
    if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  });
  return changes.map(({ sortName: _sortName, ...change }) => change as ScenarioChange);
}

function focusOf(teamIds: readonly string[], candidate: ReadonlyMap<string, unknown>, baseline: ReadonlyMap<string, unknown>): ScenarioChange['focus'] {
  const inCandidate = [...teamIds].reverse().find((id) => candidate.has(id));
  if (inCandidate) return { side: 'candidate', teamId: inCandidate };
  const inBaseline = teamIds.find((id) => baseline.has(id));
  return inBaseline ? { side: 'baseline', teamId: inBaseline } : undefined;
}

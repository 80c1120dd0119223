import type { Membership, Team } from '../model';

export interface Stamp {
  at: string;
  actor: string | null;
}

const fresh = (id: string, stamp: Stamp) => ({ id, createdAt: stamp.at, updatedAt: stamp.at, deletedAt: null, updatedBy: stamp.actor, mergedIntoId: null });

/**
 * A full copy of a plan's alive teams, memberships and vacancies into another plan, with new ids;
 * every copied team records the team it was copied from, so comparisons can follow it.
 */
export function copyPlanRecords(
  teams: readonly Team[],
  memberships: readonly Membership[],
  toPlanId: string,
  newId: () => string,
  stamp: Stamp,
): { teams: Team[]; memberships: Membership[] } {
  const idOf = new Map<string, string>();
  const copiedTeams: Team[] = [];
  for (const team of teams) {
    if (team.deletedAt !== null) continue;
    const copy: Team = { ...team, ...fresh(newId(), stamp), planId: toPlanId, derivedFromTeamIds: [team.id] };
    delete copy.mergedIntoId;
    idOf.set(team.id, copy.id);
    copiedTeams.push(copy);
  }
  const copiedMemberships: Membership[] = [];
  for (const m of memberships) {
    const teamId = idOf.get(m.teamId);
    if (m.deletedAt !== null || !teamId) continue;
    const copy: Membership = { ...m, ...fresh(newId(), stamp), planId: toPlanId, teamId };
    delete copy.mergedIntoId;
    copiedMemberships.push(copy);
  }
  return { teams: copiedTeams, memberships: copiedMemberships };
}

export interface SplitPart {
  name: string;
  /** The memberships (and vacancies) of the team that go to this part. */
  membershipIds: readonly string[];
}

export type PlanEdit = { ok: true; teams: Team[]; memberships: Membership[] } | { ok: false; problems: string[] };

/**
 * Splits a team into parts: the team becomes a tombstone, each part a new team derived from it,
 * and every alive membership moves to the one part chosen for it.
 */
export function splitTeamRecords(team: Team, memberships: readonly Membership[], parts: readonly SplitPart[], newId: () => string, stamp: Stamp): PlanEdit {
  const problems: string[] = [];
  const alive = memberships.filter((m) => m.deletedAt === null && m.teamId === team.id);
  const aliveIds = new Set(alive.map((m) => m.id));
  if (parts.length < 2) problems.push(`Splitting ${team.name} needs at least two parts.`);
  const names = parts.map((p) => p.name.trim());
  names.forEach((name, i) => {
    if (name === '') problems.push(`Part ${i + 1} of the split of ${team.name} needs a name.`);
    else if (names.indexOf(name) !== i) problems.push(`Two parts of the split are both called “${name}”: give each part its own name.`);
  });
  const partOf = new Map<string, number>();
  parts.forEach((part, index) => {
    for (const id of part.membershipIds) {
      if (!aliveIds.has(id)) problems.push(`The membership "${id}" is not on ${team.name}: choose among its members.`);
      else if (partOf.has(id)) problems.push(`The membership "${id}" is given to two parts: choose one part for each member.`);
      else partOf.set(id, index);
    }
  });
  const unplaced = alive.filter((m) => !partOf.has(m.id));
  if (unplaced.length > 0) problems.push(`${unplaced.length.toLocaleString('en-US')} member${unplaced.length === 1 ? '' : 's'} of ${team.name} ha${unplaced.length === 1 ? 's' : 've'} no part yet: choose where each goes.`);
  if (problems.length > 0) return { ok: false, problems };
  const newTeams = parts.map((part): Team => ({
    ...team, ...fresh(newId(), stamp), name: part.name.trim(), derivedFromTeamIds: [team.id],
  }));
  return {
    ok: true,
    teams: [{ ...team, deletedAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.actor }, ...newTeams],
    memberships: alive.map((m) => ({ ...m, teamId: newTeams[partOf.get(m.id)!]!.id, updatedAt: stamp.at, updatedBy: stamp.actor })),
  };
}

/**
 * Merges teams into one new team derived from all of them; the merged teams become tombstones.
 * Someone holding the same role on several of them keeps one membership with the allocations
 * added up (at most 100 %).
 */
export function mergeTeamRecords(teams: readonly Team[], memberships: readonly Membership[], name: string, newId: () => string, stamp: Stamp): PlanEdit {
  const problems: string[] = [];
  if (teams.length < 2) problems.push('Merging needs at least two teams.');
  if (new Set(teams.map((t) => t.planId)).size > 1) problems.push('The teams to merge belong to different plans: merge teams of one plan.');
  if (name.trim() === '') problems.push('The merged team needs a name.');
  if (problems.length > 0) return { ok: false, problems };
  const first = teams[0]!;
  const merged: Team = { ...first, ...fresh(newId(), stamp), name: name.trim(), derivedFromTeamIds: teams.map((t) => t.id) };
  delete merged.mergedIntoId;
  const ids = new Set(teams.map((t) => t.id));
  const kept = new Map<string, Membership>();
  const out: Membership[] = [];
  for (const m of memberships) {
    if (m.deletedAt !== null || !ids.has(m.teamId)) continue;
    const key = m.personId === null ? `vacancy:${m.id}` : `${m.personId}\u0000${m.roleId}`;
    const same = kept.get(key);
    if (same) {
      same.allocation = Math.min(100, same.allocation + m.allocation);
      out.push({ ...m, deletedAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.actor });
      continue;
    }
    const moved = { ...m, teamId: merged.id, updatedAt: stamp.at, updatedBy: stamp.actor };
    kept.set(key, moved);
    out.push(moved);
  }
  return {
    ok: true,
    teams: [...teams.map((t) => ({ ...t, deletedAt: stamp.at, updatedAt: stamp.at, updatedBy: stamp.actor })), merged],
    memberships: out,
  };
}

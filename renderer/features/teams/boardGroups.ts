import type { Membership, Team, TeamGroup } from '../../../shared/model';
import { groupHealth, type Verdict } from '../../../shared/rules';

/** A team's group as the board's section heading shows it. */
export interface BoardGroup {
  id: string;
  /** "Tribe: Payments" */
  name: string;
  /** "36 of 150 people · 4 of 8 teams", then what is over its limit. */
  detail: string;
  verdict: Verdict;
}

const n = (value: number) => value.toLocaleString('en');

/**
 * Each team's group with the group's health against its own limits (headcount and team count),
 * computed once per group from the plan's membership index, not once per card.
 */
export function boardGroupsByTeam(groups: readonly TeamGroup[], teams: readonly Pick<Team, 'id' | 'groupId'>[], byTeam: ReadonlyMap<string, readonly Membership[]>): Map<string, BoardGroup> {
  const teamsOf = new Map<string, string[]>();
  for (const team of teams) {
    if (!team.groupId) continue;
    const list = teamsOf.get(team.groupId);
    if (list) list.push(team.id);
    else teamsOf.set(team.groupId, [team.id]);
  }
  const result = new Map<string, BoardGroup>();
  for (const group of groups) {
    const teamIds = teamsOf.get(group.id) ?? [];
    if (teamIds.length === 0) continue;
    const health = groupHealth(group, teamIds, teamIds.flatMap((id) => byTeam.get(id) ?? []));
    const over = health.findings.map((f) => f.title.toLowerCase());
    const entry: BoardGroup = {
      id: group.id,
      name: `${group.level}: ${group.name}`,
      detail: `${n(health.people)} of ${n(group.maxPeople)} people · ${n(health.teams)} of ${n(group.maxTeams)} teams${over.length > 0 ? ` · ${over.join(', ')}` : ''}`,
      verdict: health.verdict,
    };
    for (const id of teamIds) result.set(id, entry);
  }
  return result;
}

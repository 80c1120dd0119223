import type { TeamGroup } from '../model';
import { verdict, type Finding, type Verdict } from './finding';
import { count, formatNumber } from './wording';

type GroupMembership = { teamId: string; personId: string | null; deletedAt: string | null };

export interface GroupHealth {
  groupId: string;
  teams: number;
  /** Distinct people across the group's teams (vacancies not counted). */
  people: number;
  findings: Finding[];
  verdict: Verdict;
}

/**
 * A team of teams against its own limits (default at most 150 people, Dunbar's number, and 8
 * teams): over the people limit fails, over the team limit warns. `teamIds` are its alive teams.
 */
export function groupHealth(group: Pick<TeamGroup, 'id' | 'name' | 'level' | 'maxPeople' | 'maxTeams'>, teamIds: readonly string[], memberships: readonly GroupMembership[]): GroupHealth {
  const inGroup = new Set(teamIds);
  const people = new Set<string>();
  for (const m of memberships) if (m.deletedAt === null && m.personId !== null && inGroup.has(m.teamId)) people.add(m.personId);
  const level = group.level.toLowerCase();
  const findings: Finding[] = [];
  if (people.size > group.maxPeople) {
    findings.push({
      id: 'group:people',
      rule: 'group',
      severity: 'fail',
      title: 'Too many people',
      explanation: `“${group.name}” has ${formatNumber(people.size)} people, over its limit of ${formatNumber(group.maxPeople)}: beyond about 150 people a ${level} stops knowing each other and needs more process to coordinate.`,
      fix: `Split the ${level} in two around its value streams, or move teams to another ${level}.`,
    });
  }
  if (teamIds.length > group.maxTeams) {
    findings.push({
      id: 'group:teams',
      rule: 'group',
      severity: 'warn',
      title: 'Too many teams',
      explanation: `“${group.name}” has ${count(teamIds.length, 'team')}, over its limit of ${group.maxTeams}: its leaders cannot keep every team's work in view.`,
      fix: `Move a team to another ${level}, or split the ${level}.`,
    });
  }
  return { groupId: group.id, teams: teamIds.length, people: people.size, findings, verdict: verdict(findings) };
}

import { INTERACTION_MODE_INFO, LIVE_PLAN_ID, teamTypeLabel, type Dependency, type Interaction, type Membership, type Team, type TeamGroup } from '../model';
import type { CsvTable } from './csvTables';

/** What the organisation-design exports read: the live plan's teams, groups, interactions and dependencies. */
export interface DesignRecords {
  teams: readonly Team[];
  memberships: readonly Pick<Membership, 'teamId' | 'personId' | 'planId' | 'deletedAt'>[];
  teamGroups: readonly TeamGroup[];
  interactions: readonly Interaction[];
  dependencies: readonly Dependency[];
}

const compareText = (a: string, b: string) => a.localeCompare(b, 'en');
const live = <T extends { planId: string; deletedAt: string | null }>(rows: readonly T[]): T[] => rows.filter((r) => r.deletedAt === null && r.planId === LIVE_PLAN_ID);

function teamNames(records: DesignRecords): Map<string, string> {
  return new Map(live(records.teams).map((t) => [t.id, t.name]));
}

/** Every team with its type and group: the file "Import team types and groups" reads back. */
export function teamDesignCsv(records: DesignRecords): CsvTable {
  const groups = new Map(live(records.teamGroups).map((g) => [g.id, g]));
  const rows = live(records.teams)
    .sort((a, b) => compareText(a.name, b.name))
    .map((team) => {
      const group = team.groupId ? groups.get(team.groupId) : undefined;
      return [team.name, team.type ? teamTypeLabel(team.type) : '', group?.name ?? '', group?.level ?? '', team.services.join('; ')];
    });
  return { header: ['Team', 'Type', 'Group', 'Group level', 'Services'], rows };
}

/** Every group with its limits and how many teams and people it holds now. */
export function groupsCsv(records: DesignRecords): CsvTable {
  const teams = live(records.teams);
  const memberships = live(records.memberships);
  const rows = live(records.teamGroups)
    .sort((a, b) => compareText(a.name, b.name))
    .map((group) => {
      const ids = new Set(teams.filter((t) => t.groupId === group.id).map((t) => t.id));
      const people = new Set(memberships.filter((m) => ids.has(m.teamId) && m.personId !== null).map((m) => m.personId));
      return [group.name, group.level, group.maxPeople, group.maxTeams, ids.size, people.size];
    });
  return { header: ['Group', 'Level', 'People at most', 'Teams at most', 'Teams', 'People'], rows };
}

/** Every interaction between two teams: the file "Import interactions" reads back. */
export function interactionsCsv(records: DesignRecords): CsvTable {
  const names = teamNames(records);
  const rows = live(records.interactions)
    .filter((i) => names.has(i.providerTeamId) && names.has(i.consumerTeamId))
    .sort((a, b) => compareText(a.start, b.start) || compareText(names.get(a.providerTeamId)!, names.get(b.providerTeamId)!))
    .map((i) => [names.get(i.providerTeamId)!, names.get(i.consumerTeamId)!, INTERACTION_MODE_INFO[i.mode].label, i.purpose, i.start, i.end ?? '']);
  return { header: ['Providing team', 'Consuming team', 'Mode', 'Purpose', 'Start', 'Expected end'], rows };
}

/** The dependency register. */
export function dependenciesCsv(records: DesignRecords): CsvTable {
  const names = teamNames(records);
  const rows = live(records.dependencies)
    .filter((d) => names.has(d.dependentTeamId) && names.has(d.dependsOnTeamId))
    .sort((a, b) => compareText(a.since, b.since) || compareText(names.get(a.dependentTeamId)!, names.get(b.dependentTeamId)!))
    .map((d) => [names.get(d.dependentTeamId)!, names.get(d.dependsOnTeamId)!, d.state, d.since, d.note]);
  return { header: ['Dependent team', 'Depends on', 'State', 'Since', 'Note'], rows };
}

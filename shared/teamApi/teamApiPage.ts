import { isolateBidi } from '../bidi';
import { INTERACTION_MODE_INFO, TEAM_TYPE_INFO, type Dependency, type DependencyState, type Interaction, type Team, type TeamGroup } from '../model';
import type { Severity, Verdict } from '../rules';
import type { ChartCardContent } from '../charts/chartCard';

/**
 * A team's Team API (after Team Topologies): one page that tells other teams who the team is,
 * what it owns, how it interacts and how to work with it. Built from data already computed for
 * charts (the team's card: members by role, findings, objectives) plus the design records.
 */
export interface TeamApiPage {
  teamId: string;
  name: string;
  type: { label: string; definition: string } | null;
  group: string | null;
  mission: string;
  services: string[];
  headcount: number;
  fte: number;
  verdict: Verdict;
  roles: TeamApiRole[];
  interactions: TeamApiInteraction[];
  dependencies: TeamApiDependency[];
  objectives: TeamApiObjective[];
  /** The OKR period the objectives belong to; null when none. */
  periodName: string | null;
  findings: TeamApiFinding[];
  /** The team's own words; empty when not written yet. */
  workingWithUs: string;
}

export interface TeamApiRole {
  roleName: string;
  /** "Ana Costa (50 %)", "Ben Ode (50 %, also on Payments)", "To hire (100 %)"; empty for a required role nobody holds. */
  members: string[];
  missing: boolean;
}

export type InteractionTiming = 'active' | 'planned' | 'ended';

export interface TeamApiInteraction {
  id: string;
  /** From this team's side: "Provides to", "Consumes from", "Collaborates with", "Facilitates", "Facilitated by". */
  relation: string;
  otherTeam: string;
  mode: string;
  purpose: string;
  start: string;
  /** Expected end; null: open-ended. */
  end: string | null;
  timing: InteractionTiming;
}

export interface TeamApiDependency {
  id: string;
  /** "Depends on" (this team waits on the other) or "Depended on by". */
  relation: 'Depends on' | 'Depended on by';
  otherTeam: string;
  state: DependencyState;
  since: string;
  note: string;
}

export interface TeamApiObjective {
  id: string;
  title: string;
  /** The other owner teams by name; empty for an objective the team owns alone. */
  coOwners: string[];
  /** "45 % (expected 60 %)" or "No key results". */
  progress: string;
  status: string;
}

export interface TeamApiFinding {
  severity: Severity;
  title: string;
  explanation: string;
  fix: string | undefined;
}

export interface TeamApiInput {
  card: ChartCardContent;
  team: Pick<Team, 'id' | 'services' | 'type' | 'groupId' | 'workingWithUs'>;
  /** Names of every team of the plan, for the other side of interactions and dependencies. */
  teamNames: ReadonlyMap<string, string>;
  groups: readonly Pick<TeamGroup, 'id' | 'name' | 'level' | 'deletedAt'>[];
  interactions: readonly Pick<Interaction, 'id' | 'providerTeamId' | 'consumerTeamId' | 'mode' | 'purpose' | 'start' | 'end' | 'deletedAt'>[];
  dependencies: readonly Pick<Dependency, 'id' | 'dependentTeamId' | 'dependsOnTeamId' | 'state' | 'since' | 'note' | 'deletedAt'>[];
  periodName: string | null;
  today: string;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

function relationOf(mode: Interaction['mode'], provides: boolean): string {
  if (mode === 'collaboration') return 'Collaborates with';
  if (mode === 'facilitating') return provides ? 'Facilitates' : 'Facilitated by';
  return provides ? 'Provides to' : 'Consumes from';
}

export function interactionTiming(i: Pick<Interaction, 'start' | 'end'>, today: string): InteractionTiming {
  if (i.start > today) return 'planned';
  if (i.end !== null && i.end < today) return 'ended';
  return 'active';
}

/** "2026-10-01 to 2026-12-31" or "from 2026-10-01, open-ended"; `day` writes a date as the screen does. */
export function interactionDates(i: Pick<Interaction, 'start' | 'end'>, day: (date: string) => string = (date) => date): string {
  return i.end === null ? `from ${day(i.start)}, open-ended` : `${day(i.start)} to ${day(i.end)}`;
}

const TIMING_ORDER: Record<InteractionTiming, number> = { active: 0, planned: 1, ended: 2 };
const STATE_ORDER: Record<DependencyState, number> = { blocking: 0, slowing: 1, fine: 2 };

function memberLine(member: ChartCardContent['roleGroups'][number]['members'][number]): string {
  const shared = member.alsoOn.length > 0 ? `, also on ${member.alsoOn.join(', ')}` : '';
  return `${member.name} (${member.allocation} %${shared})`;
}

/** Everything the Team API page shows about one team, in the order it is printed. */
export function teamApiPage(input: TeamApiInput): TeamApiPage {
  const { card, team, today } = input;
  const nameOf = (id: string) => isolateBidi(input.teamNames.get(id) ?? 'a deleted team');
  const group = team.groupId ? input.groups.find((g) => g.id === team.groupId && g.deletedAt === null) : undefined;

  const interactions = input.interactions
    .filter((i) => i.deletedAt === null && (i.providerTeamId === team.id || i.consumerTeamId === team.id))
    .map((i) => {
      const provides = i.providerTeamId === team.id;
      return {
        id: i.id,
        relation: relationOf(i.mode, provides),
        otherTeam: nameOf(provides ? i.consumerTeamId : i.providerTeamId),
        mode: INTERACTION_MODE_INFO[i.mode].label,
        purpose: isolateBidi(i.purpose),
        start: i.start,
        end: i.end,
        timing: interactionTiming(i, today),
      };
    })
    .sort((a, b) => TIMING_ORDER[a.timing] - TIMING_ORDER[b.timing] || a.start.localeCompare(b.start) || a.otherTeam.localeCompare(b.otherTeam));

  const dependencies = input.dependencies
    .filter((d) => d.deletedAt === null && (d.dependentTeamId === team.id || d.dependsOnTeamId === team.id))
    .map((d): TeamApiDependency => {
      const waits = d.dependentTeamId === team.id;
      return {
        id: d.id,
        relation: waits ? 'Depends on' : 'Depended on by',
        otherTeam: nameOf(waits ? d.dependsOnTeamId : d.dependentTeamId),
        state: d.state,
        since: d.since,
        note: isolateBidi(d.note),
      };
    })
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.since.localeCompare(b.since));

  const objectives = card.objectives.map((o) => ({
    id: o.id,
    title: o.title,
    coOwners: o.sharedWith,
    progress: o.progress === null ? 'No key results' : `${percent(o.progress)} (expected ${percent(o.expected)})`,
    status: o.staleSummary && o.label !== 'stale' ? `${o.statusText} · ${o.staleSummary}` : o.statusText,
  }));

  return {
    teamId: card.teamId,
    name: card.name,
    type: team.type ? { label: TEAM_TYPE_INFO[team.type].label, definition: TEAM_TYPE_INFO[team.type].definition } : null,
    group: group ? `${isolateBidi(group.level)}: ${isolateBidi(group.name)}` : null,
    mission: card.mission,
    services: team.services.map(isolateBidi),
    headcount: card.headcount,
    fte: card.fte,
    verdict: card.verdict,
    roles: card.roleGroups.map((g) => ({ roleName: g.roleName, members: g.members.map(memberLine), missing: g.missing })),
    interactions,
    dependencies,
    objectives,
    periodName: input.periodName,
    findings: [...card.sizeFindings, ...card.findings],
    workingWithUs: isolateBidi(team.workingWithUs ?? ''),
  };
}

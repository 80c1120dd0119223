import type { Interaction, InteractionMode, Objective, Team, TeamGroup, TeamType } from '../model';
import type { CrossFunctionalMix } from '../rules/crossFunctional';

/**
 * The collaboration map (issue 20): the plan's teams joined by their interactions and by the
 * objectives they own together in a period. Pure: data in, graph out; the layout is elsewhere.
 */

/**
 * Which side of the organisation a team stands on. Business: more than half of its FTE comes
 * from business departments (the cross-functional mix, ARCHITECTURE.md "business member");
 * technology otherwise; unstaffed: nobody on it yet, so it belongs to neither side.
 */
export type TeamSide = 'technology' | 'business' | 'unstaffed';

export function teamSide(mix: Pick<CrossFunctionalMix, 'members' | 'fteShare'>): TeamSide {
  if (mix.members === 0) return 'unstaffed';
  return mix.fteShare > 0.5 ? 'business' : 'technology';
}

export interface MapTeam {
  id: string;
  name: string;
  type: TeamType | null;
  groupId: string | null;
  side: TeamSide;
  /** Neither an interaction nor a shared objective with another team of the plan. */
  silo: boolean;
}

/** What a link stands for: an interaction of a mode, or objectives two teams own together. */
export type LinkKind = InteractionMode | 'shared-objective';
export const LINK_KINDS: readonly LinkKind[] = ['collaboration', 'x-as-a-service', 'facilitating', 'shared-objective'];

export interface MapLink {
  id: string;
  kind: LinkKind;
  /** The providing team (interactions) or the first of the pair by name (shared objectives). */
  from: string;
  to: string;
  /** Collaboration and shared objectives go both ways; X-as-a-service and facilitating point provider → consumer. */
  directed: boolean;
  /** The interaction's purpose, or the titles of the shared objectives. */
  detail: string[];
}

export interface CollaborationGraph {
  teams: MapTeam[];
  links: MapLink[];
}

export interface GraphInput {
  teams: readonly Pick<Team, 'id' | 'name' | 'type' | 'groupId' | 'deletedAt'>[];
  interactions: readonly Pick<Interaction, 'id' | 'providerTeamId' | 'consumerTeamId' | 'mode' | 'purpose' | 'deletedAt'>[];
  /** The objectives of the period shown (any plan's objectives name live teams; others are ignored). */
  objectives: readonly Pick<Objective, 'id' | 'title' | 'ownerTeamIds' | 'deletedAt'>[];
  /** Each team's side; a team missing here counts as unstaffed. */
  sides: ReadonlyMap<string, TeamSide>;
  /** The plan's live groups: a team whose group is not among them counts as outside any group. */
  groupIds: ReadonlySet<string>;
}

// One collator for every comparison: localeCompare with a locale builds one per call, which costs
// tens of milliseconds over 500 teams and thousands of shared objectives.
const numericOrder = new Intl.Collator('en', { numeric: true });
const nameOrder = new Intl.Collator('en');
const byName = (a: { name: string }, b: { name: string }) => numericOrder.compare(a.name, b.name);

/** Teams, links and silos of a plan. Links to deleted or unknown teams are left out. */
export function collaborationGraph(input: GraphInput): CollaborationGraph {
  const alive = input.teams.filter((t) => t.deletedAt === null).sort(byName);
  const teamById = new Map(alive.map((t) => [t.id, t]));
  const links: MapLink[] = [];
  for (const i of input.interactions) {
    if (i.deletedAt !== null || !teamById.has(i.providerTeamId) || !teamById.has(i.consumerTeamId) || i.providerTeamId === i.consumerTeamId) continue;
    links.push({ id: i.id, kind: i.mode, from: i.providerTeamId, to: i.consumerTeamId, directed: i.mode !== 'collaboration', detail: i.purpose ? [i.purpose] : [] });
  }
  links.push(...sharedObjectiveLinks(input.objectives, teamById));
  const linked = new Set(links.flatMap((l) => [l.from, l.to]));
  const teams = alive.map((t) => ({
    id: t.id,
    name: t.name,
    type: t.type ?? null,
    groupId: t.groupId && input.groupIds.has(t.groupId) ? t.groupId : null,
    side: input.sides.get(t.id) ?? 'unstaffed',
    silo: !linked.has(t.id),
  }));
  return { teams, links };
}

/** One link per pair of teams that own at least one objective together, naming those objectives. */
function sharedObjectiveLinks(objectives: GraphInput['objectives'], teamById: ReadonlyMap<string, { name: string }>): MapLink[] {
  const pairs = new Map<string, MapLink>();
  for (const objective of objectives) {
    if (objective.deletedAt !== null) continue;
    const owners = [...new Set(objective.ownerTeamIds)].filter((id) => teamById.has(id));
    owners.sort((a, b) => nameOrder.compare(teamById.get(a)!.name, teamById.get(b)!.name) || a.localeCompare(b));
    for (let a = 0; a < owners.length; a++) {
      for (let b = a + 1; b < owners.length; b++) {
        const key = `${owners[a]}|${owners[b]}`;
        const link = pairs.get(key) ?? { id: `shared:${key}`, kind: 'shared-objective' as const, from: owners[a]!, to: owners[b]!, directed: false, detail: [] };
        link.detail.push(objective.title);
        pairs.set(key, link);
      }
    }
  }
  return [...pairs.values()];
}

/** What the map shows; an empty list of a kind means "all of them". */
export interface MapFilter {
  groupIds: readonly string[];
  /** Team types; null stands for teams without a type. */
  types: readonly (TeamType | null)[];
  kinds: readonly LinkKind[];
}

export const NO_FILTER: MapFilter = { groupIds: [], types: [], kinds: [] };

/** "No group" in a filter by group. */
export const UNGROUPED = 'ungrouped';

/**
 * The teams that pass the group and type filters and the links of the chosen kinds between them.
 * A team stays a silo by the whole plan's links: filtering does not make a team a silo.
 */
export function filterGraph(graph: CollaborationGraph, filter: MapFilter): CollaborationGraph {
  const groups = new Set(filter.groupIds);
  const types = new Set(filter.types);
  const kinds = new Set(filter.kinds);
  const teams = graph.teams.filter((t) => (groups.size === 0 || groups.has(t.groupId ?? UNGROUPED)) && (types.size === 0 || types.has(t.type)));
  const shown = new Set(teams.map((t) => t.id));
  const links = graph.links.filter((l) => shown.has(l.from) && shown.has(l.to) && (kinds.size === 0 || kinds.has(l.kind)));
  return { teams, links };
}

export function silos(graph: CollaborationGraph): MapTeam[] {
  return graph.teams.filter((t) => t.silo);
}

/** A share of links with what it was computed from. */
export interface LinkShare {
  /** Links that cross. */
  crossing: number;
  /** Links that could be judged (both ends known). */
  counted: number;
  /** Links left out because an end is unknown (unstaffed team, team outside any group). */
  leftOut: number;
  /** crossing / counted, 0–1; null when nothing could be counted. */
  share: number | null;
}

function shareOf(links: readonly MapLink[], sideOf: (teamId: string) => string | null): LinkShare {
  let crossing = 0;
  let counted = 0;
  for (const link of links) {
    const a = sideOf(link.from);
    const b = sideOf(link.to);
    if (a === null || b === null) continue;
    counted++;
    if (a !== b) crossing++;
  }
  return { crossing, counted, leftOut: links.length - counted, share: counted === 0 ? null : crossing / counted };
}

/** The share of links joining a technology team and a business team; links with an unstaffed team are left out. */
export function crossSideShare(graph: CollaborationGraph): LinkShare {
  const side = new Map(graph.teams.map((t) => [t.id, t.side]));
  return shareOf(graph.links, (id) => {
    const s = side.get(id);
    return s === undefined || s === 'unstaffed' ? null : s;
  });
}

/** The share of links joining teams of two different groups; links with a team outside any group are left out. */
export function crossGroupShare(graph: CollaborationGraph): LinkShare {
  const group = new Map(graph.teams.map((t) => [t.id, t.groupId]));
  return shareOf(graph.links, (id) => group.get(id) ?? null);
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const links = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'link' : 'links'}`;

/** "35 %" with one plain sentence saying what it means, for the screen and the PDF. */
export function explainCrossSide(share: LinkShare): { figure: string; sentence: string } {
  if (share.share === null) return { figure: '—', sentence: 'No link joins two staffed teams yet, so nothing crosses between technology and business.' };
  const left = share.leftOut > 0 ? ` ${links(share.leftOut)} with a team nobody is on yet ${share.leftOut === 1 ? 'is' : 'are'} not counted.` : '';
  return {
    figure: percent(share.share),
    sentence: `${share.crossing.toLocaleString('en-US')} of ${links(share.counted)} join a technology team and a business team (a team is business when more than half of its FTE comes from business departments).${left}`,
  };
}

export function explainCrossGroup(share: LinkShare, groupWord = 'group'): { figure: string; sentence: string } {
  if (share.share === null) return { figure: '—', sentence: `No link joins two teams that both belong to a ${groupWord}, so nothing crosses between ${groupWord}s yet.` };
  const left = share.leftOut > 0 ? ` ${links(share.leftOut)} with a team outside any ${groupWord} ${share.leftOut === 1 ? 'is' : 'are'} not counted.` : '';
  return {
    figure: percent(share.share),
    sentence: `${share.crossing.toLocaleString('en-US')} of ${links(share.counted)} join teams of two different ${groupWord}s: the rest stay inside one ${groupWord}.${left}`,
  };
}

/** The teams a group filter can offer: the plan's groups by name, then "No group" when a team has none. */
export function groupChoices(groups: readonly Pick<TeamGroup, 'id' | 'name' | 'deletedAt'>[], teams: readonly MapTeam[]): { id: string; name: string }[] {
  const choices = groups.filter((g) => g.deletedAt === null).sort(byName).map((g) => ({ id: g.id, name: g.name }));
  if (teams.some((t) => t.groupId === null)) choices.push({ id: UNGROUPED, name: 'No group' });
  return choices;
}

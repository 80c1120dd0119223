import type { CollaborationGraph } from './collaborationGraph';
import { teamBox, type Rect } from './mapGeometry';

/**
 * The collaboration map's layout as an ELK graph (elkjs, run in a Web Worker): each group is a
 * box whose teams are placed by a force-directed layout of the links inside it; the boxes (and
 * the teams outside any group, in a box of their own) are then packed onto the page. Links
 * between groups are drawn straight between their teams, over the packed boxes.
 *
 * Why two levels: a force or layered layout of 500 teams and 2,500 links takes ELK seconds;
 * fifty layouts of ten teams take a few tens of milliseconds, and a group reads as a unit.
 */

/** The subset of ELK's JSON graph this layout uses (elkjs's ElkNode, kept local so shared/ stays free of it). */
export interface ElkGraphNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkGraphNode[];
  edges?: { id: string; sources: string[]; targets: string[] }[];
}

export const NO_GROUP_BOX = 'group:none';
/** Room above a group's teams for its name. */
const GROUP_HEADER = 30;
/** A box with more teams than this is packed in rows instead: a force layout of hundreds of teams takes seconds. */
export const FORCE_LIMIT = 80;

export interface MapGroupInput {
  id: string;
  name: string;
}

export function elkGraph(graph: CollaborationGraph, groups: readonly MapGroupInput[]): ElkGraphNode {
  const known = new Set(groups.map((g) => g.id));
  const boxOf = (groupId: string | null) => (groupId !== null && known.has(groupId) ? groupId : NO_GROUP_BOX);
  const members = new Map<string, ElkGraphNode[]>();
  const teamBoxId = new Map<string, string>();
  for (const team of graph.teams) {
    const box = boxOf(team.groupId);
    teamBoxId.set(team.id, box);
    const { width, height } = teamBox(team.name, team.type);
    const list = members.get(box) ?? [];
    list.push({ id: team.id, width, height });
    members.set(box, list);
  }
  const inner = new Map<string, NonNullable<ElkGraphNode['edges']>>();
  const seenPairs = new Set<string>();
  for (const link of graph.links) {
    const box = teamBoxId.get(link.from);
    if (box === undefined || box !== teamBoxId.get(link.to)) continue;
    // One edge per pair is enough for placing teams; more would only pull the pair closer.
    const pair = link.from < link.to ? `${link.from}|${link.to}` : `${link.to}|${link.from}`;
    if (seenPairs.has(pair)) continue;
    seenPairs.add(pair);
    const list = inner.get(box) ?? [];
    list.push({ id: link.id, sources: [link.from], targets: [link.to] });
    inner.set(box, list);
  }
  const order = [...groups.map((g) => g.id), NO_GROUP_BOX].filter((id) => members.has(id));
  const children = order.map((box): ElkGraphNode => {
    const teams = members.get(box)!;
    const edges = inner.get(box) ?? [];
    const force = teams.length <= FORCE_LIMIT && edges.length > 0;
    return {
      id: box,
      layoutOptions: {
        'elk.algorithm': force ? 'force' : 'rectpacking',
        'elk.force.iterations': '60',
        'elk.force.repulsion': '2.5',
        'elk.randomSeed': '7',
        'elk.spacing.nodeNode': '36',
        'elk.spacing.componentComponent': '32',
        'elk.aspectRatio': '1.6',
        'elk.padding': `[top=${GROUP_HEADER + 14},left=18,bottom=18,right=18]`,
      },
      children: teams,
      edges,
    };
  });
  return {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'rectpacking',
      'elk.aspectRatio': '1.6',
      'elk.spacing.nodeNode': '28',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
      'elk.rectpacking.widthApproximation.optimizationGoal': 'ASPECT_RATIO_DRIVEN',
    },
    children,
    edges: [],
  };
}

export interface MapGroupBox extends Rect {
  id: string;
  name: string;
}

export interface MapLayout {
  width: number;
  height: number;
  groups: MapGroupBox[];
  /** Each team's box in map coordinates. */
  teams: Record<string, Rect>;
}

/** Positions out of ELK's laid-out graph, in one coordinate system. */
export function readLayout(laidOut: ElkGraphNode, groups: readonly MapGroupInput[]): MapLayout {
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const teams: Record<string, Rect> = {};
  const boxes: MapGroupBox[] = [];
  for (const box of laidOut.children ?? []) {
    const bx = box.x ?? 0;
    const by = box.y ?? 0;
    boxes.push({ id: box.id, name: box.id === NO_GROUP_BOX ? 'No group' : names.get(box.id) ?? 'Group', x: bx, y: by, width: box.width ?? 0, height: box.height ?? 0 });
    for (const team of box.children ?? []) {
      teams[team.id] = { x: bx + (team.x ?? 0), y: by + (team.y ?? 0), width: team.width ?? 0, height: team.height ?? 0 };
    }
  }
  return { width: Math.ceil(laidOut.width ?? 0), height: Math.ceil(laidOut.height ?? 0), groups: boxes, teams };
}

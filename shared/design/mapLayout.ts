import type { CollaborationGraph } from './collaborationGraph';
import { teamBox, type Rect } from './mapGeometry';

/**
 * The collaboration map's layout as an ELK graph (elkjs, run in a Web Worker): each group is a
 * box whose teams are placed by a force-directed layout of the links inside it; the boxes (and
 * the teams outside any group, in a box of their own) are then packed onto the page, in a second step. Links
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

/** A group's teams and the links inside it, as a flat ELK graph of its own. */
export interface GroupGraph {
  boxId: string;
  graph: ElkGraphNode;
}

const PAD = 18;

/**
 * One ELK graph per group box (and one for the teams outside any group): each is laid out on its
 * own, then the boxes are packed (packGraph). Two steps rather than one nested graph so no box can
 * ever overlap another, whatever room the force layout takes inside it.
 */
export function groupGraphs(graph: CollaborationGraph, groups: readonly MapGroupInput[]): GroupGraph[] {
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
  return order.map((boxId) => {
    const teams = members.get(boxId)!;
    const edges = inner.get(boxId) ?? [];
    const force = teams.length <= FORCE_LIMIT && edges.length > 0;
    return {
      boxId,
      graph: {
        id: boxId,
        layoutOptions: {
          'elk.algorithm': force ? 'force' : 'rectpacking',
          'elk.force.iterations': '60',
          'elk.force.repulsion': '0.5',
          'elk.randomSeed': '7',
          'elk.spacing.nodeNode': '12',
          'elk.spacing.componentComponent': '24',
          'elk.aspectRatio': '1.6',
          'elk.padding': '[top=0,left=0,bottom=0,right=0]',
        },
        children: teams,
        edges,
      },
    };
  });
}

/** Teams' bounds in a laid-out group graph, so its box fits them exactly (force layouts may drift off the origin). */
function bounds(laidOut: ElkGraphNode): { minX: number; minY: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const team of laidOut.children ?? []) {
    minX = Math.min(minX, team.x ?? 0);
    minY = Math.min(minY, team.y ?? 0);
    maxX = Math.max(maxX, (team.x ?? 0) + (team.width ?? 0));
    maxY = Math.max(maxY, (team.y ?? 0) + (team.height ?? 0));
  }
  return minX === Infinity ? { minX: 0, minY: 0, width: 0, height: 0 } : { minX, minY, width: maxX - minX, height: maxY - minY };
}

/** The group boxes, sized around their laid-out teams, packed onto the page. */
export function packGraph(laidOutGroups: readonly ElkGraphNode[]): ElkGraphNode {
  return {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'rectpacking',
      'elk.aspectRatio': '1.6',
      'elk.spacing.nodeNode': '28',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: laidOutGroups.map((g) => {
      const b = bounds(g);
      return { id: g.id, width: Math.max(b.width + 2 * PAD, 220), height: b.height + GROUP_HEADER + 14 + PAD };
    }),
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

/** Positions out of the laid-out groups and their packing, in one coordinate system. */
export function readLayout(laidOutGroups: readonly ElkGraphNode[], packed: ElkGraphNode, groups: readonly MapGroupInput[]): MapLayout {
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const placed = new Map((packed.children ?? []).map((box) => [box.id, box]));
  const teams: Record<string, Rect> = {};
  const boxes: MapGroupBox[] = [];
  for (const group of laidOutGroups) {
    const box = placed.get(group.id);
    if (!box) continue;
    const b = bounds(group);
    const bx = box.x ?? 0;
    const by = box.y ?? 0;
    boxes.push({ id: group.id, name: group.id === NO_GROUP_BOX ? 'No group' : names.get(group.id) ?? 'Group', x: bx, y: by, width: box.width ?? 0, height: box.height ?? 0 });
    const left = bx + ((box.width ?? 0) - b.width) / 2;
    for (const team of group.children ?? []) {
      teams[team.id] = { x: left + (team.x ?? 0) - b.minX, y: by + GROUP_HEADER + 14 + (team.y ?? 0) - b.minY, width: team.width ?? 0, height: team.height ?? 0 };
    }
  }
  return { width: Math.ceil(packed.width ?? 0), height: Math.ceil(packed.height ?? 0), groups: boxes, teams };
}

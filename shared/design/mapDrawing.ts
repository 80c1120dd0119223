import { TEAM_TYPE_INFO, teamTypeLabel } from '../model/teamTypeInfo';
import { LINK_KINDS, type CollaborationGraph, type LinkKind } from './collaborationGraph';
import type { MapLayout } from './mapLayout';
import { borderPoint, LINK_STYLES, linkLanes, nameBaselines, NO_TYPE_PAINT, shapePath, teamBox, type Point, type Rect } from './mapGeometry';

/**
 * The map as drawing primitives, the one picture the screen, the SVG file and the PDF all draw.
 * Links of one kind are one path (and their arrowheads another): thousands of links cost four
 * elements, so the map opens without a long task at 500 teams.
 */
export interface DrawnTeam extends Rect {
  id: string;
  name: string;
  /** "Platform team · silo", for a screen reader and a tooltip. */
  description: string;
  shape: string;
  fill: string;
  stroke: string;
  lines: { text: string; x: number; y: number }[];
  silo: boolean;
}

export interface DrawnGroup extends Rect {
  id: string;
  name: string;
  caption: string;
}

export interface DrawnLinks {
  kind: LinkKind;
  lines: string;
  heads: string;
  count: number;
}

export interface MapDrawing {
  width: number;
  height: number;
  groups: DrawnGroup[];
  links: DrawnLinks[];
  teams: DrawnTeam[];
}

const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.5;

/** A filled triangle whose tip is `tip`, pointing away from `from`. */
export function arrowHead(tip: Point, from: Point, scale = 1): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = tip.x - ux * HEAD_LENGTH * scale;
  const by = tip.y - uy * HEAD_LENGTH * scale;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(tip.x)},${r(tip.y)}L${r(bx - uy * HEAD_HALF_WIDTH * scale)},${r(by + ux * HEAD_HALF_WIDTH * scale)}L${r(bx + uy * HEAD_HALF_WIDTH * scale)},${r(by - ux * HEAD_HALF_WIDTH * scale)}Z`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function linkSegments(from: Rect, to: Rect, lane: number): { d: string; start: Point; end: Point; startFrom: Point; endFrom: Point } {
  const a0 = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const b0 = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  const bend = lane === 0 ? 0 : Math.ceil(lane / 2) * 26 * (lane % 2 === 1 ? 1 : -1);
  const length = Math.hypot(b0.x - a0.x, b0.y - a0.y) || 1;
  const control = { x: (a0.x + b0.x) / 2 - ((b0.y - a0.y) / length) * bend, y: (a0.y + b0.y) / 2 + ((b0.x - a0.x) / length) * bend };
  const start = borderPoint(from, bend === 0 ? b0 : control);
  const end = borderPoint(to, bend === 0 ? a0 : control);
  const d = bend === 0 ? `M${r1(start.x)},${r1(start.y)}L${r1(end.x)},${r1(end.y)}` : `M${r1(start.x)},${r1(start.y)}Q${r1(control.x)},${r1(control.y)} ${r1(end.x)},${r1(end.y)}`;
  return { d, start, end, startFrom: bend === 0 ? end : control, endFrom: bend === 0 ? start : control };
}

export function mapDrawing(graph: CollaborationGraph, layout: MapLayout, groupLevel = 'group'): MapDrawing {
  const teamsInBox = new Map<string, number>();
  const boxOfTeam = new Map<string, string>();
  for (const box of layout.groups) {
    for (const team of graph.teams) {
      const rect = layout.teams[team.id];
      if (!rect || boxOfTeam.has(team.id)) continue;
      if (rect.x >= box.x && rect.y >= box.y && rect.x + rect.width <= box.x + box.width + 0.5 && rect.y + rect.height <= box.y + box.height + 0.5) {
        boxOfTeam.set(team.id, box.id);
        teamsInBox.set(box.id, (teamsInBox.get(box.id) ?? 0) + 1);
      }
    }
  }
  const groups = layout.groups.map((g) => {
    const n = teamsInBox.get(g.id) ?? 0;
    return { ...g, caption: `${n.toLocaleString('en-US')} ${n === 1 ? 'team' : 'teams'}${g.name === 'No group' ? ` outside any ${groupLevel}` : ''}` };
  });
  const lanes = linkLanes(graph.links);
  const paths = new Map<LinkKind, { lines: string[]; heads: string[] }>(LINK_KINDS.map((k) => [k, { lines: [], heads: [] }]));
  for (const link of graph.links) {
    const from = layout.teams[link.from];
    const to = layout.teams[link.to];
    if (!from || !to) continue;
    const style = LINK_STYLES[link.kind];
    const segment = linkSegments(from, to, lanes.get(link.id) ?? 0);
    const bucket = paths.get(link.kind)!;
    bucket.lines.push(segment.d);
    const scale = style.width >= 2.5 ? 1.2 : 1;
    if (style.heads !== 'none') bucket.heads.push(arrowHead(segment.end, segment.endFrom, scale));
    if (style.heads === 'both') bucket.heads.push(arrowHead(segment.start, segment.startFrom, scale));
  }
  const links = LINK_KINDS.map((kind) => {
    const bucket = paths.get(kind)!;
    return { kind, lines: bucket.lines.join(''), heads: bucket.heads.join(''), count: bucket.lines.length };
  });
  const teams: DrawnTeam[] = [];
  for (const team of graph.teams) {
    const rect = layout.teams[team.id];
    if (!rect) continue;
    const box = teamBox(team.name, team.type);
    const paint = team.type ? TEAM_TYPE_INFO[team.type] : NO_TYPE_PAINT;
    const baselines = nameBaselines(box.lines.length, rect.height);
    teams.push({
      id: team.id,
      name: team.name,
      description: `${team.type ? `${teamTypeLabel(team.type)} team` : 'Team without a type'}${team.side === 'business' ? ', business side' : ''}${team.silo ? ', a silo: no interaction and no shared objective' : ''}`,
      x: rect.x,
      y: rect.y,
      width: rect.width,
      height: rect.height,
      shape: shapePath(team.type, rect.width, rect.height),
      fill: paint.fill,
      stroke: paint.stroke,
      lines: box.lines.map((text, i) => ({ text, x: rect.width / 2, y: baselines[i]! })),
      silo: team.silo,
    });
  }
  return { width: layout.width, height: layout.height, groups, links, teams };
}

import type { TeamType } from '../model';
import type { LinkKind } from './collaborationGraph';

/**
 * Sizes, shapes and line styles of the collaboration map, shared by the screen, the SVG file and
 * the PDF so all three draw the same picture.
 */

export const NAME_FONT_SIZE = 12;
/** Inter at 12 px averages about 6.6 px a character; names wrap well before a box would overflow. */
const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 15;
const PADDING_X = 14;
const PADDING_Y = 10;

interface TypeBox {
  width: number;
  minHeight: number;
}

/** Stream-aligned and platform teams are wide, enabling teams tall, complicated-subsystem an octagon (Team Topologies). */
const BOXES: Record<TeamType | 'none', TypeBox> = {
  'stream-aligned': { width: 176, minHeight: 44 },
  platform: { width: 176, minHeight: 44 },
  enabling: { width: 124, minHeight: 72 },
  'complicated-subsystem': { width: 164, minHeight: 54 },
  none: { width: 168, minHeight: 44 },
};

/** A name broken into lines that fit `width`; a word longer than a line is broken inside. */
export function wrapName(name: string, width: number): string[] {
  const perLine = Math.max(6, Math.floor((width - 2 * PADDING_X) / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/)) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, perLine - 1) + '-');
      rest = rest.slice(perLine - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TeamBox {
  width: number;
  height: number;
  lines: string[];
}

export function teamBox(name: string, type: TeamType | null): TeamBox {
  const box = BOXES[type ?? 'none'];
  const lines = wrapName(name, box.width);
  return { width: box.width, height: Math.max(box.minHeight, lines.length * LINE_HEIGHT + 2 * PADDING_Y), lines };
}

/** The first line's baseline and the line step, for a box of `lines` lines centred in `height`. */
export function nameBaselines(lines: number, height: number): number[] {
  const top = (height - lines * LINE_HEIGHT) / 2;
  return Array.from({ length: lines }, (_, i) => top + (i + 1) * LINE_HEIGHT - 3.5);
}

/** An SVG path of the type's conventional shape in a box of width × height at the origin. */
export function shapePath(type: TeamType | null, width: number, height: number): string {
  const w = width;
  const h = height;
  switch (type) {
    case 'stream-aligned':
      return roundedRect(w, h, h / 2);
    case 'enabling':
      return roundedRect(w, h, 12);
    case 'complicated-subsystem': {
      const c = Math.min(14, h / 3);
      return `M${c},0H${w - c}L${w},${c}V${h - c}L${w - c},${h}H${c}L0,${h - c}V${c}Z`;
    }
    case 'platform':
      return roundedRect(w, h, 3);
    default:
      return roundedRect(w, h, 6);
  }
}

function roundedRect(w: number, h: number, radius: number): string {
  const r = Math.min(radius, w / 2, h / 2);
  return `M${r},0H${w - r}A${r},${r} 0 0 1 ${w},${r}V${h - r}A${r},${r} 0 0 1 ${w - r},${h}H${r}A${r},${r} 0 0 1 0,${h - r}V${r}A${r},${r} 0 0 1 ${r},0Z`;
}

export interface LinkStyle {
  label: string;
  stroke: string;
  width: number;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  /** Arrowheads: none, at the consumer, or at both ends. */
  heads: 'none' | 'end' | 'both';
}

/** Distinguishable by line pattern as well as colour, so the map reads in black and white too. */
export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  collaboration: { label: 'Collaboration (both ways)', stroke: '#7b3fa6', width: 3, dash: '', heads: 'both' },
  'x-as-a-service': { label: 'X-as-a-service (provider → consumer)', stroke: '#2f5f96', width: 1.6, dash: '', heads: 'end' },
  facilitating: { label: 'Facilitating (facilitator → team helped)', stroke: '#1d7f74', width: 1.6, dash: '7 4', heads: 'end' },
  'shared-objective': { label: 'Shared objective', stroke: '#8a6d1f', width: 1.6, dash: '3 3', heads: 'none' },
};

export const NO_TYPE_PAINT = { fill: '#f3f4f6', stroke: '#6b7280' };
export const SILO_STROKE = '#b3261e';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the line from the centre of `rect` towards `towards` leaves the rectangle (with a small gap). */
export function borderPoint(rect: Rect, towards: Point, gap = 3): Point {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx === 0 ? Infinity : (rect.width / 2 + gap) / Math.abs(dx), dy === 0 ? Infinity : (rect.height / 2 + gap) / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/** For each link id, its lane among the links joining the same two teams (in either direction). */
export function linkLanes(links: readonly { id: string; from: string; to: string }[]): Map<string, number> {
  const seen = new Map<string, number>();
  const lanes = new Map<string, number>();
  for (const link of links) {
    const key = link.from < link.to ? `${link.from}|${link.to}` : `${link.to}|${link.from}`;
    const lane = seen.get(key) ?? 0;
    lanes.set(link.id, lane);
    seen.set(key, lane + 1);
  }
  return lanes;
}

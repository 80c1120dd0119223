import type { TeamType } from '../model/design';
import type { FontWeight } from './textMetrics';

/**
 * What a chart looks like, as positioned boxes, lines and single lines of text in points (1/72
 * inch). Layout happens here, in pure code, so pagination knows every height in advance; the
 * renderer paints a drawing as SVG (screen, print view, PNG and SVG export) and maps each tone to
 * a colour. Tones carry meaning, and every tone that means something also has words beside it.
 */
export type TextTone = 'text' | 'muted' | 'pass' | 'warn' | 'fail' | 'accent' | 'inverse';

export type BoxTone =
  | 'card'
  | 'group'
  | 'pass'
  | 'warn'
  | 'fail'
  /** The strong colour of a verdict: the bar along a card's top edge. */
  | 'passStrong'
  | 'warnStrong'
  | 'failStrong'
  | 'shared'
  | 'track'
  | 'progress'
  | 'expected'
  | 'rule'
  | 'neutral'
  /** A thick outline around what a search found or a presenter points at (no fill). */
  | 'highlight'
  /** The labelled frame around a group's teams on a grouped chart. */
  | 'frame';

export type LineTone = 'rule' | 'strong' | 'pass' | 'warn' | 'fail' | 'connector' | 'shared';

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  weight: FontWeight;
  tone: TextTone;
  anchor?: 'start' | 'end' | 'middle';
}

export interface BoxItem {
  kind: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  tone: BoxTone;
  radius?: number;
  /** A dashed outline: marks something as shared without relying on colour. */
  dashed?: boolean;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: LineTone;
  /** Dotted: the "dotted line" between the teams a person is shared by. */
  dashed?: boolean;
}

/** A team type's conventional Team Topologies shape and colours, fitted into its box. */
export interface TypeShapeItem {
  kind: 'typeShape';
  x: number;
  y: number;
  width: number;
  height: number;
  teamType: TeamType;
}

export type DrawItem = TextItem | BoxItem | LineItem | TypeShapeItem;

export interface Drawing {
  width: number;
  height: number;
  items: DrawItem[];
}

export function text(x: number, y: number, value: string, size: number, weight: FontWeight, tone: TextTone, anchor?: TextItem['anchor']): TextItem {
  return anchor ? { kind: 'text', x, y, text: value, size, weight, tone, anchor } : { kind: 'text', x, y, text: value, size, weight, tone };
}

export function box(x: number, y: number, width: number, height: number, tone: BoxTone, extra: Pick<BoxItem, 'radius' | 'dashed'> = {}): BoxItem {
  return { kind: 'box', x, y, width, height, tone, ...extra };
}

export function line(x1: number, y1: number, x2: number, y2: number, tone: LineTone = 'rule', dashed = false): LineItem {
  return dashed ? { kind: 'line', x1, y1, x2, y2, tone, dashed } : { kind: 'line', x1, y1, x2, y2, tone };
}

export function typeShape(x: number, y: number, width: number, height: number, teamType: TeamType): TypeShapeItem {
  return { kind: 'typeShape', x, y, width, height, teamType };
}

/** The items scaled by `factor` about (0, 0), text sizes included: a chart shrunk to fit one page. */
export function scaleItems(items: readonly DrawItem[], factor: number): DrawItem[] {
  return items.map((item) => {
    if (item.kind === 'line') return { ...item, x1: item.x1 * factor, y1: item.y1 * factor, x2: item.x2 * factor, y2: item.y2 * factor };
    if (item.kind === 'text') return { ...item, x: item.x * factor, y: item.y * factor, size: item.size * factor };
    if (item.kind === 'typeShape') return { ...item, x: item.x * factor, y: item.y * factor, width: item.width * factor, height: item.height * factor };
    return { ...item, x: item.x * factor, y: item.y * factor, width: item.width * factor, height: item.height * factor, ...(item.radius ? { radius: item.radius * factor } : {}) };
  });
}

/** The items moved by (dx, dy): how a card's own drawing is placed on a page or the chart. */
export function translate(items: readonly DrawItem[], dx: number, dy: number): DrawItem[] {
  return items.map((item) => {
    if (item.kind === 'line') return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy };
    return { ...item, x: item.x + dx, y: item.y + dy };
  });
}

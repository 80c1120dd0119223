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
  | 'neutral';

export type LineTone = 'rule' | 'strong' | 'pass' | 'warn' | 'fail';

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
}

export type DrawItem = TextItem | BoxItem | LineItem;

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

export function line(x1: number, y1: number, x2: number, y2: number, tone: LineTone = 'rule'): LineItem {
  return { kind: 'line', x1, y1, x2, y2, tone };
}

/** The items moved by (dx, dy): how a card's own drawing is placed on a page or the chart. */
export function translate(items: readonly DrawItem[], dx: number, dy: number): DrawItem[] {
  return items.map((item) => {
    if (item.kind === 'line') return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy };
    return { ...item, x: item.x + dx, y: item.y + dy };
  });
}

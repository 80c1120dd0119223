import { layoutCard, type CardDrawing, type CardObjectives } from './cardLayout';
import type { ChartGroup } from './chartGroups';
import { box as drawBox, line, text, type DrawItem } from './drawing';
import type { Rect } from './paper';
import { wrapText } from './textMetrics';
import type { ChartCardContent } from './chartCard';

/** Cards are at least this wide; a page gets as many columns as fit. */
export const MIN_CARD_WIDTH = 170;
export const CARD_GAP = 10;
/** A group's heading band above its first row of cards (repeated, "continued", on later pages). */
export const GROUP_HEADING_HEIGHT = 22;

export interface PlacedCard {
  x: number;
  y: number;
  card: CardDrawing;
}

export interface PlacedHeading {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  summary: string;
  continued: boolean;
}

export interface OverviewPage {
  cards: PlacedCard[];
  headings: PlacedHeading[];
  /** The lines joining a group's cards to its heading. */
  lines: DrawItem[];
  /** The frame around each group's part of a column, its heading inside at the top: drawn first. */
  frames: DrawItem[];
}

export function columnsFor(width: number, minCardWidth = MIN_CARD_WIDTH, gap = CARD_GAP): number {
  return Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
}

export function cardWidthFor(width: number, columns: number, gap = CARD_GAP): number {
  return (width - (columns - 1) * gap) / columns;
}

/** A card drawn taller than its content (its outline stretched), so a row of cards lines up on screen. */
export function stretchCard(card: CardDrawing, height: number): CardDrawing {
  if (height <= card.height) return card;
  const [outline, ...rest] = card.items;
  if (!outline || outline.kind !== 'box') return { ...card, height };
  return { ...card, height, items: [{ ...outline, height }, ...rest] };
}

/** Cards in rows of `columns`, each row as tall as its tallest card. */
export function cardRows(cards: readonly CardDrawing[], columns: number): { cards: CardDrawing[]; height: number }[] {
  const rows: { cards: CardDrawing[]; height: number }[] = [];
  for (let i = 0; i < cards.length; i += columns) {
    const row = cards.slice(i, i + columns);
    const height = Math.max(...row.map((c) => c.height));
    rows.push({ cards: row.map((c) => stretchCard(c, height)), height });
  }
  return rows;
}

export interface OverviewOptions {
  objectives: CardObjectives;
}

/** Grouped columns indent their cards to make room for the line that joins them to their group. */
export const BUS_INDENT = 10;
const BUS_X = 4;
const TICK_Y = 12;
/** The room between a group's frame (its column) and the heading and cards inside it. */
const FRAME_INSET = 4;
/** A card that does not fit in what is left of a column is split there when at least this share of the column is left. */
const SPLIT_FROM = 0.3;

const HEADING_FONT = { title: { size: 9.5, weight: 700 }, summary: { size: 7.5, weight: 400 } } as const;
const HEADING_LINE = { title: 12, summary: 10 };

/** A group heading's lines at `width`: the title (with "(continued)") and its summary, each wrapped. */
function headingLines(heading: Pick<PlacedHeading, 'title' | 'summary' | 'continued' | 'width'>): { title: string[]; summary: string[]; height: number } {
  const title = wrapText(heading.continued ? `${heading.title} (continued)` : heading.title, heading.width, HEADING_FONT.title);
  const summary = wrapText(heading.summary, heading.width, HEADING_FONT.summary);
  return { title, summary, height: title.length * HEADING_LINE.title + summary.length * HEADING_LINE.summary + 8 };
}

export function headingHeight(title: string, summary: string, width: number, continued = false): number {
  return headingLines({ title, summary, width, continued }).height;
}

/**
 * The pagination rule of overview pages: newspaper columns. Groups follow one another down a
 * column, then on into the next column and the next page, so a group of two teams takes two
 * cards' room, not a page. Each group starts with its heading (kept with its first card and
 * repeated, "continued", at the top of every later column it runs into); its cards hang from a
 * line on their left, as on an org chart. A card that does not fit in what is left of a column
 * moves to the next one, unless at least 30 % of the column is left: then it is split between two
 * lines (see layoutCard) so no column is left mostly empty. No card is ever cut by the printer.
 */
export function paginateOverview(groups: readonly ChartGroup[], box: Rect, options: OverviewOptions): OverviewPage[] {
  const columns = columnsFor(box.width);
  const columnWidth = cardWidthFor(box.width, columns);
  const titled = groups.some((g) => g.title !== '');
  const indent = titled ? BUS_INDENT : 0;
  // A grouped column's frame is the column itself: its heading and cards sit inside it.
  const inset = titled ? FRAME_INSET : 0;
  const cardWidth = columnWidth - indent - 2 * inset;
  const bottom = box.y + box.height;
  const pages: OverviewPage[] = [];
  let page: OverviewPage = { cards: [], headings: [], lines: [], frames: [] };
  let column = 0;
  let y = box.y;
  let bus: { top: number; last: number } | null = null;
  const columnX = () => box.x + column * (columnWidth + CARD_GAP);
  let frameTop: number | null = null;
  const flushBus = () => {
    if (bus && bus.last > bus.top) page.lines.push(line(columnX() + inset + BUS_X, bus.top, columnX() + inset + BUS_X, bus.last, 'connector'));
    bus = null;
    if (frameTop !== null) page.frames.push(drawBox(columnX(), frameTop - FRAME_INSET, columnWidth, Math.max(0, y - CARD_GAP - frameTop) + 2 * FRAME_INSET, 'frame', { radius: 3 }));
    frameTop = null;
  };
  const nextColumn = () => {
    flushBus();
    column += 1;
    y = box.y;
    if (column < columns) return;
    pages.push(page);
    page = { cards: [], headings: [], lines: [], frames: [] };
    column = 0;
  };
  const placeHeading = (group: ChartGroup, continued: boolean) => {
    const height = headingHeight(group.title, group.summary, columnWidth - 2 * inset, continued);
    page.headings.push({ x: columnX() + inset, y, width: columnWidth - 2 * inset, height, title: group.title, summary: group.summary, continued });
    frameTop = y;
    y += height;
    bus = { top: y - 3, last: y - 3 };
  };
  const placeCard = (card: CardDrawing) => {
    page.cards.push({ x: columnX() + inset + indent, y, card });
    if (bus) {
      page.lines.push(line(columnX() + inset + BUS_X, y + TICK_Y, columnX() + inset + indent, y + TICK_Y, 'connector'));
      bus.last = y + TICK_Y;
    }
    y += card.height + CARD_GAP;
  };
  const continuedHeadingHeight = (group: ChartGroup) => (group.title ? headingHeight(group.title, group.summary, columnWidth - 2 * inset, true) : 0);

  for (const group of groups) {
    if (group.cards.length === 0) continue;
    const maxHeight = box.height - continuedHeadingHeight(group);
    const layout = (content: ChartCardContent, firstMaxHeight?: number) =>
      layoutCard(content, cardWidth, { objectives: options.objectives, maxHeight, ...(firstMaxHeight === undefined ? {} : { firstMaxHeight }) });
    if (group.title) {
      const first = layout(group.cards[0]!)[0]!;
      const need = headingHeight(group.title, group.summary, columnWidth - 2 * inset) + Math.min(first.height, (bottom - box.y) * SPLIT_FROM);
      if (y > box.y && y + need > bottom) nextColumn();
      placeHeading(group, false);
    }
    for (const content of group.cards) {
      let parts = layout(content);
      const room = bottom - y;
      if (parts[0]!.height > room) {
        const split = room >= box.height * SPLIT_FROM ? layout(content, room) : null;
        if (split && split.length > 1 && split[0]!.height <= room) parts = split;
        else {
          nextColumn();
          if (group.title) placeHeading(group, true);
        }
      }
      parts.forEach((part, index) => {
        if (index > 0) {
          nextColumn();
          if (group.title) placeHeading(group, true);
        }
        placeCard(part);
      });
    }
    flushBus();
    y += CARD_GAP / 2;
  }
  flushBus();
  if (page.cards.length > 0 || page.headings.length > 0) pages.push(page);
  return pages;
}

/** How much of the content box a page's cards and headings fill, 0–1 (column gaps not counted). */
export function pageUsage(page: OverviewPage, box: Rect): number {
  const columns = columnsFor(box.width);
  const used = page.cards.reduce((sum, p) => sum + p.card.height + CARD_GAP, 0) + page.headings.reduce((sum, h) => sum + h.height, 0);
  return Math.min(1, used / (columns * box.height));
}

/** A group heading as drawn: bold title, its summary below, a rule under both; long titles wrap. */
export function headingItems(heading: PlacedHeading): DrawItem[] {
  const lines = headingLines(heading);
  const items: DrawItem[] = [];
  let y = heading.y;
  for (const title of lines.title) {
    items.push(text(heading.x, y + 9.5, title, HEADING_FONT.title.size, HEADING_FONT.title.weight, 'text'));
    y += HEADING_LINE.title;
  }
  for (const summary of lines.summary) {
    items.push(text(heading.x, y + 8, summary, HEADING_FONT.summary.size, HEADING_FONT.summary.weight, 'muted'));
    y += HEADING_LINE.summary;
  }
  items.push(line(heading.x, y + 2.5, heading.x + heading.width, y + 2.5, 'strong'));
  return items;
}

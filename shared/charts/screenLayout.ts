import { layoutCard, type CardObjectives } from './cardLayout';
import type { ChartGroup } from './chartGroups';
import { CARD_GAP, cardRows, GROUP_HEADING_HEIGHT, type PlacedCard, type PlacedHeading } from './overviewPages';

/** On screen (and in PNG and SVG exports) every card has this width, in points. */
export const SCREEN_CARD_WIDTH = 200;
const MARGIN = 16;
const GROUP_GAP = 18;

export interface ScreenChart {
  width: number;
  height: number;
  columns: number;
  cards: PlacedCard[];
  headings: PlacedHeading[];
}

/** About twice as wide as tall for a typical card: a chart that suits a landscape screen or slide. */
export function screenColumns(teamCount: number): number {
  return Math.min(30, Math.max(1, Math.ceil(Math.sqrt(teamCount * 2))));
}

/**
 * The whole chart on one canvas: each group a band (its heading, then its cards in rows), bands
 * one below the other. Nothing is paginated or split here; the screen zooms and pans instead.
 */
export function layoutScreenChart(groups: readonly ChartGroup[], options: { objectives: CardObjectives; columns?: number }): ScreenChart {
  const total = groups.reduce((sum, g) => sum + g.cards.length, 0);
  const columns = options.columns ?? screenColumns(total);
  const rowWidth = columns * SCREEN_CARD_WIDTH + (columns - 1) * CARD_GAP;
  const cards: PlacedCard[] = [];
  const headings: PlacedHeading[] = [];
  let y = MARGIN;
  for (const group of groups) {
    if (group.title) {
      headings.push({ x: MARGIN, y, width: rowWidth, title: group.title, summary: group.summary, continued: false });
      y += GROUP_HEADING_HEIGHT;
    }
    const drawings = group.cards.flatMap((content) => layoutCard(content, SCREEN_CARD_WIDTH, { objectives: options.objectives, maxHeight: Number.POSITIVE_INFINITY }));
    for (const row of cardRows(drawings, columns)) {
      row.cards.forEach((card, column) => cards.push({ x: MARGIN + column * (SCREEN_CARD_WIDTH + CARD_GAP), y, card }));
      y += row.height + CARD_GAP;
    }
    y += GROUP_GAP - CARD_GAP;
  }
  return { width: rowWidth + 2 * MARGIN, height: Math.max(y - GROUP_GAP + MARGIN, 2 * MARGIN), columns, cards, headings };
}

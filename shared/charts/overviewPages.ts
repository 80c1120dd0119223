import { layoutCard, type CardDrawing, type CardObjectives } from './cardLayout';
import type { ChartGroup } from './chartGroups';
import { line, text, type DrawItem } from './drawing';
import type { Rect } from './paper';
import { textWidth, truncateText } from './textMetrics';

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
  title: string;
  summary: string;
  continued: boolean;
}

export interface OverviewPage {
  cards: PlacedCard[];
  headings: PlacedHeading[];
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

/**
 * The pagination rule of overview pages. Cards fill the page's columns like a mason fills a wall:
 * each card goes to the top of the shortest column (the leftmost on a tie), so reading runs left
 * to right and top to bottom; a card that does not fit in what is left of that column (and so in
 * no column) starts the next page. No card is ever cut across pages. Cards are laid out no taller
 * than a page (minus a group heading): a taller card is split into parts first (see layoutCard).
 * A group's heading spans the page below everything before it, stays with its first card, and is
 * repeated, marked "continued", at the top of each later page the group runs onto.
 */
export function paginateOverview(groups: readonly ChartGroup[], box: Rect, options: OverviewOptions): OverviewPage[] {
  const columns = columnsFor(box.width);
  const cardWidth = cardWidthFor(box.width, columns);
  const titled = groups.some((g) => g.title !== '');
  const maxHeight = box.height - (titled ? GROUP_HEADING_HEIGHT : 0);
  const bottom = box.y + box.height;
  const pages: OverviewPage[] = [];
  let page: OverviewPage = { cards: [], headings: [] };
  let tops: number[] = Array.from({ length: columns }, () => box.y);
  const isEmpty = () => page.cards.length === 0 && page.headings.length === 0;
  const newPage = () => {
    pages.push(page);
    page = { cards: [], headings: [] };
    tops = tops.map(() => box.y);
  };
  const heading = (group: ChartGroup, continued: boolean) => {
    const y = Math.max(...tops);
    page.headings.push({ x: box.x, y, width: box.width, title: group.title, summary: group.summary, continued });
    tops = tops.map(() => y + GROUP_HEADING_HEIGHT);
  };

  for (const group of groups) {
    const cards = group.cards.flatMap((content) => layoutCard(content, cardWidth, { objectives: options.objectives, maxHeight }));
    if (group.title !== '' && cards.length > 0) {
      // A new group starts below everything so far, after a little air, with room for its first card.
      const below = isEmpty() ? box.y : Math.max(...tops) + CARD_GAP / 2;
      if (below + GROUP_HEADING_HEIGHT + cards[0]!.height > bottom && !isEmpty()) newPage();
      else tops = tops.map(() => below);
      heading(group, false);
    }
    for (const card of cards) {
      let column = tops.indexOf(Math.min(...tops));
      if (tops[column]! + card.height > bottom && page.cards.length > 0) {
        newPage();
        if (group.title !== '') heading(group, true);
        column = 0;
      }
      page.cards.push({ x: box.x + column * (cardWidth + CARD_GAP), y: tops[column]!, card });
      tops[column] = tops[column]! + card.height + CARD_GAP;
    }
  }
  if (!isEmpty()) pages.push(page);
  return pages;
}

/** A group heading as drawn: bold title, its summary beside it, a rule below. */
export function headingItems(heading: PlacedHeading): DrawItem[] {
  const title = heading.continued ? `${heading.title} (continued)` : heading.title;
  const titleFont = { size: 9.5, weight: 700 } as const;
  const summaryFont = { size: 7.5, weight: 400 } as const;
  const shownTitle = truncateText(title, heading.width * 0.7, titleFont);
  const summaryX = heading.x + textWidth(shownTitle, titleFont) + 8;
  const baselineY = heading.y + 12;
  return [
    text(heading.x, baselineY, shownTitle, titleFont.size, titleFont.weight, 'text'),
    text(summaryX, baselineY, truncateText(heading.summary, heading.x + heading.width - summaryX, summaryFont), summaryFont.size, summaryFont.weight, 'muted'),
    line(heading.x, heading.y + 17, heading.x + heading.width, heading.y + 17, 'strong'),
  ];
}

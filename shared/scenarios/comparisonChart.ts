import { contentBox, groupCards, onePageItems, orgSummary, pagePoints, type ChartCardContent, type DrawItem, type Rect } from '../charts';

/** One plan's organisation chart for the comparison's PDF: the one-page overview's drawing, cropped to its content. */
export interface ComparisonChartDrawing {
  items: DrawItem[];
  /** The part of the page the drawing occupies (the SVG's viewBox). */
  viewBox: Rect;
  teams: number;
}

/**
 * The same drawing as the chart's one-page overview (the whole tree, teams by name, the plan's
 * figures above it) on an A4 landscape sheet, without the page's own header and footer: the
 * comparison's running header says the date and DRAFT.
 */
export function comparisonChartDrawing(cards: readonly ChartCardContent[]): ComparisonChartDrawing {
  const area = contentBox(pagePoints('A4', 'landscape'));
  return { items: onePageItems(groupCards(cards, 'none'), orgSummary(cards), area), viewBox: area, teams: cards.length };
}

import { layoutCard } from './cardLayout';
import type { ChartCardContent } from './chartCard';
import { groupCards } from './chartGroups';
import type { ChartGrouping } from './chartOptions';
import { orgSummary, orgSummaryLine } from './chartSummary';
import { layoutOrgChart, type OrgChart } from './orgTree';

/** On screen (and in PNG and SVG exports) every card has this width, in points. */
export const SCREEN_CARD_WIDTH = 200;

export interface ScreenChartOptions {
  groupBy: ChartGrouping;
  title: string;
  collapsed?: ReadonlySet<string>;
  /** The viewport's width / height, so the chart opens filling it. */
  aspect?: number;
}

/** The org chart of the Charts page, of presentation mode and of the SVG and PNG exports: full cards. */
export function screenChart(cards: readonly ChartCardContent[], options: ScreenChartOptions): OrgChart {
  return layoutOrgChart({
    groups: groupCards(cards, options.groupBy),
    title: options.title,
    summary: orgSummaryLine(orgSummary(cards)),
    teamDrawing: (content) => layoutCard(content, SCREEN_CARD_WIDTH, { objectives: 'list', maxHeight: Number.POSITIVE_INFINITY })[0]!,
    teamWidth: SCREEN_CARD_WIDTH,
    ...(options.collapsed ? { collapsed: options.collapsed } : {}),
    ...(options.aspect ? { aspect: options.aspect } : {}),
  });
}

export * from './chartOptions';
export * from './paper';
export * from './drawing';
export { textWidth, truncateText, wrapText, ELLIPSIS, type FontSpec, type FontWeight } from './textMetrics';
export { chartCards, teamDepartment, twoPizzaBadge } from './chartCard';
export type { ChartCardContent, ChartMember, ChartRoleGroup, ChartFinding, ChartSource, ChartTeamObjective, TwoPizzaBadge } from './chartCard';
export { chartObjectives } from './chartObjectives';
export type { ChartObjective, ChartKeyResult, ChartOkrInput } from './chartObjectives';
export { groupCards, groupSummary, type ChartGroup } from './chartGroups';
export { layoutCard, objectiveSummary, sizeText, percentText, type CardDrawing, type CardLayoutOptions, type CardObjectives } from './cardLayout';
export {
  paginateOverview, headingItems, columnsFor, cardWidthFor, cardRows, stretchCard, MIN_CARD_WIDTH, CARD_GAP, GROUP_HEADING_HEIGHT,
} from './overviewPages';
export type { OverviewPage, PlacedCard, PlacedHeading, OverviewOptions } from './overviewPages';
export { flowRows, type FlowRow } from './flow';
export { layoutTeamPages, type TeamPageOptions } from './teamPages';
export { chartDocument, pageFrameItems, formatLongDate, type ChartDocument, type ChartDocumentInput, type PrintPage } from './chartDocument';
export { layoutScreenChart, screenColumns, SCREEN_CARD_WIDTH, type ScreenChart } from './screenLayout';

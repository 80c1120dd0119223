export * from './chartOptions';
export * from './paper';
export * from './drawing';
export { textWidth, truncateText, wrapText, ELLIPSIS, type FontSpec, type FontWeight } from './textMetrics';
export { chartCards, teamDepartment, twoPizzaBadge } from './chartCard';
export type { ChartCardContent, ChartMember, ChartRoleGroup, ChartFinding, ChartSource, ChartTeamObjective, TwoPizzaBadge } from './chartCard';
export { chartObjectives } from './chartObjectives';
export type { ChartObjective, ChartKeyResult, ChartOkrInput } from './chartObjectives';
export { groupCards, groupSummary, groupingSuffix, groupingWords, GROUPING_RULES, type ChartGroup } from './chartGroups';
export { typeShapeGeometry, type TypeShapeGeometry } from './typeShapes';
export { chartTeamTypes } from './typeLegend';
export { layoutCard, objectiveSummary, sizeText, percentText, type CardDrawing, type CardLayoutOptions, type CardObjectives } from './cardLayout';
export {
  paginateOverview, headingItems, headingHeight, pageUsage, columnsFor, cardWidthFor, cardRows, stretchCard, MIN_CARD_WIDTH, CARD_GAP, GROUP_HEADING_HEIGHT, BUS_INDENT,
} from './overviewPages';
export type { OverviewPage, PlacedCard, PlacedHeading, OverviewOptions } from './overviewPages';
export { flowRows, type FlowRow } from './flow';
export { layoutTeamPages, type TeamPageOptions } from './teamPages';
export { chartDocument, pageFrameItems, formatLongDate, DRAFT_MARK, ARCHIVED_MARK, CONTENTS_FROM_PAGES, type ChartDocument, type ChartDocumentInput, type PrintPage, type PrintPageKind } from './chartDocument';
export { nameOnlyDrawing } from './onePageOverview';
export { layoutOrgChart, sharedLinks, teamFacts, frameItems, GROUP_NODE, ROOT_NODE, TREE_BUS_INDENT } from './orgTree';
export type { OrgChart, OrgChartInput, GroupFrame, OrgGroupNode, OrgRootNode, OrgTeamNode, SharedLink, TeamFacts, Point } from './orgTree';
export { zoomLevelFor, minReadableSize, teamNodeItems, groupNodeItems, rootNodeItems, LEVEL_MIN_SCALE, READABLE_PX, CARD_MIN_FONT, type ZoomLevel } from './semanticZoom';
export { screenChart, SCREEN_CARD_WIDTH } from './screenChart';
export { orgSummary, orgSummaryLine, verdictLine, type OrgSummary } from './chartSummary';
export { searchChart, type ChartSearchMatch } from './chartSearch';
export { presentationStops, nextStop, type PresentationStop } from './presentation';
export { rememberLast } from './rememberLast';
export { onePageItems } from './onePageOverview';

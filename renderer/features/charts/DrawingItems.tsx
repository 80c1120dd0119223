/** Moved to renderer/ui/charts (the plan comparison's PDF draws charts too); kept here so the chart screens' imports stay put. */
export { DrawingItems } from '../../ui/charts/DrawingItems';

/** Moved to renderer/ui/charts (the plan comparison's PDF draws charts too); kept here so the chart screens' imports stay put. */
export * from '../../ui/charts/chartPalette';

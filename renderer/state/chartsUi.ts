import { create } from 'zustand';
import type { ChartGrouping } from '../../shared/charts';

interface ChartsUiState {
  groupBy: ChartGrouping;
  /**
   * Teams left off the chart, by plan. Exclusions rather than inclusions, so a team created
   * later appears on the chart without anyone remembering to tick it.
   */
  excluded: Record<string, readonly string[]>;
  setGroupBy: (groupBy: ChartGrouping) => void;
  setExcluded: (planId: string, teamIds: readonly string[]) => void;
}

/** The Charts page's choices (grouping, which teams): UI state only, kept while the app is open. */
export const useChartsUi = create<ChartsUiState>((set) => ({
  groupBy: 'none',
  excluded: {},
  setGroupBy: (groupBy) => set({ groupBy }),
  setExcluded: (planId, teamIds) => set((state) => ({ excluded: { ...state.excluded, [planId]: [...teamIds] } })),
}));

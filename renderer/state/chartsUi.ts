import { create } from 'zustand';
import type { ChartGrouping } from '../../shared/charts';

interface ChartsUiState {
  groupBy: ChartGrouping;
  /**
   * Teams left off the chart, by plan. Exclusions rather than inclusions, so a team created
   * later appears on the chart without anyone remembering to tick it.
   */
  excluded: Record<string, readonly string[]>;
  /** Groups shown without their teams, by grouping ("champion", "department", later "team group"). */
  collapsed: Partial<Record<ChartGrouping, readonly string[]>>;
  setGroupBy: (groupBy: ChartGrouping) => void;
  toggleGroup: (groupBy: ChartGrouping, groupKey: string) => void;
  setCollapsed: (groupBy: ChartGrouping, groupKeys: readonly string[]) => void;
  setExcluded: (planId: string, teamIds: readonly string[]) => void;
}

/** The Charts page's choices (grouping, which teams): UI state only, kept while the app is open. */
export const useChartsUi = create<ChartsUiState>((set) => ({
  groupBy: 'none',
  excluded: {},
  collapsed: {},
  setGroupBy: (groupBy) => set({ groupBy }),
  toggleGroup: (groupBy, groupKey) =>
    set((state) => {
      const current = state.collapsed[groupBy] ?? [];
      const next = current.includes(groupKey) ? current.filter((key) => key !== groupKey) : [...current, groupKey];
      return { collapsed: { ...state.collapsed, [groupBy]: next } };
    }),
  setCollapsed: (groupBy, groupKeys) => set((state) => ({ collapsed: { ...state.collapsed, [groupBy]: [...groupKeys] } })),
  setExcluded: (planId, teamIds) => set((state) => ({ excluded: { ...state.excluded, [planId]: [...teamIds] } })),
}));

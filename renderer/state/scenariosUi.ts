import { create } from 'zustand';

/** The scenario dialog that is open, if any: UI state only, never data. */
export type ScenarioDialog =
  | { kind: 'create'; fromPlanId: string | null }
  | { kind: 'edit'; planId: string }
  | { kind: 'delete'; planId: string }
  | { kind: 'promote'; planId: string }
  | { kind: 'import' }
  | { kind: 'split'; planId: string; teamId: string | null }
  | { kind: 'merge'; planId: string; teamId: string | null }
  | null;

interface ScenariosUiState {
  dialog: ScenarioDialog;
  /** What the last scenario action did (export saved, draft deleted…), shown in the plan bar. */
  notice: string;
  open: (dialog: ScenarioDialog) => void;
  setNotice: (notice: string) => void;
}

export const useScenariosUi = create<ScenariosUiState>((set) => ({
  dialog: null,
  notice: '',
  open: (dialog) => set({ dialog }),
  setNotice: (notice) => set({ notice }),
}));

import { create } from 'zustand';

export type TeamEditor = { mode: 'create' } | { mode: 'edit'; teamId: string } | null;

interface TeamsUiState {
  editor: TeamEditor;
  deletingTeamId: string | null;
  openEditor: (editor: TeamEditor) => void;
  askToDelete: (teamId: string | null) => void;
}

/** Which team dialog is open: UI state only, never a copy of the database. */
export const useTeamsUi = create<TeamsUiState>((set) => ({
  editor: null,
  deletingTeamId: null,
  openEditor: (editor) => set({ editor }),
  askToDelete: (deletingTeamId) => set({ deletingTeamId }),
}));

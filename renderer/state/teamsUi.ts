import { create } from 'zustand';

export type TeamEditor = { mode: 'create' } | { mode: 'edit'; teamId: string } | null;

/** Adding someone to a team: from a drop on the board, or from the team view's button. */
export type MemberDraft = { teamId: string; personId: string | null; roleId?: string; allocation?: number } | null;

export type BoardDensity = 'compact' | 'comfortable';

interface TeamsUiState {
  editor: TeamEditor;
  deletingTeamId: string | null;
  memberDraft: MemberDraft;
  editingMembershipId: string | null;
  directoryQuery: string;
  /** Members picked on the board (Ctrl/⌘+click) to move together. */
  selectedMemberships: readonly string[];
  /** A team just created: the board scrolls to its card and focuses it. */
  revealTeamId: string | null;
  revealTeam: (teamId: string | null) => void;
  openEditor: (editor: TeamEditor) => void;
  askToDelete: (teamId: string | null) => void;
  draftMember: (draft: MemberDraft) => void;
  editMembership: (membershipId: string | null) => void;
  setDirectoryQuery: (query: string) => void;
  toggleSelected: (membershipId: string) => void;
  clearSelection: () => void;
}

/** Which team dialog is open and the board's directory search: UI state only, never data. */
export const useTeamsUi = create<TeamsUiState>((set) => ({
  editor: null,
  deletingTeamId: null,
  memberDraft: null,
  editingMembershipId: null,
  directoryQuery: '',
  selectedMemberships: [],
  revealTeamId: null,
  revealTeam: (revealTeamId) => set({ revealTeamId }),
  openEditor: (editor) => set({ editor }),
  askToDelete: (deletingTeamId) => set({ deletingTeamId }),
  draftMember: (memberDraft) => set({ memberDraft }),
  editMembership: (editingMembershipId) => set({ editingMembershipId }),
  setDirectoryQuery: (directoryQuery) => set({ directoryQuery }),
  toggleSelected: (id) =>
    set((s) => ({ selectedMemberships: s.selectedMemberships.includes(id) ? s.selectedMemberships.filter((m) => m !== id) : [...s.selectedMemberships, id] })),
  clearSelection: () => set({ selectedMemberships: [] }),
}));

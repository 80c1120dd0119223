import { create } from 'zustand';

export interface PeopleFilterState {
  query: string;
  departmentId: string;
  roleId: string;
  teamId: string;
}

export type PersonEditor = { mode: 'create' } | { mode: 'edit'; personId: string } | null;

interface PeopleUiState {
  filter: PeopleFilterState;
  editor: PersonEditor;
  removingPersonId: string | null;
  importOpen: boolean;
  membershipImportOpen: boolean;
  setFilter: (changes: Partial<PeopleFilterState>) => void;
  clearFilter: () => void;
  openEditor: (editor: PersonEditor) => void;
  askToRemove: (personId: string | null) => void;
  setImportOpen: (open: boolean) => void;
  setMembershipImportOpen: (open: boolean) => void;
}

const EMPTY_FILTER: PeopleFilterState = { query: '', departmentId: '', roleId: '', teamId: '' };

/** Directory filters and which people dialog is open: UI state only. */
export const usePeopleUi = create<PeopleUiState>((set) => ({
  filter: EMPTY_FILTER,
  editor: null,
  removingPersonId: null,
  importOpen: false,
  membershipImportOpen: false,
  setFilter: (changes) => set((s) => ({ filter: { ...s.filter, ...changes } })),
  clearFilter: () => set({ filter: EMPTY_FILTER }),
  openEditor: (editor) => set({ editor }),
  askToRemove: (removingPersonId) => set({ removingPersonId }),
  setImportOpen: (importOpen) => set({ importOpen }),
  setMembershipImportOpen: (membershipImportOpen) => set({ membershipImportOpen }),
}));

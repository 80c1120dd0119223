import { create } from 'zustand';

export interface PeopleFilterState {
  query: string;
  departmentId: string;
  roleId: string;
  teamId: string;
  /** '' (anyone), over-allocated, unassigned or shared. */
  status?: '' | 'over' | 'unassigned' | 'shared';
}

export interface PeopleSortState {
  key: 'name' | 'department' | 'teams' | 'allocation';
  direction: 'ascending' | 'descending';
}

export type PersonEditor = { mode: 'create' } | { mode: 'edit'; personId: string } | null;

interface PeopleUiState {
  filter: PeopleFilterState;
  editor: PersonEditor;
  removingPersonId: string | null;
  importOpen: boolean;
  membershipImportOpen: boolean;
  sort: PeopleSortState;
  /** The person whose teams and allocations are being edited from their row. */
  teamsOfPersonId: string | null;
  setSort: (sort: PeopleSortState) => void;
  editTeamsOf: (personId: string | null) => void;
  setFilter: (changes: Partial<PeopleFilterState>) => void;
  clearFilter: () => void;
  openEditor: (editor: PersonEditor) => void;
  askToRemove: (personId: string | null) => void;
  setImportOpen: (open: boolean) => void;
  setMembershipImportOpen: (open: boolean) => void;
}

const EMPTY_FILTER: PeopleFilterState = { query: '', departmentId: '', roleId: '', teamId: '', status: '' };

/** Directory filters and which people dialog is open: UI state only. */
export const usePeopleUi = create<PeopleUiState>((set) => ({
  filter: EMPTY_FILTER,
  editor: null,
  removingPersonId: null,
  importOpen: false,
  membershipImportOpen: false,
  sort: { key: 'name', direction: 'ascending' },
  teamsOfPersonId: null,
  setSort: (sort) => set({ sort }),
  editTeamsOf: (teamsOfPersonId) => set({ teamsOfPersonId }),
  setFilter: (changes) => set((s) => ({ filter: { ...s.filter, ...changes } })),
  clearFilter: () => set({ filter: EMPTY_FILTER }),
  openEditor: (editor) => set({ editor }),
  askToRemove: (removingPersonId) => set({ removingPersonId }),
  setImportOpen: (importOpen) => set({ importOpen }),
  setMembershipImportOpen: (membershipImportOpen) => set({ membershipImportOpen }),
}));

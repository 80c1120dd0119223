import type { PersonRow } from './peopleRows';

/** over: over 100 % across the plan; unassigned: on no team; shared: on two teams or more. */
export type PeopleStatus = '' | 'over' | 'unassigned' | 'shared';

export interface PeopleFilter {
  query: string;
  departmentId: string;
  roleId: string;
  teamId: string;
  status?: PeopleStatus;
}

export const NO_FILTER: PeopleFilter = { query: '', departmentId: '', roleId: '', teamId: '', status: '' };

function hasStatus(row: PersonRow, status: PeopleStatus | undefined): boolean {
  if (status === 'over') return row.allocation > 100;
  if (status === 'unassigned') return row.teamIds.size === 0;
  if (status === 'shared') return row.teamIds.size >= 2;
  return true;
}

/** Every word of the query must appear (name, title, email or department); empty selects mean "any". */
export function filterPeople(rows: readonly PersonRow[], filter: PeopleFilter): readonly PersonRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.departmentId && !filter.roleId && !filter.teamId && !filter.status) return rows;
  return rows.filter(
    (row) =>
      (!filter.departmentId || row.departmentId === filter.departmentId) &&
      (!filter.roleId || row.roleIds.has(filter.roleId)) &&
      (!filter.teamId || row.teamIds.has(filter.teamId)) &&
      hasStatus(row, filter.status) &&
      words.every((word) => row.searchText.includes(word)),
  );
}

export type PeopleSortKey = 'name' | 'department' | 'teams' | 'allocation';
export interface PeopleSort {
  key: PeopleSortKey;
  direction: 'ascending' | 'descending';
}

const COMPARE: Record<PeopleSortKey, (a: PersonRow, b: PersonRow) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  department: (a, b) => a.department.localeCompare(b.department),
  teams: (a, b) => a.teamIds.size - b.teamIds.size,
  allocation: (a, b) => a.allocation - b.allocation,
};

/** Sorted by one column, ties by name (rows come sorted by name, and the sort is stable). */
export function sortPeople(rows: readonly PersonRow[], sort: PeopleSort): readonly PersonRow[] {
  if (sort.key === 'name' && sort.direction === 'ascending') return rows;
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || a.name.localeCompare(b.name));
}

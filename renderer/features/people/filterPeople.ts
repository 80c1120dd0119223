import type { PersonRow } from './peopleRows';

export interface PeopleFilter {
  query: string;
  departmentId: string;
  roleId: string;
  teamId: string;
}

export const NO_FILTER: PeopleFilter = { query: '', departmentId: '', roleId: '', teamId: '' };

/** Every word of the query must appear (name, title, email or department); empty selects mean "any". */
export function filterPeople(rows: readonly PersonRow[], filter: PeopleFilter): readonly PersonRow[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.departmentId && !filter.roleId && !filter.teamId) return rows;
  return rows.filter(
    (row) =>
      (!filter.departmentId || row.departmentId === filter.departmentId) &&
      (!filter.roleId || row.roleIds.has(filter.roleId)) &&
      (!filter.teamId || row.teamIds.has(filter.teamId)) &&
      words.every((word) => row.searchText.includes(word)),
  );
}

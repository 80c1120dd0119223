import type { Team } from '../../../shared/model';

export type BoardGrouping = 'none' | 'department' | 'champion' | 'group';

/** A group's health beside its heading (team groups: headcount and team count against their limits). */
export interface BoardGroupHealth {
  detail: string;
  verdict: 'pass' | 'warn' | 'fail';
}

export type BoardRow =
  | { kind: 'group'; key: string; title: string; count: number; health?: BoardGroupHealth }
  | { kind: 'cards'; key: string; teams: Team[]; first: number };

/**
 * The board's virtual rows: an optional group heading, then the group's teams `columns` to a row.
 * `groupOf` gives a team's group (null: none); groups in name order, "none" last.
 */
export function boardRows(
  teams: readonly Team[],
  columns: number,
  grouping: BoardGrouping,
  groupOf: (team: Team) => { id: string; name: string; health?: BoardGroupHealth } | null,
  ungroupedTitle: string,
): BoardRow[] {
  const rows: BoardRow[] = [];
  const chunk = (list: readonly Team[], key: string, start: number) => {
    for (let i = 0; i < list.length; i += columns) rows.push({ kind: 'cards', key: `${key}:${i}`, teams: list.slice(i, i + columns), first: start + i });
  };
  if (grouping === 'none') {
    chunk(teams, 'all', 0);
    return rows;
  }
  const groups = new Map<string, { name: string | null; health?: BoardGroupHealth; teams: Team[] }>();
  for (const team of teams) {
    const group = groupOf(team);
    const key = group?.id ?? '';
    const entry = groups.get(key) ?? { name: group?.name ?? null, ...(group?.health ? { health: group.health } : {}), teams: [] };
    entry.teams.push(team);
    groups.set(key, entry);
  }
  const ordered = [...groups].sort(([, a], [, b]) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
  let index = 0;
  for (const [key, group] of ordered) {
    rows.push({ kind: 'group', key: `group:${key}`, title: group.name ?? ungroupedTitle, count: group.teams.length, ...(group.health ? { health: group.health } : {}) });
    chunk(group.teams, key || 'none', index);
    index += group.teams.length;
  }
  return rows;
}

import { LINK_KINDS, type LinkKind, type MapFilter } from '../../../../shared/design/collaborationGraph';
import { TEAM_TYPES, type TeamType } from '../../../../shared/model';

/** What the plan calls its groups ("tribe" when every group is a tribe), else "group". */
export function groupWordOf(groups: readonly { level: string }[]): string {
  const levels = new Set(groups.map((g) => g.level.trim().toLowerCase()));
  return levels.size === 1 ? [...levels][0]! : 'group';
}

const NO_TYPE = 'none';

/** The page's query (plan, period) plus the filter, for the print view's address. */
export function mapPrintSearch(search: string, filter: MapFilter): string {
  const params = new URLSearchParams(search);
  for (const key of ['groups', 'types', 'kinds', 'autoprint']) params.delete(key);
  if (filter.groupIds.length) params.set('groups', filter.groupIds.join(','));
  if (filter.types.length) params.set('types', filter.types.map((t) => t ?? NO_TYPE).join(','));
  if (filter.kinds.length) params.set('kinds', filter.kinds.join(','));
  return `?${params.toString()}`;
}

/** The filter back out of the print view's query; unknown values are dropped. */
export function readPrintFilter(search: string): MapFilter {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    groupIds: list('groups'),
    types: list('types').flatMap((t): (TeamType | null)[] => (t === NO_TYPE ? [null] : (TEAM_TYPES as readonly string[]).includes(t) ? [t as TeamType] : [])),
    kinds: list('kinds').filter((k): k is LinkKind => (LINK_KINDS as readonly string[]).includes(k)),
  };
}

import { formatFte } from '../rules';
import type { ChartCardContent } from './chartCard';
import type { ChartGrouping } from './chartOptions';

export interface ChartGroup {
  key: string;
  /** The group's heading; empty when the chart is not grouped. */
  title: string;
  /** "4 teams · 36 people · 33.5 FTE" (a person on two teams of the group counts once). */
  summary: string;
  cards: ChartCardContent[];
}

/**
 * How each grouping finds a card's group: one rule per grouping, so a new grouping (a team
 * group, once teams have one) is one more rule here and one more value of ChartGrouping.
 */
interface GroupingRule {
  /** "Executive champion": the group headings' prefix, "Executive champion: Ada Lee". */
  label: string;
  /** "grouped by executive champion" */
  words: string;
  /** The heading of the teams that have no group, last. */
  ungrouped: string;
  /** A group's own label replaces `label` (a team group's level: "Tribe: Payments"). */
  groupOf: (card: ChartCardContent) => { id: string | null; name: string | null; label?: string | null };
}

export const GROUPING_RULES: Record<Exclude<ChartGrouping, 'none'>, GroupingRule> = {
  champion: { label: 'Executive champion', words: 'grouped by executive champion', ungrouped: 'No executive champion', groupOf: (card) => ({ id: card.championId, name: card.championName }) },
  department: { label: 'Department', words: 'grouped by department', ungrouped: 'No department', groupOf: (card) => ({ id: card.departmentId, name: card.departmentName }) },
  group: { label: 'Group', words: 'grouped by team group', ungrouped: 'No group', groupOf: (card) => ({ id: card.groupId, name: card.groupName, label: card.groupLevel }) },
};

/**
 * "grouped by department"; for team groups, in the organisation's own words: "grouped by tribe",
 * "grouped by tribe and value stream" (the levels of the groups the cards belong to).
 */
export function groupingWords(by: Exclude<ChartGrouping, 'none'>, cards: readonly Pick<ChartCardContent, 'groupLevel'>[] = []): string {
  if (by !== 'group') return GROUPING_RULES[by].words;
  const levels = [...new Set(cards.map((c) => c.groupLevel?.trim().toLowerCase()).filter((l): l is string => Boolean(l)))].sort((a, b) => a.localeCompare(b));
  if (levels.length === 0) return GROUPING_RULES.group.words;
  const spoken = levels.length === 1 ? levels[0]! : `${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1]!}`;
  return `grouped by ${spoken}`;
}

/** " · grouped by department", or nothing when not grouped. */
export function groupingSuffix(by: ChartGrouping, cards: readonly Pick<ChartCardContent, 'groupLevel'>[] = []): string {
  return by === 'none' ? '' : ` · ${groupingWords(by, cards)}`;
}

export function groupSummary(cards: readonly ChartCardContent[]): string {
  const people = new Set<string>();
  let fte = 0;
  for (const card of cards) {
    fte += card.fte;
    for (const group of card.roleGroups) for (const member of group.members) if (member.personId !== null) people.add(member.personId);
  }
  const teams = `${cards.length} ${cards.length === 1 ? 'team' : 'teams'}`;
  return `${teams} · ${people.size} ${people.size === 1 ? 'person' : 'people'} · ${formatFte(fte)} FTE`;
}

/**
 * The cards in groups: one untitled group when not grouping; otherwise by executive champion or
 * by department (see teamDepartment), groups in name order with the teams that have none last.
 * Cards keep their order within a group.
 */
export function groupCards(cards: readonly ChartCardContent[], by: ChartGrouping): ChartGroup[] {
  if (by === 'none') return cards.length === 0 ? [] : [{ key: 'all', title: '', summary: groupSummary(cards), cards: [...cards] }];
  const rule = GROUPING_RULES[by];
  const groups = new Map<string, { name: string | null; label: string; cards: ChartCardContent[] }>();
  for (const card of cards) {
    const { id, name, label } = rule.groupOf(card);
    const key = id ?? '';
    const group = groups.get(key) ?? { name: id ? name : null, label: label || rule.label, cards: [] };
    group.cards.push(card);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)))
    .map(([key, group]) => ({
      key: key || 'none',
      title: group.name === null ? rule.ungrouped : `${group.label}: ${group.name}`,
      summary: groupSummary(group.cards),
      cards: group.cards,
    }));
}

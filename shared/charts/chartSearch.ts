import { FSI, PDI } from '../bidi';
import type { ChartCardContent } from './chartCard';

export interface ChartSearchMatch {
  kind: 'team' | 'person';
  teamId: string;
  personId?: string;
  /** The team's or person's name. */
  name: string;
  /** "team · 10 people" or "Developer on Payments Platform". */
  detail: string;
}

const fold = (value: string) => value.replaceAll(FSI, '').replaceAll(PDI, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Teams and people of the chart whose names contain every word of `query` (accents and case
 * ignored): teams first, then people, each person once per team they are on; names that start
 * with the query come first.
 */
export function searchChart(cards: readonly ChartCardContent[], query: string, limit = 8): ChartSearchMatch[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches = (name: string) => {
    const folded = fold(name);
    return words.every((w) => folded.includes(w)) ? (folded.startsWith(words[0]!) ? 0 : 1) : -1;
  };
  const found: (ChartSearchMatch & { rank: number })[] = [];
  for (const card of cards) {
    const rank = matches(card.name);
    if (rank >= 0) found.push({ kind: 'team', teamId: card.teamId, name: card.name, detail: `team · ${card.headcount} ${card.headcount === 1 ? 'person' : 'people'}`, rank });
  }
  for (const card of cards) {
    for (const group of card.roleGroups) {
      for (const member of group.members) {
        if (member.personId === null) continue;
        const rank = matches(member.name);
        if (rank >= 0) found.push({ kind: 'person', teamId: card.teamId, personId: member.personId, name: member.name, detail: `${group.roleName} on ${card.name}`, rank: rank + 2 });
      }
    }
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ rank: _rank, ...match }) => match);
}

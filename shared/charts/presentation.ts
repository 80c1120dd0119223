import type { OrgChart } from './orgTree';

export interface PresentationStop {
  kind: 'org' | 'group' | 'team';
  /** What the stop shows, in chart points. */
  area: { x: number; y: number; width: number; height: number };
  /** "Executive champion: Ada Lee" or the team's name. */
  label: string;
  teamId?: string;
  /** Index of the stop that starts this stop's group (the organisation's for ungrouped teams). */
  groupStart: number;
}

const around = (boxes: readonly { x: number; y: number; width: number; height: number }[]) => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

/**
 * The stops of presentation mode, in the order a facilitator walks through them: the whole
 * organisation, then each group (its box and its teams) followed by each of its teams. Collapsed
 * groups are one stop.
 */
export function presentationStops(chart: OrgChart): PresentationStop[] {
  const stops: PresentationStop[] = [{ kind: 'org', area: { x: 0, y: 0, width: chart.width, height: chart.height }, label: chart.root.title, groupStart: 0 }];
  const teamStops = (groupKey: string | null, groupStart: number) => {
    for (const team of chart.teams) {
      if (groupKey !== null && team.groupKey !== groupKey) continue;
      stops.push({ kind: 'team', area: { x: team.x, y: team.y, width: team.width, height: team.height }, label: team.facts.name, teamId: team.teamId, groupStart });
    }
  };
  if (chart.groups.length === 0) {
    teamStops(null, 0);
    return stops;
  }
  for (const group of chart.groups) {
    const start = stops.length;
    const teams = chart.teams.filter((t) => t.groupKey === group.groupKey);
    stops.push({ kind: 'group', area: around([group, ...teams]), label: group.title, groupStart: start });
    teamStops(group.groupKey, start);
  }
  return stops;
}

/** The stop the arrow keys lead to: the next or previous team or group stop, or the next or previous group. */
export function nextStop(stops: readonly PresentationStop[], current: number, move: 'next' | 'previous' | 'nextGroup' | 'previousGroup' | 'first' | 'last'): number {
  const last = stops.length - 1;
  switch (move) {
    case 'next':
      return Math.min(last, current + 1);
    case 'previous':
      return Math.max(0, current - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'nextGroup': {
      const found = stops.findIndex((s, i) => i > current && s.kind === 'group');
      return found === -1 ? current : found;
    }
    case 'previousGroup': {
      const start = stops[current]?.groupStart ?? 0;
      const target = start < current ? start : stops.slice(0, current).map((s, i) => ({ s, i })).reverse().find(({ s }) => s.kind !== 'team')?.i;
      return target ?? 0;
    }
  }
}

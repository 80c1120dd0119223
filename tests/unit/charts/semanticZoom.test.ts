import { describe, expect, it } from 'vitest';
import {
  groupNodeItems, LEVEL_MIN_SCALE, READABLE_PX, rootNodeItems, screenChart, teamNodeItems, textWidth, zoomLevelFor,
  type DrawItem, type ZoomLevel,
} from '../../../shared/charts';
import { team, texts } from './chartFixtures';

const cards = Array.from({ length: 9 }, (_, i) =>
  team(i === 0 ? 'Customer Identity and Access Management Platform' : `Team ${i}`, { developers: 1 + i, championId: `c${i % 3}`, championName: `Champion Number ${i % 3}` }),
);
const chart = screenChart(cards, { groupBy: 'champion', title: 'All product teams' });

const smallest = (items: readonly DrawItem[]) => Math.min(...items.flatMap((i) => (i.kind === 'text' ? [i.size] : [])));

function fitsInside(items: readonly DrawItem[], width: number, height: number): void {
  for (const item of items) {
    if (item.kind !== 'text') continue;
    const left = item.anchor === 'end' ? item.x - textWidth(item.text, item) : item.x;
    expect(left, item.text).toBeGreaterThanOrEqual(-0.01);
    expect(left + textWidth(item.text, item), item.text).toBeLessThanOrEqual(width + 0.01);
    expect(item.y, item.text).toBeLessThanOrEqual(height + 0.01);
  }
}

describe('semantic zoom', () => {
  it('switches level with the scale: members, then size and health, then names, then colours only', () => {
    expect(zoomLevelFor(2)).toBe('members');
    expect(zoomLevelFor(LEVEL_MIN_SCALE.members)).toBe('members');
    expect(zoomLevelFor(LEVEL_MIN_SCALE.members - 0.01)).toBe('summary');
    expect(zoomLevelFor(LEVEL_MIN_SCALE.summary - 0.01)).toBe('names');
    expect(zoomLevelFor(LEVEL_MIN_SCALE.names - 0.01)).toBe('shapes');
  });

  it.each(['members', 'summary', 'names'] as const)('never draws a team’s text below %s’s readable size at the smallest scale of the level', (level: Exclude<ZoomLevel, 'shapes'>) => {
    for (const node of chart.teams) {
      const items = teamNodeItems(node, level);
      expect(texts(items).length).toBeGreaterThan(0);
      expect(smallest(items) * LEVEL_MIN_SCALE[level]).toBeGreaterThanOrEqual(READABLE_PX - 1e-9);
      fitsInside(items, node.width, node.height);
    }
  });

  it('shows a team’s name, size and verdict when zoomed out, its name alone further out, and no text at the smallest scales', () => {
    const node = chart.teams.find((t) => t.facts.name === 'Team 4')!;
    expect(texts(teamNodeItems(node, 'summary'))).toEqual(['Team 4', '8 people · 7.5 FTE', 'Needs attention', 'Two-pizza: fits']);
    expect(texts(teamNodeItems(node, 'names'))).toEqual(['Team 4']);
    expect(texts(teamNodeItems(node, 'shapes'))).toEqual([]);
  });

  it('hyphenates a long single-word team name at the names level, or ends it with "…", never a bare mid-word cut', () => {
    const long = screenChart([team('Zahlungsverkehrsabwicklungsplattformbetrieb', { developers: 3 })], { groupBy: 'none', title: 'All' }).teams[0]!;
    const lines = texts(teamNodeItems(long, 'names'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/\p{L}-$/u);
    const last = lines.at(-1)!;
    expect(last.endsWith('…') || 'Zahlungsverkehrsabwicklungsplattformbetrieb'.endsWith(last)).toBe(true);
    fitsInside(teamNodeItems(long, 'names'), long.width, long.height);
  });

  it('keeps group and organisation boxes’ text inside them at every level', () => {
    for (const level of ['members', 'summary', 'names', 'shapes'] as const) {
      for (const group of chart.groups) fitsInside(groupNodeItems(group, level), group.width, group.height);
      fitsInside(rootNodeItems(chart.root, level), chart.root.width, chart.root.height);
    }
    expect(texts(groupNodeItems(chart.groups[0]!, 'names')).join(' ')).toBe('Champion Number 0');
  });
});

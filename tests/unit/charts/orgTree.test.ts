import { describe, expect, it } from 'vitest';
import {
  groupCards, layoutCard, layoutOrgChart, nameOnlyDrawing, screenChart, SCREEN_CARD_WIDTH, teamNodeItems, textWidth,
  type ChartCardContent, type OrgChart,
} from '../../../shared/charts';
import { member, roleGroup, team, texts } from './chartFixtures';

function organisation(count: number): ChartCardContent[] {
  return Array.from({ length: count }, (_, i) =>
    team(`Team ${String(i + 1).padStart(3, '0')}`, {
      developers: 1 + ((i * 5) % 9),
      championId: `person:champion-${i % 7}`,
      championName: `Champion ${i % 7}`,
      departmentId: i % 4 === 0 ? null : `department:${i % 5}`,
      departmentName: i % 4 === 0 ? null : `Department ${i % 5}`,
    }),
  );
}

type Rect = { x: number; y: number; width: number; height: number; key: string };
const boxes = (chart: OrgChart): Rect[] => [chart.root, ...chart.groups, ...chart.teams];

function overlaps(chart: OrgChart): string[] {
  const all = boxes(chart);
  const problems: string[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) problems.push(`${a.key} overlaps ${b.key}`);
    }
  });
  return problems;
}

describe('the org chart tree (laid out with d3-hierarchy)', () => {
  it.each([
    [12, 'none'], [12, 'champion'], [60, 'department'], [200, 'champion'],
  ] as const)('places every one of %i teams (grouped by %s) once, inside the chart, with no two boxes overlapping', (count, by) => {
    const cards = organisation(count);
    const chart = screenChart(cards, { groupBy: by, title: 'All product teams' });
    expect(chart.teams.map((t) => t.teamId).sort()).toEqual(cards.map((c) => c.teamId).sort());
    expect(overlaps(chart)).toEqual([]);
    for (const b of boxes(chart)) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(chart.width + 1e-6);
      expect(b.y + b.height).toBeLessThanOrEqual(chart.height + 1e-6);
    }
  });

  it('puts every member of every team on its card', () => {
    const cards = organisation(30);
    const chart = screenChart(cards, { groupBy: 'department', title: 'x' });
    for (const card of cards) {
      const node = chart.teams.find((t) => t.teamId === card.teamId)!;
      const shown = texts(teamNodeItems(node, 'members')).join('\n');
      for (const person of card.roleGroups.flatMap((g) => g.members)) expect(shown).toContain(person.name);
    }
  });

  it('draws the hierarchy: organisation above groups above their teams, joined by lines', () => {
    const chart = screenChart(organisation(24), { groupBy: 'champion', title: 'x' });
    expect(chart.groups).toHaveLength(7);
    for (const group of chart.groups) {
      expect(group.y).toBeGreaterThan(chart.root.y + chart.root.height);
      const teams = chart.teams.filter((t) => t.groupKey === group.groupKey);
      expect(teams.length).toBe(group.teamCount);
      for (const t of teams) expect(t.y).toBeGreaterThan(group.y + group.height);
      // A line comes down from the group's box, and each team has a tick from its column's line.
      const centre = group.x + group.width / 2;
      expect(chart.connectors.some((c) => Math.abs(c.x1 - centre) < 1e-6 && Math.abs(c.y1 - (group.y + group.height)) < 1e-6)).toBe(true);
      for (const t of teams) expect(chart.connectors.some((c) => Math.abs(c.x2 - t.x) < 1e-6 && c.y1 === c.y2 && c.y1 > t.y && c.y1 < t.y + t.height)).toBe(true);
    }
  });

  it('hangs teams from the organisation when not grouped, and keeps their order column by column', () => {
    const cards = organisation(20);
    const chart = screenChart(cards, { groupBy: 'none', title: 'x' });
    expect(chart.groups).toEqual([]);
    const columns = [...new Set(chart.teams.map((t) => t.x))];
    expect(columns.length).toBeGreaterThan(1);
    expect(chart.teams.map((t) => t.teamId)).toEqual(cards.map((c) => c.teamId));
  });

  it('takes the shape it is asked for: wide for a wide screen, tall for a tall one', () => {
    const cards = organisation(80);
    const wide = screenChart(cards, { groupBy: 'none', title: 'x', aspect: 2.5 });
    const tall = screenChart(cards, { groupBy: 'none', title: 'x', aspect: 0.7 });
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
  });

  it('shows a collapsed group without its teams', () => {
    const cards = organisation(24);
    const key = groupCards(cards, 'champion')[0]!.key;
    const chart = screenChart(cards, { groupBy: 'champion', title: 'x', collapsed: new Set([key]) });
    const group = chart.groups.find((g) => g.groupKey === key)!;
    expect(group.collapsed).toBe(true);
    expect(chart.teams.some((t) => t.groupKey === key)).toBe(false);
    expect(chart.teams).toHaveLength(24 - group.teamCount);
  });

  it('joins the teams of a shared person with one dotted line per pair, from the person’s line on each card', () => {
    const shared = member('Sam Shared', { alsoOn: ['B', 'C'] });
    const cards = ['A', 'B', 'C'].map((name) => team(name, { roleGroups: [roleGroup('Developer', [{ ...shared }, member(`${name} Solo`)])] }));
    const chart = screenChart(cards, { groupBy: 'none', title: 'x' });
    const links = chart.sharedLinks.filter((l) => l.personId === shared.personId);
    expect(links).toHaveLength(2);
    for (const link of links) {
      const [from, to] = [link.points[0]!, link.points.at(-1)!];
      const ends = chart.teams.filter((t) => [from, to].some((p) => (Math.abs(p.x - t.x) < 1e-6 || Math.abs(p.x - t.x - t.width) < 1e-6) && p.y > t.y && p.y < t.y + t.height));
      expect(ends).toHaveLength(2);
    }
  });
});

describe('cards: no text wider than its box at Inter’s real metrics, nothing cut', () => {
  const long = team('Customer Identity, Access Management & Single Sign-On Platform Engineering', {
    roleGroups: [
      roleGroup('Developer', [
        member('Maximiliane Alexandra von Hohenberg-Schwarzenfels', { alsoOn: ['Payments Platform', 'Website & Content', 'Supply Chain Visibility', 'Field Service App'] }),
        member('Li Wei'),
      ]),
      roleGroup('Security analyst and penetration tester', [member('Ana Silva')]),
    ],
  });
  it.each([170, 200, 240])('at %i pt wide', (width) => {
    for (const card of [long, ...organisation(10)]) {
      for (const part of layoutCard(card, width, { objectives: 'list', maxHeight: Number.POSITIVE_INFINITY })) {
        for (const item of part.items) {
          if (item.kind !== 'text') continue;
          const w = textWidth(item.text, item);
          const left = item.anchor === 'end' ? item.x - w : item.x;
          expect(left, item.text).toBeGreaterThanOrEqual(-0.01);
          expect(left + w, item.text).toBeLessThanOrEqual(part.width + 0.01);
          expect(item.text).not.toContain('…');
        }
      }
    }
    const shown = layoutCard(long, width, { objectives: 'list', maxHeight: Number.POSITIVE_INFINITY })
      .flatMap((part) => texts(part.items))
      .join(' ')
      .replace(/- /g, '-');
    for (const words of ['Maximiliane Alexandra von Hohenberg-Schwarzenfels', 'Field Service App', 'Single Sign-On Platform']) expect(shown).toContain(words);
  });

  it('wraps a long name on the one-page overview instead of cutting it', () => {
    const drawing = nameOnlyDrawing(long);
    const lines = texts(drawing.items);
    expect(lines.join(' ')).toBe(long.name);
    for (const item of drawing.items) if (item.kind === 'text') expect(item.x + textWidth(item.text, item)).toBeLessThanOrEqual(drawing.width);
  });

  it('draws screen cards at the screen width', () => {
    const chart = layoutOrgChart({
      groups: groupCards(organisation(3), 'none'),
      title: 'x',
      summary: 'y',
      teamDrawing: (c) => layoutCard(c, SCREEN_CARD_WIDTH, { objectives: 'list', maxHeight: Number.POSITIVE_INFINITY })[0]!,
      teamWidth: SCREEN_CARD_WIDTH,
    });
    expect(chart.teams.every((t) => t.width === SCREEN_CARD_WIDTH)).toBe(true);
  });
});

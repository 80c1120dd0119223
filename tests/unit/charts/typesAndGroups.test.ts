import { describe, expect, it } from 'vitest';
import {
  chartCards, chartDocument, chartTeamTypes, contentBox, groupCards, groupingWords, layoutCard, nameOnlyDrawing, pagePoints, paginateOverview, screenChart, teamNodeItems,
  typeShapeGeometry, type ChartCardContent, type DrawItem, type TypeShapeItem,
} from '../../../shared/charts';
import type { TeamType } from '../../../shared/model';
import { builtInPrincipleSets } from '../../../shared/model/principleDefaults';
import { team, texts } from './chartFixtures';

const within = (inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const shapes = (items: readonly DrawItem[]) => items.filter((i): i is TypeShapeItem => i.kind === 'typeShape');

const TYPES: TeamType[] = ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem'];

/** 30 teams in three tribes and a value stream, every fifth team in no group; types in turn, every sixth none. */
function designedOrganisation(count = 30): ChartCardContent[] {
  const groups = [
    { id: 'group:payments', name: 'Payments', level: 'Tribe' },
    { id: 'group:lending', name: 'Lending', level: 'Tribe' },
    { id: 'group:onboarding', name: 'Customer onboarding', level: 'Value stream' },
  ];
  return Array.from({ length: count }, (_, i) => {
    const group = i % 5 === 4 ? null : groups[i % 3]!;
    return team(`Team ${String(i + 1).padStart(2, '0')}`, {
      developers: 2 + (i % 6),
      teamType: i % 6 === 5 ? null : TYPES[i % 4]!,
      groupId: group?.id ?? null,
      groupName: group?.name ?? null,
      groupLevel: group?.level ?? null,
    });
  });
}

describe('team types and teams of teams on the org chart', () => {
  it('reads each team’s type and group (with the level the organisation chose) into its card', () => {
    const [card, loose] = chartCards({
      teams: [
        { id: 'team:a', name: 'Checkout', mission: '', services: [], championId: null, type: 'platform', groupId: 'group:1' },
        { id: 'team:b', name: 'Loose', mission: '', services: [], championId: null },
      ],
      memberships: [],
      people: [],
      roles: [],
      departments: [],
      teamNames: new Map(),
      health: new Map(),
      sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 },
      groups: [{ id: 'group:1', name: 'Payments', level: 'Value stream' }],
    });
    expect(card).toMatchObject({ teamType: 'platform', groupId: 'group:1', groupName: 'Payments', groupLevel: 'Value stream' });
    expect(loose).toMatchObject({ teamType: null, groupId: null, groupName: null, groupLevel: null });
  });

  it('judges a typed team’s two-pizza badge by its type’s size limits, as its health does (no second opinion from Settings)', () => {
    const members = Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, teamId: 'team:a', personId: `p${i}`, roleId: 'role:developer', allocation: 100 }));
    const source = {
      teams: [{ id: 'team:a', name: 'Checkout', mission: '', services: [], championId: null, type: 'stream-aligned' as const }],
      memberships: members,
      people: members.map((m) => ({ id: m.personId, name: m.personId, title: '', departmentId: null })),
      roles: [],
      departments: [],
      teamNames: new Map(),
      health: new Map(),
      sizeLimits: { warnAbove: 8, failAbove: 10, warnBelow: 3 },
    };
    expect(chartCards(source)[0]!.twoPizza.label).toBe('Two-pizza: getting large');
    // Stream-aligned teams are 5–9 people (Team Topologies): nine fits.
    expect(chartCards({ ...source, principleSets: builtInPrincipleSets() })[0]!.twoPizza).toEqual({ verdict: 'pass', label: 'Two-pizza: fits' });
    expect(chartCards({ ...source, teams: [{ ...source.teams[0]!, type: null }], principleSets: builtInPrincipleSets() })[0]!.twoPizza.label).toBe('Two-pizza: getting large');
  });

  it('groups by team group under each group’s own level name, groups by name, the teams without a group last', () => {
    const groups = groupCards(designedOrganisation(), 'group');
    expect(groups.map((g) => g.title)).toEqual(['Value stream: Customer onboarding', 'Tribe: Lending', 'Tribe: Payments', 'No group']);
    expect(groups.reduce((sum, g) => sum + g.cards.length, 0)).toBe(30);
    expect(groups.at(-1)!.cards.every((c) => c.groupId === null)).toBe(true);
  });

  it('says the grouping in the organisation’s words: “grouped by tribe”, several levels joined', () => {
    const cards = designedOrganisation();
    expect(groupingWords('group', cards.filter((c) => c.groupLevel === 'Tribe'))).toBe('grouped by tribe');
    expect(groupingWords('group', cards)).toBe('grouped by tribe and value stream');
    expect(groupingWords('group', [])).toBe('grouped by team group');
    expect(groupingWords('department', cards)).toBe('grouped by department');
  });

  it('frames each group on the screen chart: the frame holds its group box and every one of its teams, and frames never overlap', () => {
    const chart = screenChart(designedOrganisation(), { groupBy: 'group', title: 'All product teams' });
    expect(chart.frames).toHaveLength(4);
    for (const frame of chart.frames) {
      const node = chart.groups.find((g) => g.groupKey === frame.groupKey)!;
      expect(within(node, frame)).toBe(true);
      const teams = chart.teams.filter((t) => t.groupKey === frame.groupKey);
      expect(teams.length).toBeGreaterThan(0);
      for (const t of teams) expect(within(t, frame)).toBe(true);
      for (const other of chart.frames) if (other !== frame) expect(overlap(frame, other)).toBe(false);
      for (const t of chart.teams.filter((x) => x.groupKey !== frame.groupKey)) expect(overlap(t, frame)).toBe(false);
      expect(within(frame, { x: 0, y: 0, width: chart.width, height: chart.height })).toBe(true);
    }
    expect(screenChart(designedOrganisation(), { groupBy: 'none', title: 'All' }).frames).toEqual([]);
  });

  it('draws a typed team’s card with its type’s shape and name in the badge row, inside the card; an untyped card has none', () => {
    const [typed] = layoutCard(team('Data Platform', { teamType: 'platform' }), 200, { objectives: 'none', maxHeight: 800 });
    const [plain] = layoutCard(team('Checkout'), 200, { objectives: 'none', maxHeight: 800 });
    const [shape] = shapes(typed!.items);
    expect(shape).toMatchObject({ teamType: 'platform' });
    expect(within(shape!, { x: 0, y: 0, width: typed!.width, height: typed!.height })).toBe(true);
    expect(texts(typed!.items)).toContain('Platform');
    expect(shapes(plain!.items)).toEqual([]);
    expect(texts(plain!.items)).not.toContain('Platform');
    // A long type name wraps the badges onto a second row rather than running past the card's edge.
    const [narrow] = layoutCard(team('Ledger', { teamType: 'complicated-subsystem' }), 150, { objectives: 'none', maxHeight: 800 });
    for (const item of narrow!.items) if (item.kind === 'typeShape' || item.kind === 'box') expect(item.x + item.width).toBeLessThanOrEqual(150 + 1e-6);
  });

  it('keeps the type on the zoomed-out chart: a line with its shape and name under the size, a shape in the corner when only names show', () => {
    const chart = screenChart(designedOrganisation(6), { groupBy: 'none', title: 'All' });
    const node = chart.teams.find((t) => t.facts.teamType === 'platform')!;
    const summary = teamNodeItems(node, 'summary');
    expect(texts(summary)).toContain('Platform');
    for (const level of ['summary', 'names'] as const) {
      const [shape] = shapes(teamNodeItems(node, level));
      expect(within(shape!, { x: 0, y: 0, width: node.width, height: node.height })).toBe(true);
    }
    const untyped = chart.teams.find((t) => t.facts.teamType === null)!;
    expect(shapes(teamNodeItems(untyped, 'summary'))).toEqual([]);
  });

  it('puts the type’s shape beside the name on the one-page overview’s name-only boxes', () => {
    const drawing = nameOnlyDrawing(team('Identity and access management', { teamType: 'enabling' }));
    const [shape] = shapes(drawing.items);
    expect(within(shape!, { x: 0, y: 0, width: drawing.width, height: drawing.height })).toBe(true);
    for (const item of drawing.items) if (item.kind === 'text') expect(item.y).toBeLessThanOrEqual(drawing.height);
  });

  it('fits each conventional shape inside its box: an octagon for complicated-subsystem, rounded bars for the others', () => {
    for (const type of TYPES) {
      const geometry = typeShapeGeometry({ x: 10, y: 20, width: 40, height: 28, teamType: type });
      if (geometry.kind === 'polygon') {
        expect(type).toBe('complicated-subsystem');
        expect(geometry.points).toHaveLength(8);
        for (const [x, y] of geometry.points) expect(x >= 10 && x <= 50 && y >= 20 && y <= 48).toBe(true);
      } else {
        expect(within(geometry, { x: 10, y: 20, width: 40, height: 28 })).toBe(true);
        if (type === 'enabling') expect(geometry.height).toBeGreaterThan(geometry.width);
        else expect(geometry.width).toBeGreaterThan(geometry.height);
      }
    }
  });

  it('frames each group’s part of a printed column, its heading and cards inside, within the page', () => {
    const area = contentBox(pagePoints('A4', 'landscape'));
    const pages = paginateOverview(groupCards(designedOrganisation(60), 'group'), area, { objectives: 'summary' });
    for (const page of pages) {
      expect(page.frames.length).toBe(page.headings.length);
      for (const frame of page.frames) {
        if (frame.kind !== 'box') throw new Error('a frame is a box');
        expect(frame.tone).toBe('frame');
        expect(within(frame, { x: area.x, y: area.y - 4, width: area.width, height: area.height + 8 })).toBe(true);
        expect(page.headings.filter((h) => within(h, frame))).toHaveLength(1);
      }
      for (const card of page.cards) expect(page.frames.filter((f) => f.kind === 'box' && within({ ...card, width: card.card.width, height: card.card.height }, f))).toHaveLength(1);
    }
  });

  it('explains the types present on the deck’s cover, one line each, and names the grouping in the organisation’s words', () => {
    const cards = designedOrganisation();
    const doc = chartDocument({ cards, options: { paper: 'A4', orientation: 'landscape', overview: true, teamPages: false, title: 'Design', groupBy: 'group' }, planName: 'Live', date: '2026-11-16', periodName: null });
    const cover = texts(doc.pages[0]!.items).join(' ');
    expect(cover).toContain('Stream-aligned team: Delivers a flow of change');
    expect(cover).toContain('Complicated-subsystem team:');
    expect(cover).toContain('Teams are grouped by tribe and value stream.');
    expect(shapes(doc.pages[0]!.items).map((s) => s.teamType)).toEqual(TYPES);
    expect(doc.pages[1]!.subtitle).toContain('grouped by tribe and value stream');
    expect(texts(doc.pages.slice(1).flatMap((p) => p.items))).toContain('Tribe: Payments');
    const untyped = chartDocument({ cards: [team('Solo')], options: { paper: 'A4', orientation: 'landscape', overview: true, teamPages: false, title: 'Design', groupBy: 'none' }, planName: 'Live', date: '2026-11-16', periodName: null });
    expect(shapes(untyped.pages[0]!.items)).toEqual([]);
    expect(chartTeamTypes(cards)).toEqual(TYPES);
  });

  it('shows the types present on the one-page overview’s legend line', () => {
    const doc = chartDocument({ cards: designedOrganisation(), options: { paper: 'A4', orientation: 'landscape', overview: true, teamPages: false, title: 'Design', groupBy: 'group', preset: 'onePage' }, planName: 'Live', date: '2026-11-16', periodName: null });
    const all = texts(doc.pages[0]!.items);
    expect(all).toEqual(expect.arrayContaining(['Platform team', 'Enabling team']));
    expect(all).toContain('Tribe: Payments');
  });
});

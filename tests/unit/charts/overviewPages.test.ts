import { describe, expect, it } from 'vitest';
import {
  CARD_GAP, cardWidthFor, columnsFor, contentBox, groupCards, headingItems, pagePoints, pageUsage, paginateOverview,
  type ChartGroup, type OverviewPage, type PaperSize, type Orientation,
} from '../../../shared/charts';
import { team, texts } from './chartFixtures';

const page = pagePoints('A4', 'landscape');
const box = contentBox(page);

function teams(count: number, developers = (i: number) => 3 + (i % 5)) {
  return Array.from({ length: count }, (_, i) => team(`Team ${String(i + 1).padStart(3, '0')}`, { developers: developers(i) }));
}

/** The rule under test: every card (part) lies wholly inside the page's content box. */
function expectNoCardCut(pages: OverviewPage[], area = box): void {
  for (const p of pages) {
    for (const placed of p.cards) {
      expect(placed.y).toBeGreaterThanOrEqual(area.y);
      expect(placed.y + placed.card.height).toBeLessThanOrEqual(area.y + area.height + 1e-6);
      expect(placed.x).toBeGreaterThanOrEqual(area.x - 1e-6);
      expect(placed.x + placed.card.width).toBeLessThanOrEqual(area.x + area.width + 1e-6);
    }
  }
}

function expectNoOverlap(p: OverviewPage): void {
  const rects = [
    ...p.cards.map((c) => ({ x: c.x, y: c.y, w: c.card.width, h: c.card.height })),
    ...p.headings.map((h) => ({ x: h.x, y: h.y, w: h.width, h: h.height - 0.5 })),
  ];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b) => {
      const overlaps = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlaps).toBe(false);
    }),
  );
}

const ungrouped = (count: number): ChartGroup[] => groupCards(teams(count), 'none');

describe('overview pagination: no card is ever cut across pages', () => {
  it('fits a small organisation on one page', () => {
    const pages = paginateOverview(ungrouped(4), box, { objectives: 'summary' });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.cards).toHaveLength(4);
  });

  it.each([12, 50, 200])('places all %i teams, in order, each wholly on one page, without overlaps', (count) => {
    const pages = paginateOverview(ungrouped(count), box, { objectives: 'summary' });
    const placed = pages.flatMap((p) => p.cards.map((c) => c.card.name)).filter((name, i, all) => all[i - 1] !== name);
    expect(placed).toEqual(teams(count).map((t) => t.name));
    expectNoCardCut(pages);
    pages.forEach(expectNoOverlap);
  });

  it.each([
    ['A4', 'portrait'], ['A4', 'landscape'], ['Letter', 'portrait'], ['Letter', 'landscape'], ['A3', 'portrait'], ['A3', 'landscape'],
  ] as [PaperSize, Orientation][])('holds on %s %s', (paper, orientation) => {
    const area = contentBox(pagePoints(paper, orientation));
    const pages = paginateOverview(ungrouped(40), area, { objectives: 'summary' });
    expectNoCardCut(pages, area);
    expect(pages.flatMap((p) => p.cards)).toHaveLength(40);
  });

  it('fills each column top to bottom, then the next column, then the next page', () => {
    const pages = paginateOverview(ungrouped(30), box, { objectives: 'summary' });
    const columns = columnsFor(box.width);
    const width = cardWidthFor(box.width, columns);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      let column = 0;
      let y = box.y;
      for (const placed of p.cards) {
        const at = Math.round((placed.x - box.x) / (width + CARD_GAP));
        if (at !== column) {
          expect(at).toBe(column + 1);
          column = at;
          y = box.y;
        }
        expect(placed.y).toBeCloseTo(y, 6);
        y = placed.y + placed.card.height + CARD_GAP;
      }
    }
  });

  it.each([
    ['A4', 'landscape', 'none'], ['A4', 'portrait', 'champion'], ['Letter', 'landscape', 'department'], ['A3', 'landscape', 'champion'], ['Letter', 'portrait', 'none'],
  ] as [PaperSize, Orientation, 'none' | 'champion' | 'department'][])('fills at least half of every page but the last on %s %s, grouped by %s', (paper, orientation, by) => {
    const area = contentBox(pagePoints(paper, orientation));
    const all = teams(120, (i) => 2 + ((i * 7) % 11)).map((t, i) => ({
      ...t,
      championId: `person:${i % 9}`,
      championName: `Champion ${i % 9}`,
      departmentId: `department:${i % 17}`,
      departmentName: `Department ${String(i % 17).padStart(2, '0')}`,
    }));
    const pages = paginateOverview(groupCards(all, by), area, { objectives: 'summary' });
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages.slice(0, -1)) expect(pageUsage(p, area)).toBeGreaterThanOrEqual(0.5);
    expectNoCardCut(pages, area);
    pages.forEach(expectNoOverlap);
  });

  it('fits eight cards of typical teams on an A4 landscape page', () => {
    const typical = groupCards(teams(16, () => 4), 'none');
    expect(paginateOverview(typical, box, { objectives: 'summary' })[0]!.cards.length).toBeGreaterThanOrEqual(8);
  });

  it('gives a page as many columns of cards of at least 170 pt as fit', () => {
    expect(columnsFor(contentBox(pagePoints('A4', 'landscape')).width)).toBe(4);
    expect(columnsFor(contentBox(pagePoints('A4', 'portrait')).width)).toBe(3);
    expect(columnsFor(contentBox(pagePoints('A3', 'landscape')).width)).toBe(6);
    expect(columnsFor(100)).toBe(1);
    expect(cardWidthFor(370, 2)).toBe(180);
  });

  it('splits a card taller than a page into parts that each fit, in order (see layoutCard)', () => {
    const groups = groupCards([team('Giant', { developers: 90 }), team('After')], 'none');
    const pages = paginateOverview(groups, box, { objectives: 'summary' });
    const parts = pages.flatMap((p) => p.cards).filter((c) => c.card.name === 'Giant');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((c) => c.card.part)).toEqual(parts.map((_, i) => i + 1));
    expectNoCardCut(pages);
    expect(pages.flatMap((p) => p.cards).at(-1)!.card.name).toBe('After');
  });
});

describe('overview pagination with groups', () => {
  const all = teams(40).map((t, i) => ({ ...t, championId: `person:${i % 3}`, championName: ['Ada Lee', 'Bo Chan', 'Cy Diaz'][i % 3]! }));
  const groups = groupCards(all, 'champion');
  const pages = paginateOverview(groups, box, { objectives: 'summary' });

  it('puts each group’s heading directly above its first cards, never alone at the bottom of a page', () => {
    for (const p of pages) {
      for (const heading of p.headings) {
        const below = p.cards.filter((c) => Math.abs(c.y - (heading.y + heading.height)) < 1e-6);
        expect(below.length, heading.title).toBeGreaterThan(0);
      }
    }
    expect(pages.flatMap((p) => p.headings.filter((h) => !h.continued).map((h) => h.title))).toEqual(groups.map((g) => g.title));
  });

  it('repeats the heading, marked continued, on each later page a group runs onto', () => {
    for (const p of pages.slice(1)) {
      const first = p.cards[0]!;
      if (p.headings[0]?.y !== box.y) continue;
      expect(p.headings[0].y).toBeLessThan(first.y);
    }
    const continued = pages.flatMap((p) => p.headings.filter((h) => h.continued));
    expect(continued.length).toBeGreaterThan(0);
    expect(headingItems(continued[0]!).some((i) => i.kind === 'text' && i.text.endsWith('(continued)'))).toBe(true);
    expectNoCardCut(pages);
    pages.forEach(expectNoOverlap);
  });

  it('keeps every team once, in the groups’ order (a split card’s parts follow one another)', () => {
    const names = pages.flatMap((p) => p.cards.map((c) => c.card.name)).filter((name, i, all) => all[i - 1] !== name);
    expect(names).toEqual(groups.flatMap((g) => g.cards.map((c) => c.name)));
  });

  it('draws a heading as its title, its summary and a rule', () => {
    const items = headingItems(pages[0]!.headings[0]!);
    expect(texts(items)).toEqual([groups[0]!.title, groups[0]!.summary]);
    expect(items.some((i) => i.kind === 'line')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { chartDocument, contentBox, formatLongDate, pagePoints, PAGE_MARGIN, type ChartDocumentInput } from '../../../shared/charts';
import { team, textOverlaps, texts } from './chartFixtures';

const cards = Array.from({ length: 20 }, (_, i) => team(`Team ${String(i + 1).padStart(2, '0')}`, { championId: `p${i % 2}`, championName: i % 2 ? 'Bo Chan' : 'Ada Lee' }));
const input = (options: Partial<ChartDocumentInput['options']> = {}): ChartDocumentInput => ({
  cards,
  options: { paper: 'A4', orientation: 'landscape', overview: true, teamPages: true, title: 'Board pack', groupBy: 'none', ...options },
  planName: 'Live organisation',
  date: '2026-11-16',
  periodName: 'Q4 2026',
});

describe('chartDocument', () => {
  const doc = chartDocument(input());
  const overviewPages = doc.pages.filter((p) => p.kind === 'overview');
  const teamPages = doc.pages.filter((p) => p.kind === 'team');

  it('has the overview first, then one page per team in the overview’s order', () => {
    expect(overviewPages.length).toBeGreaterThan(0);
    expect(doc.pages.slice(0, overviewPages.length).every((p) => p.kind === 'overview')).toBe(true);
    expect(teamPages).toHaveLength(20);
    expect(teamPages.map((p) => p.subtitle)).toEqual(cards.map((c) => `Team · ${c.name}`));
    expect(doc.teamIds).toEqual(cards.map((c) => c.teamId));
  });

  it('puts title, plan and date in every header and "Page n of N" in every footer', () => {
    doc.pages.forEach((page, index) => {
      const shown = texts(page.items);
      expect(page.number).toBe(index + 1);
      expect(shown).toEqual(expect.arrayContaining(['Board pack', 'Live organisation · 16 November 2026', `Page ${index + 1} of ${doc.pages.length}`]));
    });
    expect(texts(overviewPages[0]!.items)).toContain('Overview · 20 teams');
  });

  it('is sized in points for the paper and orientation chosen', () => {
    expect(doc.size).toEqual(pagePoints('A4', 'landscape'));
    expect(chartDocument(input({ paper: 'Letter', orientation: 'portrait' })).size).toEqual({ width: 612, height: 792 });
    expect(chartDocument(input({ paper: 'A3', orientation: 'portrait' })).size).toEqual({ width: 841.89, height: 1190.55 });
  });

  it('draws everything inside the page, headers and footers in the margins', () => {
    for (const page of doc.pages) {
      for (const item of page.items) {
        if (item.kind === 'line') continue;
        expect(item.x).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
        expect(item.x).toBeLessThanOrEqual(doc.size.width - PAGE_MARGIN + 0.01);
        expect(item.y).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
        expect(item.y).toBeLessThanOrEqual(doc.size.height - PAGE_MARGIN + 0.01);
      }
    }
    expect(contentBox(doc.size).y).toBeGreaterThan(PAGE_MARGIN);
  });

  it('never draws one text over another on any page', () => {
    for (const page of [...doc.pages, ...chartDocument(input({ paper: 'Letter', orientation: 'portrait', groupBy: 'champion' })).pages]) {
      expect(textOverlaps(page.items), `page ${page.number}`).toEqual([]);
    }
  });

  it('makes only the overview or only team pages when asked', () => {
    expect(chartDocument(input({ teamPages: false })).pages.every((p) => p.kind === 'overview')).toBe(true);
    expect(chartDocument(input({ overview: false })).pages).toHaveLength(20);
  });

  it('orders team pages by group when grouped, and says so under the title', () => {
    const grouped = chartDocument(input({ groupBy: 'champion' }));
    const names = grouped.pages.filter((p) => p.kind === 'team').map((p) => p.subtitle);
    expect(names.slice(0, 10).every((n) => Number(n.slice(-2)) % 2 === 1)).toBe(true);
    expect(texts(grouped.pages[0]!.items)).toContain('Overview · 20 teams · grouped by executive champion');
  });

  it('still makes a page when no team is chosen, saying so', () => {
    const empty = chartDocument({ ...input({ teamPages: false }), cards: [] });
    expect(empty.pages).toHaveLength(1);
    expect(texts(empty.pages[0]!.items)).toContain('Overview · no teams');
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-11-16', '16 November 2026'],
    ['2027-01-01', '1 January 2027'],
    ['2026-12-31', '31 December 2026'],
  ])('%s → %s', (day, words) => expect(formatLongDate(day)).toBe(words));
});

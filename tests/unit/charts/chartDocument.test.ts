import { describe, expect, it } from 'vitest';
import { ARCHIVED_MARK, chartDocument, CONTENTS_FROM_PAGES, contentBox, DRAFT_MARK, formatLongDate, pagePoints, PAGE_MARGIN, textWidth, type ChartDocumentInput } from '../../../shared/charts';
import { team, textOverlaps, texts } from './chartFixtures';

const cards = Array.from({ length: 20 }, (_, i) => team(`Team ${String(i + 1).padStart(2, '0')}`, { championId: `p${i % 2}`, championName: i % 2 ? 'Bo Chan' : 'Ada Lee' }));
const input = (options: Partial<ChartDocumentInput['options']> = {}): ChartDocumentInput => ({
  cards,
  options: { paper: 'A4', orientation: 'landscape', overview: true, teamPages: true, title: 'Board pack', groupBy: 'none', ...options },
  planName: 'Live organisation',
  date: '2026-11-16',
  periodName: 'Q4 2026',
});

describe('chartDocument: the full deck', () => {
  const doc = chartDocument(input());
  const overviewPages = doc.pages.filter((p) => p.kind === 'overview');
  const teamPages = doc.pages.filter((p) => p.kind === 'team');

  it('has a cover, contents for a long deck, the organisation chart, then one page per team in the chart’s order', () => {
    expect(doc.pages[0]!.kind).toBe('cover');
    const contents = doc.pages.filter((p) => p.kind === 'contents');
    expect(doc.pages.length).toBeGreaterThan(CONTENTS_FROM_PAGES);
    expect(contents.length).toBeGreaterThan(0);
    expect(doc.pages.map((p) => p.kind)).toEqual(['cover', ...contents.map(() => 'contents'), ...overviewPages.map(() => 'overview'), ...teamPages.map(() => 'team')]);
    expect(teamPages).toHaveLength(20);
    expect(teamPages.map((p) => p.subtitle)).toEqual(cards.map((c) => `Team · ${c.name}`));
    expect(doc.teamIds).toEqual(cards.map((c) => c.teamId));
  });

  it('puts the organisation’s figures and a legend on the cover', () => {
    const cover = texts(doc.pages[0]!.items);
    expect(cover).toEqual(expect.arrayContaining(['Board pack', '16 November 2026', '20', 'teams', 'healthy', 'need attention', 'failing', 'people', 'How to read the chart']));
    expect(doc.summary).toMatchObject({ teams: 20, passing: 0, attention: 20, failing: 0 });
    expect(doc.summary.people).toBe(cards.reduce((sum, c) => sum + c.roleGroups.flatMap((g) => g.members).length, 0));
  });

  it('lists every team with the page its own page is on', () => {
    const contents = doc.pages.filter((p) => p.kind === 'contents').flatMap((p) => p.items);
    for (const page of teamPages) {
      const name = page.subtitle.replace('Team · ', '');
      const label = contents.findIndex((i) => i.kind === 'text' && i.text === name);
      expect(label, name).toBeGreaterThan(-1);
      expect(contents[label + 1]).toMatchObject({ kind: 'text', text: String(page.number) });
    }
  });

  it('puts title and date in every header but the cover’s, "Page n of N" in every footer, and never the live plan’s name', () => {
    doc.pages.forEach((page, index) => {
      const shown = texts(page.items);
      expect(page.number).toBe(index + 1);
      expect(shown).toContain(`Page ${index + 1} of ${doc.pages.length}`);
      if (page.kind !== 'cover') expect(shown).toEqual(expect.arrayContaining(['Board pack', '16 November 2026']));
      expect(shown.join(' ')).not.toContain('Live organisation');
      expect(shown).not.toContain(DRAFT_MARK);
    });
    expect(texts(overviewPages[0]!.items)).toContain('Organisation chart · 20 teams');
  });

  it('marks every page of a draft plan’s deck DRAFT, with the draft’s name', () => {
    const draft = chartDocument({ ...input(), planName: 'Platform split', planKind: 'draft' });
    for (const page of draft.pages) {
      expect(texts(page.items), `page ${page.number}`).toContain(DRAFT_MARK);
      expect(texts(page.items).join(' '), `page ${page.number}`).toContain('a draft plan, not the live organisation');
    }
    const onePage = chartDocument({ ...input({ preset: 'onePage' }), planName: 'Platform split', planKind: 'draft' });
    expect(texts(onePage.pages[0]!.items)).toContain(DRAFT_MARK);
  });

  it('marks every page of an archived plan’s deck ARCHIVED, as the organisation as it was, never as a draft', () => {
    const archived = chartDocument({ ...input(), planName: 'Before the 2026 split', planKind: 'archived' });
    for (const page of archived.pages) {
      const shown = texts(page.items);
      expect(shown, `page ${page.number}`).toContain(ARCHIVED_MARK);
      expect(shown, `page ${page.number}`).not.toContain(DRAFT_MARK);
      expect(shown.join(' '), `page ${page.number}`).toContain('the organisation as it was, not as it is now');
      expect(shown.join(' '), `page ${page.number}`).not.toContain('draft');
    }
    expect(texts(archived.pages[0]!.items).join(' ')).toContain('Archived plan “Before the 2026 split”');
  });

  it('is sized in points for the paper and orientation chosen', () => {
    expect(doc.size).toEqual(pagePoints('A4', 'landscape'));
    expect(chartDocument(input({ paper: 'Letter', orientation: 'portrait' })).size).toEqual({ width: 612, height: 792 });
    expect(chartDocument(input({ paper: 'A3', orientation: 'portrait' })).size).toEqual({ width: 841.89, height: 1190.55 });
  });

  it.each([
    ['A4', 'landscape'], ['Letter', 'portrait'], ['A3', 'portrait'],
  ] as const)('draws everything inside the page on %s %s, and no text wider than the page’s content', (paper, orientation) => {
    const sized = chartDocument(input({ paper, orientation, groupBy: 'champion' }));
    for (const page of sized.pages) {
      for (const item of page.items) {
        if (item.kind === 'line') continue;
        expect(item.x).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
        expect(item.x).toBeLessThanOrEqual(sized.size.width - PAGE_MARGIN + 0.01);
        expect(item.y).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
        expect(item.y).toBeLessThanOrEqual(sized.size.height - PAGE_MARGIN + 0.01);
        if (item.kind === 'text') {
          const width = textWidth(item.text, item);
          const left = item.anchor === 'end' ? item.x - width : item.x;
          expect(left, item.text).toBeGreaterThanOrEqual(PAGE_MARGIN - 0.01);
          expect(left + width, item.text).toBeLessThanOrEqual(sized.size.width - PAGE_MARGIN + 0.01);
        }
      }
    }
    expect(contentBox(sized.size).y).toBeGreaterThan(PAGE_MARGIN);
  });

  it('never draws one text over another on any page', () => {
    for (const page of [...doc.pages, ...chartDocument(input({ paper: 'Letter', orientation: 'portrait', groupBy: 'champion' })).pages]) {
      expect(textOverlaps(page.items), `page ${page.number}`).toEqual([]);
    }
  });

  it('makes only the chart or only team pages (after the cover) when asked', () => {
    expect(chartDocument(input({ teamPages: false })).pages.map((p) => p.kind).filter((k) => k !== 'overview')).toEqual(['cover']);
    expect(chartDocument(input({ overview: false })).pages.filter((p) => p.kind === 'team')).toHaveLength(20);
  });

  it('orders team pages by group when grouped, and says so under the title', () => {
    const grouped = chartDocument(input({ groupBy: 'champion' }));
    const names = grouped.pages.filter((p) => p.kind === 'team').map((p) => p.subtitle);
    expect(names.slice(0, 10).every((n) => Number(n.slice(-2)) % 2 === 1)).toBe(true);
    expect(texts(grouped.pages.find((p) => p.kind === 'overview')!.items)).toContain('Organisation chart · 20 teams · grouped by executive champion');
  });

  it('still makes a chart page when no team is chosen, saying so', () => {
    const empty = chartDocument({ ...input({ teamPages: false }), cards: [] });
    expect(empty.pages.map((p) => p.kind)).toEqual(['cover', 'overview']);
    expect(texts(empty.pages[1]!.items)).toContain('Organisation chart · no teams chosen');
  });
});

describe('chartDocument: the one-page overview', () => {
  it('puts every team, by name, on one page, scaled to fit, with the figures and a legend', () => {
    for (const paper of ['A3', 'A4'] as const) {
      const doc = chartDocument(input({ preset: 'onePage', paper, groupBy: 'champion' }));
      expect(doc.pages).toHaveLength(1);
      const shown = texts(doc.pages[0]!.items);
      for (const card of cards) expect(shown).toContain(card.name);
      expect(shown.join(' ')).toContain('20 teams');
      expect(shown).toContain('healthy');
      for (const item of doc.pages[0]!.items) {
        if (item.kind === 'text') expect(item.x + (item.anchor === 'end' ? 0 : textWidth(item.text, item))).toBeLessThanOrEqual(doc.size.width - PAGE_MARGIN + 0.01);
        if (item.kind === 'box') expect(item.y + item.height).toBeLessThanOrEqual(doc.size.height - PAGE_MARGIN + 0.01);
      }
    }
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-11-16', '16 November 2026'],
    ['2027-01-01', '1 January 2027'],
    ['2026-12-31', '31 December 2026'],
  ])('%s → %s', (day, words) => expect(formatLongDate(day)).toBe(words));
});

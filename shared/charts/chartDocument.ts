import { isolateBidi } from '../bidi';
import type { DateOnly } from '../model';
import type { ChartCardContent } from './chartCard';
import { groupCards } from './chartGroups';
import type { ChartGrouping, ChartPrintOptions } from './chartOptions';
import { line, text, translate, type DrawItem } from './drawing';
import { headingItems, paginateOverview } from './overviewPages';
import { contentBox, FOOTER_HEIGHT, PAGE_MARGIN, pagePoints, type Size } from './paper';
import { layoutTeamPages } from './teamPages';
import { textWidth, truncateText } from './textMetrics';

export interface PrintPage {
  /** 1-based, in document order. */
  number: number;
  kind: 'overview' | 'team';
  /** Under the title: "Overview · 12 teams" or the team's name. */
  subtitle: string;
  /** Everything on the page, header and footer included, in points from the page's top left. */
  items: DrawItem[];
}

export interface ChartDocument {
  /** Page size in points. */
  size: Size;
  pages: PrintPage[];
  /** The team ids in the order their cards and pages appear. */
  teamIds: string[];
}

export interface ChartDocumentInput {
  /** The chosen teams' cards (see chartCards), in name order. */
  cards: readonly ChartCardContent[];
  options: Pick<ChartPrintOptions, 'paper' | 'orientation' | 'overview' | 'teamPages' | 'title' | 'groupBy'>;
  planName: string;
  date: DateOnly;
  /** The OKR period team pages show ("Q4 2026"); null leaves objectives off. */
  periodName: string | null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-11-16 → "16 November 2026". */
export function formatLongDate(day: DateOnly): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const GROUPING_WORDS: Record<ChartGrouping, string> = { none: '', champion: ' · grouped by executive champion', department: ' · grouped by department' };

/** Title, plan and date at the top; the page's place in the document at the bottom. */
export function pageFrameItems(size: Size, frame: { title: string; planName: string; date: DateOnly; subtitle: string; number: number; total: number }): DrawItem[] {
  const left = PAGE_MARGIN;
  const right = size.width - PAGE_MARGIN;
  const titleFont = { size: 13, weight: 700 } as const;
  const metaFont = { size: 8.5, weight: 400 } as const;
  const planName = isolateBidi(frame.planName);
  const meta = `${planName} · ${formatLongDate(frame.date)}`;
  const metaWidth = Math.min(textWidth(meta, metaFont), (right - left) * 0.45);
  const footerY = size.height - PAGE_MARGIN - FOOTER_HEIGHT;
  const pageLabel = `Page ${frame.number} of ${frame.total}`;
  return [
    text(left, PAGE_MARGIN + 13, truncateText(frame.title, right - left - metaWidth - 16, titleFont), titleFont.size, titleFont.weight, 'text'),
    text(right, PAGE_MARGIN + 13, truncateText(meta, metaWidth, metaFont), metaFont.size, metaFont.weight, 'muted', 'end'),
    text(left, PAGE_MARGIN + 26, truncateText(frame.subtitle, right - left, metaFont), metaFont.size, metaFont.weight, 'muted'),
    line(left, PAGE_MARGIN + 32, right, PAGE_MARGIN + 32, 'strong'),
    line(left, footerY + 6, right, footerY + 6, 'rule'),
    text(left, footerY + 17, truncateText(`${isolateBidi(frame.title)} · ${planName}`, right - left - 90, { size: 7.5, weight: 400 }), 7.5, 400, 'muted'),
    text(right, footerY + 17, pageLabel, 7.5, 500, 'text', 'end'),
  ];
}

/**
 * The whole printed chart, page by page: overview pages first (when chosen), then one page per
 * team (when chosen) in the same order as the overview. Page count and page numbers are known
 * before anything is printed, so the footer's "Page n of N" is exact in every print path.
 */
export function chartDocument(input: ChartDocumentInput): ChartDocument {
  const size = pagePoints(input.options.paper, input.options.orientation);
  const area = contentBox(size);
  const groups = groupCards(input.cards, input.options.groupBy);
  const ordered = groups.flatMap((g) => g.cards);
  const bodies: Omit<PrintPage, 'number'>[] = [];
  if (input.options.overview) {
    const teams = `${ordered.length} ${ordered.length === 1 ? 'team' : 'teams'}`;
    const overview = paginateOverview(groups, area, { objectives: input.periodName === null ? 'none' : 'summary' });
    for (const page of overview) {
      bodies.push({
        kind: 'overview',
        subtitle: `Overview · ${teams}${GROUPING_WORDS[input.options.groupBy]}`,
        items: [...page.headings.flatMap(headingItems), ...page.cards.flatMap((p) => translate(p.card.items, p.x, p.y))],
      });
    }
    if (overview.length === 0) bodies.push({ kind: 'overview', subtitle: 'Overview · no teams', items: [] });
  }
  if (input.options.teamPages) {
    for (const card of ordered) {
      for (const items of layoutTeamPages(card, area, { periodName: input.periodName })) {
        bodies.push({ kind: 'team', subtitle: `Team · ${card.name}`, items });
      }
    }
  }
  const total = bodies.length;
  const frame = { title: input.options.title, planName: input.planName, date: input.date };
  return {
    size,
    teamIds: ordered.map((c) => c.teamId),
    pages: bodies.map((body, index) => ({
      ...body,
      number: index + 1,
      items: [...pageFrameItems(size, { ...frame, subtitle: body.subtitle, number: index + 1, total }), ...body.items],
    })),
  };
}

import { isolateBidi } from '../bidi';
import type { DateOnly, PlanKind } from '../model';
import type { ChartCardContent } from './chartCard';
import { groupCards, groupingSuffix } from './chartGroups';
import type { ChartPrintOptions } from './chartOptions';
import { orgSummary, type OrgSummary } from './chartSummary';
import { coverItems } from './coverPage';
import { contentsPages, type ContentsEntry } from './contentsPages';
import { box, line, text, translate, type DrawItem } from './drawing';
import { onePageItems } from './onePageOverview';
import { headingItems, paginateOverview } from './overviewPages';
import { contentBox, FOOTER_HEIGHT, PAGE_MARGIN, pagePoints, type Size } from './paper';
import { layoutTeamPages } from './teamPages';
import { textWidth, truncateText, type FontSpec } from './textMetrics';

export type PrintPageKind = 'cover' | 'contents' | 'overview' | 'team' | 'onePage';

export interface PrintPage {
  /** 1-based, in document order. */
  number: number;
  kind: PrintPageKind;
  /** Under the title: "Organisation chart · 12 teams" or the team's name. */
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
  summary: OrgSummary;
}

export interface ChartDocumentInput {
  /** The chosen teams' cards (see chartCards), in name order. */
  cards: readonly ChartCardContent[];
  options: Pick<ChartPrintOptions, 'paper' | 'orientation' | 'overview' | 'teamPages' | 'title' | 'groupBy'> & Partial<Pick<ChartPrintOptions, 'preset'>>;
  planName: string;
  /** A draft plan's every page says DRAFT; the live plan's name is never printed (it is not a name people use). */
  planKind?: PlanKind;
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


export const DRAFT_MARK = 'DRAFT';
export const ARCHIVED_MARK = 'ARCHIVED';

/** How a page says it is not the live organisation: a proposal (draft) or how it was (archived). */
const NOT_LIVE = {
  draft: { mark: DRAFT_MARK, plan: 'Draft plan', footer: 'a draft plan, not the live organisation', tone: 'fail' },
  archived: { mark: ARCHIVED_MARK, plan: 'Archived plan', footer: 'the organisation as it was, not as it is now', tone: 'warn' },
} as const;

export interface PageFrame {
  title: string;
  date: DateOnly;
  subtitle: string;
  number: number;
  total: number;
  /** The draft or archived plan's name, or null for the live organisation. */
  draftName: string | null;
  /** Which of the two it is (a draft when not said). */
  planKind?: 'draft' | 'archived';
  /** A cover has its own title: only the footer (and a draft's mark) are drawn. */
  cover?: boolean;
}

/** The largest size (down to 7 pt) at which `value` fits in `width`; cut only when even that is too wide. */
function fitted(value: string, width: number, font: FontSpec): { text: string; size: number } {
  for (let size = font.size; size >= 7; size -= 0.5) {
    if (textWidth(value, { size, weight: font.weight }) <= width) return { text: value, size };
  }
  return { text: truncateText(value, width, { size: 7, weight: font.weight }), size: 7 };
}

/**
 * Title and date at the top; the section under them; the page's place in the document at the
 * bottom. A draft plan's pages carry a DRAFT mark and the draft's name in the header and say it is
 * not the live organisation in the footer, so a page on its own can never be mistaken for the
 * real organisation. Drawn here, not by a browser's header and footer, so every print path agrees.
 */
export function pageFrameItems(size: Size, frame: PageFrame): DrawItem[] {
  const left = PAGE_MARGIN;
  const right = size.width - PAGE_MARGIN;
  const metaFont = { size: 8.5, weight: 400 } as const;
  const draftName = frame.draftName === null ? null : isolateBidi(frame.draftName);
  const notLive = NOT_LIVE[frame.planKind ?? 'draft'];
  const meta = draftName === null ? formatLongDate(frame.date) : `${notLive.plan}: ${draftName} · ${formatLongDate(frame.date)}`;
  const metaWidth = Math.min(textWidth(meta, metaFont), (right - left) * 0.45);
  const markWidth = draftName === null ? 0 : textWidth(notLive.mark, { size: 9, weight: 700 }) + 12;
  const title = fitted(frame.title, right - left - metaWidth - markWidth - 24, { size: 13, weight: 700 });
  const footerY = size.height - PAGE_MARGIN - FOOTER_HEIGHT;
  const pageLabel = `Page ${frame.number} of ${frame.total}`;
  const header: DrawItem[] = [
    text(left, PAGE_MARGIN + 13, title.text, title.size, 700, 'text'),
    text(right, PAGE_MARGIN + 13, truncateText(meta, metaWidth, metaFont), metaFont.size, metaFont.weight, draftName === null ? 'muted' : notLive.tone, 'end'),
    text(left, PAGE_MARGIN + 26, truncateText(frame.subtitle, right - left, metaFont), metaFont.size, metaFont.weight, 'muted'),
    line(left, PAGE_MARGIN + 32, right, PAGE_MARGIN + 32, 'strong'),
  ];
  const items: DrawItem[] = [...(frame.cover ? [] : header), line(left, footerY + 6, right, footerY + 6, 'rule'), text(right, footerY + 17, pageLabel, 7.5, 500, 'text', 'end')];
  const footerLeft = draftName === null ? `${frame.title} · ${formatLongDate(frame.date)}` : `${notLive.mark}: ${notLive.footer} · ${frame.title}`;
  items.push(text(left, footerY + 17, truncateText(footerLeft, right - left - 90, { size: 7.5, weight: 400 }), 7.5, draftName === null ? 400 : 600, draftName === null ? 'muted' : notLive.tone));
  if (draftName !== null) {
    const x = frame.cover ? right - markWidth : right - metaWidth - markWidth - 8;
    items.push(box(x, PAGE_MARGIN + 2, markWidth, 15, notLive.tone, { radius: 3 }), text(x + 6, PAGE_MARGIN + 13, notLive.mark, 9, 700, notLive.tone));
  }
  return items;
}

type Body = Omit<PrintPage, 'number'>;

function overviewBodies(input: ChartDocumentInput, area: ReturnType<typeof contentBox>): Body[] {
  const groups = groupCards(input.cards, input.options.groupBy);
  const count = input.cards.length;
  const subtitle = `Organisation chart · ${count.toLocaleString('en-GB')} ${count === 1 ? 'team' : 'teams'}${groupingSuffix(input.options.groupBy, input.cards)}`;
  const pages = paginateOverview(groups, area, { objectives: input.periodName === null ? 'none' : 'summary' });
  if (pages.length === 0) return [{ kind: 'overview', subtitle: 'Organisation chart · no teams chosen', items: [] }];
  return pages.map((page) => ({
    kind: 'overview',
    subtitle,
    items: [...page.frames, ...page.lines, ...page.headings.flatMap(headingItems), ...page.cards.flatMap((p) => translate(p.card.items, p.x, p.y))],
  }));
}

/** Contents pages are added when a deck is longer than this. */
export const CONTENTS_FROM_PAGES = 16;

/**
 * The whole printed chart, page by page. A deck: a cover (title, date, the organisation's figures
 * and a legend), contents when the deck is long, the organisation chart's pages, then one page
 * per team in the chart's order. A one-page overview: the org chart on one sheet. Page count and
 * page numbers are known before anything is printed, so "Page n of N" and the contents are exact
 * in every print path.
 */
export function chartDocument(input: ChartDocumentInput): ChartDocument {
  const size = pagePoints(input.options.paper, input.options.orientation);
  const area = contentBox(size);
  const groups = groupCards(input.cards, input.options.groupBy);
  const ordered = groups.flatMap((g) => g.cards);
  const summary = orgSummary(ordered);
  const planKind = input.planKind === 'draft' || input.planKind === 'archived' ? input.planKind : undefined;
  const draftName = planKind ? input.planName : null;
  const frameOf = (body: Body, number: number, total: number) =>
    pageFrameItems(size, { title: input.options.title, date: input.date, subtitle: body.subtitle, number, total, draftName, planKind, cover: body.kind === 'cover' });

  if (input.options.preset === 'onePage') {
    const body: Body = { kind: 'onePage', subtitle: `Organisation chart on one page${groupingSuffix(input.options.groupBy, input.cards)}`, items: onePageItems(groups, summary, area) };
    return { size, teamIds: ordered.map((c) => c.teamId), summary, pages: [{ ...body, number: 1, items: [...frameOf(body, 1, 1), ...body.items] }] };
  }

  const chart = input.options.overview ? overviewBodies(input, area) : [];
  const teamBodies: { teamId: string; name: string; bodies: Body[] }[] = input.options.teamPages
    ? ordered.map((card) => ({
        teamId: card.teamId,
        name: card.name,
        bodies: layoutTeamPages(card, area, { periodName: input.periodName }).map((items) => ({ kind: 'team' as const, subtitle: `Team · ${card.name}`, items })),
      }))
    : [];
  const bodyCount = 1 + chart.length + teamBodies.reduce((sum, t) => sum + t.bodies.length, 0);

  // Contents: page numbers depend on how many pages the contents take, which does not depend on the numbers.
  const entries = (offset: number): ContentsEntry[] => {
    const list: ContentsEntry[] = [];
    let page = 2 + offset;
    if (chart.length > 0) list.push({ label: 'Organisation chart', page, level: 0 });
    page += chart.length;
    if (teamBodies.length > 0) list.push({ label: 'Team pages', page, level: 0 });
    for (const team of teamBodies) {
      list.push({ label: team.name, page, level: 1 });
      page += team.bodies.length;
    }
    return list;
  };
  const wantsContents = bodyCount > CONTENTS_FROM_PAGES;
  const contentsCount = wantsContents ? contentsPages(entries(0), area).length : 0;
  const contents: Body[] = wantsContents ? contentsPages(entries(contentsCount), area).map((items) => ({ kind: 'contents', subtitle: 'Contents', items })) : [];
  const sections = entries(contentsCount).filter((e) => e.level === 0);
  const cover: Body = {
    kind: 'cover',
    subtitle: 'Cover',
    items: coverItems({ area, title: input.options.title, date: formatLongDate(input.date), draftName, planKind, summary, sections, groupBy: input.options.groupBy, contentsPages: contentsCount, cards: ordered }),
  };
  const bodies = [cover, ...contents, ...chart, ...teamBodies.flatMap((t) => t.bodies)];
  const total = bodies.length;
  return {
    size,
    summary,
    teamIds: ordered.map((c) => c.teamId),
    pages: bodies.map((body, index) => ({ ...body, number: index + 1, items: [...frameOf(body, index + 1, total), ...body.items] })),
  };
}

import type { TeamType } from '../model/design';
import type { Verdict } from '../rules';
import { groupingWords } from './chartGroups';
import type { ChartGrouping } from './chartOptions';
import { fteText, type OrgSummary } from './chartSummary';
import type { ChartCardContent } from './chartCard';
import type { ContentsEntry } from './contentsPages';
import { chartTeamTypes, typeDefinition, typeGlyph } from './typeLegend';
import { box, line, text, type DrawItem, type TextTone } from './drawing';
import type { Rect } from './paper';
import { textWidth, wrapText, type FontSpec } from './textMetrics';

export interface CoverInput {
  area: Rect;
  title: string;
  /** "16 November 2026" */
  date: string;
  draftName: string | null;
  /** Whether that plan is a draft (the default) or archived. */
  planKind?: 'draft' | 'archived';
  summary: OrgSummary;
  /** The deck's sections and their first pages. */
  sections: ContentsEntry[];
  groupBy: ChartGrouping;
  contentsPages: number;
  /** The charted teams' types and groups: the legend explains the types present, the contents name the group level. */
  cards?: readonly Pick<ChartCardContent, 'teamType' | 'groupLevel'>[];
}

const FONT = {
  title: { size: 28, weight: 700 },
  date: { size: 13, weight: 400 },
  figure: { size: 20, weight: 700 },
  figureLabel: { size: 8.5, weight: 500 },
  heading: { size: 10.5, weight: 700 },
  body: { size: 8.5, weight: 400 },
  pill: { size: 6.5, weight: 600 },
} as const satisfies Record<string, FontSpec>;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const n = (value: number) => value.toLocaleString('en-GB');

function lines(value: string, x: number, y: number, width: number, font: FontSpec, lineHeight: number, tone: TextTone): { items: DrawItem[]; height: number } {
  const wrapped = wrapText(value, width, font);
  return { items: wrapped.map((l, i) => text(x, y + i * lineHeight + lineHeight * 0.75, l, font.size, font.weight, tone)), height: wrapped.length * lineHeight };
}

function pill(x: number, y: number, label: string, tone: Verdict): { items: DrawItem[]; width: number } {
  const width = textWidth(label, FONT.pill) + 8;
  return { width, items: [box(x, y, width, 11, tone, { radius: 5.5 }), text(x + 4, y + 8, label, FONT.pill.size, FONT.pill.weight, tone)] };
}

/** What each mark on the chart means: drawn with the same marks the cards use. */
function legendRows(x: number, y: number, width: number, types: readonly TeamType[]): { items: DrawItem[]; height: number } {
  const glyphWidth = 150;
  const rows: { glyph: (gx: number, gy: number) => DrawItem[]; words: string }[] = [
    {
      glyph: (gx, gy) => {
        const a = pill(gx, gy, 'Healthy', 'pass');
        const b = pill(gx + a.width + 3, gy, 'Needs attention', 'warn');
        const c = pill(gx + a.width + b.width + 6, gy, 'Failing', 'fail');
        return [...a.items, ...b.items, ...c.items];
      },
      words: 'The team’s health: every check passes, at least one check warns, or at least one fails. Each team’s page explains every finding and suggests a fix.',
    },
    {
      glyph: (gx, gy) => [box(gx, gy + 3, 40, 4, 'passStrong'), box(gx + 45, gy + 3, 40, 4, 'warnStrong'), box(gx + 90, gy + 3, 40, 4, 'failStrong')],
      words: 'The bar along the top of a card has the colour of its health, so a page shows at a glance where attention is needed.',
    },
    {
      glyph: (gx, gy) => pill(gx, gy, 'Two-pizza: getting large', 'warn').items,
      words: 'Team size against the two-pizza limits (headcount and full-time equivalents): fits, getting large, too large or too small.',
    },
    {
      glyph: (gx, gy) => [box(gx, gy, 130, 12, 'shared', { radius: 2, dashed: true }), text(gx + 4, gy + 8.5, 'Shared · also on Billing', 6.5, 500, 'accent')],
      words: 'A person who also works on the teams named: drawn once on each of their teams. On screen a dotted line joins their teams.',
    },
    {
      glyph: (gx, gy) => [line(gx + 4, gy - 2, gx + 4, gy + 12, 'connector'), line(gx + 4, gy + 6, gx + 14, gy + 6, 'connector'), box(gx + 14, gy, 40, 12, 'card', { radius: 2 })],
      words: 'Teams hang from the line of their group (executive champion, department or team group) when the chart is grouped; each group sits in a frame under its name.',
    },
    ...types.map((type) => ({ glyph: (gx: number, gy: number) => typeGlyph(type, gx, gy), words: typeDefinition(type) })),
    {
      glyph: (gx, gy) => [box(gx, gy + 3, 100, 5, 'track', { radius: 2.5 }), box(gx, gy + 3, 55, 5, 'progress', { radius: 2.5 }), box(gx + 70, gy + 1.5, 1.2, 8, 'expected')],
      words: 'Progress of an objective or key result; the dark mark is the progress expected by today.',
    },
    {
      glyph: (gx, gy) => [text(gx, gy + 9, 'Continued, part 2', 7.5, 600, 'muted')],
      words: 'A card too tall for the rest of a column continues in the next one; its name is repeated.',
    },
  ];
  const items: DrawItem[] = [];
  let top = y;
  for (const row of rows) {
    const words = lines(row.words, x + glyphWidth + 10, top, width - glyphWidth - 10, FONT.body, 11, 'text');
    items.push(...row.glyph(x, top + 1), ...words.items);
    top += Math.max(16, words.height) + 6;
  }
  return { items, height: top - y };
}

/** The cover of a deck: title, date, the organisation's figures, what is in the deck and how to read it. */
export function coverItems(input: CoverInput): DrawItem[] {
  const { area, summary } = input;
  const items: DrawItem[] = [];
  let y = area.y + 16;
  const title = lines(input.title, area.x, y, area.width * 0.85, FONT.title, 34, 'text');
  items.push(...title.items);
  y += title.height + 4;
  items.push(text(area.x, y + 12, input.date, FONT.date.size, FONT.date.weight, 'muted'));
  y += 20;
  if (input.draftName !== null) {
    const draft =
      input.planKind === 'archived'
        ? lines(`Archived plan “${input.draftName}”: the organisation as it was, not as it is now.`, area.x, y, area.width, { size: 11, weight: 600 }, 15, 'warn')
        : lines(`Draft plan “${input.draftName}”: a proposal, not the live organisation.`, area.x, y, area.width, { size: 11, weight: 600 }, 15, 'fail');
    items.push(...draft.items);
    y += draft.height;
  }
  y += 14;

  const figures: { value: string; label: string; tone: TextTone }[] = [
    { value: n(summary.teams), label: summary.teams === 1 ? 'team' : 'teams', tone: 'text' },
    { value: n(summary.passing), label: 'healthy', tone: 'pass' },
    { value: n(summary.attention), label: summary.attention === 1 ? 'needs attention' : 'need attention', tone: 'warn' },
    { value: n(summary.failing), label: 'failing', tone: 'fail' },
    { value: n(summary.people), label: summary.people === 1 ? 'person' : 'people', tone: 'text' },
    { value: fteText(summary.fte), label: 'FTE (full-time equivalents)', tone: 'text' },
    { value: percent(summary.businessShare), label: `business share (${n(summary.businessPeople)} of ${n(summary.people)} people from the business)`, tone: 'accent' },
  ];
  const perRow = area.width >= 700 ? 7 : 4;
  const gap = 8;
  const tileWidth = (area.width - (perRow - 1) * gap) / perRow;
  const labelLines = Math.max(...figures.map((f) => wrapText(f.label, tileWidth - 16, FONT.figureLabel).length));
  const tileHeight = 40 + labelLines * 10.5;
  figures.forEach((figure, index) => {
    const x = area.x + (index % perRow) * (tileWidth + gap);
    const top = y + Math.floor(index / perRow) * (tileHeight + gap);
    items.push(box(x, top, tileWidth, tileHeight, 'neutral', { radius: 4 }), text(x + 8, top + 26, figure.value, FONT.figure.size, FONT.figure.weight, figure.tone));
    items.push(...lines(figure.label, x + 8, top + 32, tileWidth - 16, FONT.figureLabel, 10.5, 'muted').items);
  });
  y += Math.ceil(figures.length / perRow) * (tileHeight + gap) + 14;

  const columnGap = 24;
  const twoColumns = area.width >= 700;
  const leftWidth = twoColumns ? area.width * 0.3 : area.width;
  items.push(text(area.x, y + 12, 'In this document', FONT.heading.size, FONT.heading.weight, 'text'), line(area.x, y + 17, area.x + leftWidth, y + 17, 'strong'));
  let listY = y + 24;
  const inDocument = [
    ...(input.contentsPages > 0 ? [`Contents: page 2${input.contentsPages > 1 ? `–${1 + input.contentsPages}` : ''}`] : []),
    ...input.sections.map((s) => `${s.label}: from page ${s.page}`),
    ...(input.groupBy === 'none' ? [] : [`Teams are ${groupingWords(input.groupBy, input.cards ?? [])}.`]),
  ];
  for (const entry of inDocument) {
    const block = lines(entry, area.x, listY, leftWidth, FONT.body, 12, 'text');
    items.push(...block.items);
    listY += block.height + 2;
  }
  const legendX = twoColumns ? area.x + leftWidth + columnGap : area.x;
  const legendY = twoColumns ? y : listY + 12;
  const legendWidth = twoColumns ? area.width - leftWidth - columnGap : area.width;
  items.push(text(legendX, legendY + 12, 'How to read the chart', FONT.heading.size, FONT.heading.weight, 'text'), line(legendX, legendY + 17, legendX + legendWidth, legendY + 17, 'strong'));
  items.push(...legendRows(legendX, legendY + 26, legendWidth, chartTeamTypes(input.cards ?? [])).items);
  return items;
}

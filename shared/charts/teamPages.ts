import { formatFte, type Verdict } from '../rules';
import { percentText } from './cardLayout';
import type { ChartCardContent, ChartRoleGroup, ChartTeamObjective } from './chartCard';
import { box, line, text, translate, type DrawItem, type TextTone } from './drawing';
import { flowRows, type FlowRow } from './flow';
import type { Rect } from './paper';
import { textWidth, wrapText, type FontSpec } from './textMetrics';

const FONT = {
  title: { size: 18, weight: 700 },
  pill: { size: 8, weight: 600 },
  facts: { size: 9, weight: 400 },
  mission: { size: 10.5, weight: 400 },
  section: { size: 10.5, weight: 700 },
  columnHead: { size: 7.5, weight: 600 },
  cell: { size: 9, weight: 400 },
  cellStrong: { size: 9, weight: 600 },
  note: { size: 7.5, weight: 500 },
  findingTitle: { size: 9.5, weight: 600 },
  body: { size: 8.5, weight: 400 },
  objective: { size: 9.5, weight: 600 },
  keyResult: { size: 8.5, weight: 400 },
  status: { size: 8.5, weight: 600 },
  continued: { size: 12, weight: 700 },
} as const satisfies Record<string, FontSpec>;

const baseline = (lineHeight: number, size: number) => (lineHeight + size * 0.72) / 2;
const VERDICT_WORDS: Record<Verdict, string> = { pass: 'Healthy', warn: 'Needs attention', fail: 'Failing' };
const SEVERITY_WORDS = { fail: 'Fail', warn: 'Warning', info: 'Note' } as const;
const STATUS_TONES: Record<string, TextTone> = { onTrack: 'pass', done: 'pass', atRisk: 'warn', offTrack: 'fail', missed: 'fail' };

function textRows(value: string, width: number, font: FontSpec, lineHeight: number, tone: TextTone, x = 0, maxLines?: number): FlowRow[] {
  return wrapText(value, width - x, font, maxLines).map((l) => ({
    height: lineHeight,
    items: [text(x, baseline(lineHeight, font.size), l, font.size, font.weight, tone)],
  }));
}

function spacer(height: number): FlowRow {
  return { height, items: [] };
}

function sectionHeading(title: string, width: number): FlowRow {
  return {
    height: 24,
    keepWithNext: true,
    items: [text(0, 15, title, FONT.section.size, FONT.section.weight, 'text'), line(0, 20, width, 20, 'strong')],
  };
}

function pills(content: ChartCardContent): FlowRow {
  const items: DrawItem[] = [];
  let x = 0;
  for (const p of [
    { label: VERDICT_WORDS[content.verdict], tone: content.verdict },
    { label: content.twoPizza.label, tone: content.twoPizza.verdict },
  ]) {
    const width = textWidth(p.label, FONT.pill) + 12;
    items.push(box(x, 3, width, 14, p.tone, { radius: 7 }), text(x + 6, 3 + baseline(14, FONT.pill.size), p.label, FONT.pill.size, FONT.pill.weight, p.tone));
    x += width + 6;
  }
  return { height: 22, items };
}

function headRows(content: ChartCardContent, width: number): FlowRow[] {
  // The head spans the whole page, above the columns.
  const facts = [
    `${content.headcount} ${content.headcount === 1 ? 'person' : 'people'} · ${formatFte(content.fte)} FTE`,
    content.service ? `Owns: ${content.service}` : '',
    content.championName ? `Executive champion: ${content.championName}` : '',
    content.departmentName ? `Department: ${content.departmentName}` : '',
  ].filter(Boolean);
  return [
    ...textRows(content.name, width, FONT.title, 23, 'text'),
    pills(content),
    ...textRows(facts.join(' · '), width, FONT.facts, 12.5, 'muted'),
    spacer(4),
    ...textRows(content.mission, width, FONT.mission, 14, 'text'),
    spacer(6),
  ];
}

interface Columns {
  role: number;
  name: number;
  /** null in a narrow column, which leaves the title out. */
  title: number | null;
  /** Allocations are right-aligned here, ALLOCATION_WIDTH wide. */
  allocationEnd: number;
  alsoOn: number;
  end: number;
}

/** Narrower than this, the members table has no title column. */
const WIDE_TABLE = 480;
/** Room for "ALLOCATION" (the widest thing in that column) and a gap before it. */
const ALLOCATION_WIDTH = 50;

function columns(width: number): Columns {
  if (width < WIDE_TABLE) return { role: 0, name: width * 0.28, title: null, allocationEnd: width * 0.66 - 10, alsoOn: width * 0.66, end: width };
  return { role: 0, name: width * 0.19, title: width * 0.43, allocationEnd: width * 0.745 - 10, alsoOn: width * 0.745, end: width };
}

function memberHeader(c: Columns): FlowRow {
  const head = (x: number, label: string, anchor?: 'end') => text(x, 11, label, FONT.columnHead.size, FONT.columnHead.weight, 'muted', anchor);
  return {
    height: 16,
    keepWithNext: true,
    items: [
      head(c.role, 'ROLE'),
      head(c.name, 'NAME'),
      ...(c.title === null ? [] : [head(c.title, 'TITLE')]),
      head(c.allocationEnd, 'ALLOCATION', 'end'),
      head(c.alsoOn, 'SHARED WITH'),
      line(0, 15, c.end, 15, 'rule'),
    ],
  };
}

const ROW = 14;
const CELL_LINE = 11;

function memberRows(group: ChartRoleGroup, c: Columns): FlowRow[] {
  // Cells wrap rather than cut: every name is printed whole.
  const cell = (x: number, width: number, value: string, font: FontSpec, tone: TextTone) =>
    wrapText(value, width - 6, font).map((l, i) => text(x, i * CELL_LINE + baseline(ROW, font.size), l, font.size, font.weight, tone));
  const lines = (items: DrawItem[]) => items.length;
  const roleCell = () => cell(c.role, c.name - c.role, group.roleName, FONT.cellStrong, 'text');
  if (group.missing) {
    const role = roleCell();
    const note = cell(c.name, c.end - c.name, 'Nobody yet: this role is required.', FONT.cellStrong, 'fail');
    const height = ROW + (Math.max(lines(role), lines(note)) - 1) * CELL_LINE + 2;
    return [{ height, items: [...role, ...note, line(0, height - 0.5, c.end, height - 0.5, 'rule')] }];
  }
  return group.members.map((member, index) => {
    const shared = member.alsoOn.length > 0;
    const alsoOn = shared ? wrapText(`Shared: ${member.alsoOn.join(', ')}`, c.end - c.alsoOn - 4, FONT.note) : ['—'];
    const allocationStart = c.allocationEnd - ALLOCATION_WIDTH;
    const role = index === 0 ? roleCell() : [];
    const name = cell(c.name, (c.title ?? allocationStart) - c.name, member.name, FONT.cell, 'text');
    const title = c.title === null ? [] : cell(c.title, allocationStart - c.title, member.title, FONT.cell, 'muted');
    const textLines = Math.max(lines(role), lines(name), lines(title), 1);
    const height = Math.max(ROW + (textLines - 1) * CELL_LINE, alsoOn.length * 10 + 4) + 2;
    const items: DrawItem[] = [];
    if (shared) items.push(box(c.alsoOn - 3, 1, c.end - c.alsoOn + 3, height - 3, 'shared', { radius: 2, dashed: true }));
    items.push(...role, ...name, ...title);
    items.push(text(c.allocationEnd, baseline(ROW, FONT.cell.size), `${member.allocation}%`, FONT.cell.size, 500, 'text', 'end'));
    alsoOn.forEach((l, i) => items.push(text(c.alsoOn, 2 + i * 10 + baseline(10, FONT.note.size), l, FONT.note.size, FONT.note.weight, shared ? 'accent' : 'muted')));
    const last = index === group.members.length - 1;
    items.push(line(last ? 0 : c.name, height - 0.5, c.end, height - 0.5, 'rule'));
    return { height, items };
  });
}

function findingRows(content: ChartCardContent, width: number): FlowRow[] {
  // Every finding in full, the two-pizza size findings first (the badge on the card only names them).
  const findings = [...content.sizeFindings, ...content.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'fail' ? -1 : b.severity === 'fail' ? 1 : 0));
  if (findings.length === 0) return textRows('No findings: this team passes every check.', width, FONT.body, 13, 'pass');
  return findings.flatMap((finding) => {
    const tone: TextTone = finding.severity === 'fail' ? 'fail' : finding.severity === 'warn' ? 'warn' : 'muted';
    const label = `${SEVERITY_WORDS[finding.severity]}: `;
    const labelWidth = textWidth(label, FONT.findingTitle);
    const titleLines = wrapText(finding.title, width - labelWidth, FONT.findingTitle);
    const title: FlowRow = {
      height: 14 * titleLines.length,
      keepWithNext: true,
      items: [
        text(0, baseline(14, FONT.findingTitle.size), label, FONT.findingTitle.size, FONT.findingTitle.weight, tone),
        ...titleLines.map((l, i) => text(labelWidth, i * 14 + baseline(14, FONT.findingTitle.size), l, FONT.findingTitle.size, FONT.findingTitle.weight, 'text')),
      ],
    };
    return [
      title,
      ...textRows(finding.explanation, width, FONT.body, 11.5, 'text', 10),
      ...(finding.fix ? textRows(`Suggested fix: ${finding.fix}`, width, FONT.body, 11.5, 'muted', 10) : []),
      spacer(6),
    ];
  });
}

const clamp = (share: number) => Math.max(0, Math.min(1, share));

/** A progress bar with a mark at the progress expected by today. */
function progressBar(x: number, y: number, width: number, progress: number, expected: number): DrawItem[] {
  const mark = x + clamp(expected) * width;
  return [
    box(x, y, width, 5, 'track', { radius: 2.5 }),
    box(x, y, clamp(progress) * width, 5, 'progress', { radius: 2.5 }),
    box(mark - 0.6, y - 1.5, 1.2, 8, 'expected'),
  ];
}

function objectiveRows(objective: ChartTeamObjective, width: number): FlowRow[] {
  const status = objective.progress === null ? objective.statusText : `${percentText(objective.progress)} · ${objective.statusText}`;
  const tone = STATUS_TONES[objective.label ?? ''] ?? 'muted';
  const meta = [
    objective.sharedWith.length > 0 ? `Shared with ${objective.sharedWith.join(', ')}` : 'Owned by this team alone',
    objective.kind === 'aspirational' ? 'Aspirational' : 'Committed',
    objective.staleSummary,
  ].filter(Boolean);
  const barWidth = Math.min(140, width * 0.25);
  const statusX = width - barWidth - 10;
  const titleLines = wrapText(objective.title, statusX - textWidth(status, FONT.status) - 10, FONT.objective);
  const head: FlowRow = {
    height: titleLines.length * 13 + 2,
    keepWithNext: true,
    items: [
      ...titleLines.map((l, i) => text(0, i * 13 + baseline(13, FONT.objective.size), l, FONT.objective.size, FONT.objective.weight, 'text')),
      ...(objective.progress === null ? [] : progressBar(width - barWidth, 4, barWidth, objective.progress, objective.expected)),
      text(statusX, baseline(13, FONT.status.size), status, FONT.status.size, FONT.status.weight, tone, 'end'),
    ],
  };
  const keyResults: FlowRow[] = objective.keyResults.map((kr) => {
    const krStatus = `${percentText(kr.progress)} · ${kr.statusText}`;
    const krLines = wrapText(`• ${kr.title}`, statusX - 18 - textWidth(krStatus, { size: FONT.keyResult.size, weight: 500 }), FONT.keyResult);
    return {
      height: 12.5 + (krLines.length - 1) * 11,
      items: [
        ...krLines.map((l, i) => text(10, i * 11 + baseline(12.5, FONT.keyResult.size), l, FONT.keyResult.size, FONT.keyResult.weight, 'text')),
        ...progressBar(width - barWidth, 4.5, barWidth, kr.progress, objective.expected),
        text(statusX, baseline(12.5, FONT.keyResult.size), krStatus, FONT.keyResult.size, 500, STATUS_TONES[kr.label] ?? 'muted', 'end'),
      ],
    };
  });
  return [head, ...textRows(meta.join(' · '), width, FONT.note, 11, objective.sharedWith.length > 0 ? 'accent' : 'muted'), ...keyResults, spacer(8)];
}

export interface TeamPageOptions {
  /** "Q4 2026": the period whose objectives are shown; null hides the objectives section. */
  periodName: string | null;
}

/** Pages at least this wide (landscape) set a team's detail in two columns. */
const TWO_COLUMNS_FROM = 700;
const COLUMN_GAP = 24;

/**
 * A team's full-detail page(s): the head across the page (name, badges, facts, mission), then
 * members by role with whom they are shared with, health findings in full, and the period's
 * objectives with progress and status of each key result, in two columns on a landscape page.
 * Normally one page; content that does not fit continues on the next page under
 * "<team> (continued)", split only between rows (see flowRows).
 */
export function layoutTeamPages(content: ChartCardContent, area: Rect, options: TeamPageOptions): DrawItem[][] {
  const columnCount = area.width >= TWO_COLUMNS_FROM ? 2 : 1;
  const width = (area.width - (columnCount - 1) * COLUMN_GAP) / columnCount;
  const c = columns(width);
  const head = headRows(content, area.width);
  const headHeight = head.reduce((sum, r) => sum + r.height, 0);
  const rows: FlowRow[] = [sectionHeading('Members by role', width)];
  if (content.roleGroups.length === 0) rows.push(...textRows('No members yet.', width, FONT.body, 13, 'muted'));
  else rows.push(memberHeader(c), ...content.roleGroups.flatMap((g) => memberRows(g, c)));
  rows.push(spacer(10), sectionHeading('Health findings', width), spacer(2), ...findingRows(content, width));
  if (options.periodName !== null) {
    // On a two-column page the objectives have the right-hand column to themselves.
    rows.push(spacer(6), { ...sectionHeading(`Objectives · ${options.periodName}`, width), breakBefore: columnCount > 1 }, spacer(2));
    const first = content.objectives[0];
    if (!first) rows.push(...textRows(`No objectives for ${options.periodName}.`, width, FONT.body, 13, 'muted'));
    else {
      const legend = `Bars show progress; their mark shows the progress expected by now (${percentText(first.expected)} of the period).`;
      rows.push(...textRows(legend, width, FONT.note, 11, 'muted'), spacer(4), ...content.objectives.flatMap((o) => objectiveRows(o, width)));
    }
  }
  const continuation = (): FlowRow[] => [
    ...textRows(`${content.name} (continued)`, area.width, FONT.continued, 20, 'text'),
    spacer(6),
  ];
  const pages = flowRows(rows, { pageHeight: area.height, columns: columnCount, columnWidth: width, gap: COLUMN_GAP, firstPageTop: headHeight }, continuation);
  const headItems = flowRows(head, area.height, () => [])[0] ?? [];
  pages[0] = [...headItems, ...(pages[0] ?? [])];
  return pages.map((items) => translate(items, area.x, area.y));
}

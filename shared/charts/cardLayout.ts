import { formatFte, type Verdict } from '../rules';
import type { ChartCardContent, ChartRoleGroup } from './chartCard';
import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';
import { box, line, text, translate, typeShape, type BoxTone, type DrawItem, type TextTone } from './drawing';
import { textWidth, wrapText, type FontSpec } from './textMetrics';

/** How a card shows objectives: each on a line (screen), one summary line (overview pages), or not at all. */
export type CardObjectives = 'list' | 'summary' | 'none';

export interface CardLayoutOptions {
  objectives: CardObjectives;
  /**
   * The tallest a card may be (a page's content height). A taller card is split at a line into
   * parts that each fit, see layoutCard.
   */
  maxHeight: number;
  /** The tallest the first part may be (the room left in a page's column); maxHeight when absent. */
  firstMaxHeight?: number;
}

/** One card, or one part of a card too tall for a page, drawn at (0, 0). */
export interface CardDrawing {
  teamId: string;
  name: string;
  /** 1-based; parts > 1 continue the team's card and say so in their title. */
  part: number;
  parts: number;
  width: number;
  height: number;
  items: DrawItem[];
  /** Where each person's line is (its vertical middle, from the card's top): the ends of shared-people links. */
  anchors: { personId: string; y: number }[];
}

export const PADDING = 8;
const ACCENT = 3;

const FONT = {
  name: { size: 10.5, weight: 700 },
  pill: { size: 6.5, weight: 600 },
  meta: { size: 7.5, weight: 400 },
  mission: { size: 7.5, weight: 400 },
  role: { size: 6.5, weight: 600 },
  member: { size: 7.5, weight: 400 },
  allocation: { size: 7.5, weight: 500 },
  sharedNote: { size: 6.5, weight: 500 },
  finding: { size: 7, weight: 400 },
  findingLabel: { size: 7, weight: 600 },
  heading: { size: 6.5, weight: 700 },
  objective: { size: 7, weight: 400 },
  objectiveStatus: { size: 7, weight: 600 },
} as const satisfies Record<string, FontSpec>;

const LINE = { name: 13, meta: 9.5, mission: 9.2, role: 8, member: 9.8, sharedNote: 8, finding: 9, heading: 10, objective: 10 };
const PILL_HEIGHT = 11;
const PILL_PADDING = 4;
/** A team type's shape beside its name in the badge row, in the board badge's 20 × 14 proportions. */
const TYPE_SHAPE = { width: 14, height: 9.8 };
const MAX_LISTED_OBJECTIVES = 3;

/** Text baseline within a line box: about 3/4 down, as browsers set Inter. */
const baseline = (lineHeight: number, size: number) => (lineHeight + size * 0.72) / 2;

interface Row {
  height: number;
  items: DrawItem[];
  /** Drawn at the top of this row when it is the first row of a continued part (a role name). */
  continuedLabel?: DrawItem[];
  /** The first row of a role group, which draws the role name itself. */
  groupStart?: boolean;
  /** The person this row shows (a member line). */
  personId?: string;
}

const VERDICT_WORDS: Record<Verdict, string> = { pass: 'Healthy', warn: 'Needs attention', fail: 'Failing' };
const SEVERITY_WORDS = { fail: 'Fail', warn: 'Warning', info: 'Note' } as const;

export function percentText(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function sizeText(content: Pick<ChartCardContent, 'headcount' | 'fte'>): string {
  return `${content.headcount} ${content.headcount === 1 ? 'person' : 'people'} · ${formatFte(content.fte)} FTE`;
}

function pill(x: number, y: number, label: string, tone: Verdict): { items: DrawItem[]; width: number } {
  const width = textWidth(label, FONT.pill) + 2 * PILL_PADDING;
  const textTone: TextTone = tone;
  return {
    width,
    items: [box(x, y, width, PILL_HEIGHT, tone, { radius: PILL_HEIGHT / 2 }), text(x + PILL_PADDING, y + baseline(PILL_HEIGHT, FONT.pill.size), label, FONT.pill.size, FONT.pill.weight, textTone)],
  };
}

function headRows(content: ChartCardContent, inner: number, options: CardLayoutOptions): Row[] {
  const rows: Row[] = [];
  for (const nameLine of wrapText(content.name, inner, FONT.name)) {
    rows.push({ height: LINE.name, items: [text(0, baseline(LINE.name, FONT.name.size), nameLine, FONT.name.size, FONT.name.weight, 'text')] });
  }
  // Badges: the team's type (its shape and name), health verdict and two-pizza, each in words; wrapped onto a second row when narrow.
  const badges: { width: number; draw: (x: number) => DrawItem[] }[] = [];
  if (content.teamType) {
    const type = content.teamType;
    const label = TEAM_TYPE_INFO[type].label;
    badges.push({
      width: TYPE_SHAPE.width + 3 + textWidth(label, FONT.pill),
      draw: (x) => [typeShape(x, 2 + (PILL_HEIGHT - TYPE_SHAPE.height) / 2, TYPE_SHAPE.width, TYPE_SHAPE.height, type), text(x + TYPE_SHAPE.width + 3, 2 + baseline(PILL_HEIGHT, FONT.pill.size), label, FONT.pill.size, FONT.pill.weight, 'text')],
    });
  }
  for (const p of [
    { label: VERDICT_WORDS[content.verdict], tone: content.verdict },
    { label: content.twoPizza.label, tone: content.twoPizza.verdict },
  ]) {
    badges.push({ width: textWidth(p.label, FONT.pill) + 2 * PILL_PADDING, draw: (x) => pill(x, 2, p.label, p.tone).items });
  }
  let x = 0;
  let pillRow: DrawItem[] = [];
  for (const badge of badges) {
    if (x > 0 && x + badge.width > inner) {
      rows.push({ height: PILL_HEIGHT + 3, items: pillRow });
      pillRow = [];
      x = 0;
    }
    pillRow.push(...badge.draw(x));
    x += badge.width + 4;
  }
  rows.push({ height: PILL_HEIGHT + 3, items: pillRow });
  const meta = (value: string, tone: TextTone = 'muted') =>
    wrapText(value, inner, FONT.meta).map((l) => ({ height: LINE.meta, items: [text(0, baseline(LINE.meta, FONT.meta.size), l, FONT.meta.size, FONT.meta.weight, tone)] }));
  const okrs = options.objectives === 'summary' && content.objectives.length > 0 ? ` · ${objectiveSummary(content)}` : '';
  rows.push(...meta(`${sizeText(content)}${okrs}`, 'text'));
  if (content.service) rows.push(...meta(`Owns: ${content.service}`));
  for (const missionLine of wrapText(content.mission, inner, FONT.mission)) {
    rows.push({ height: LINE.mission, items: [text(0, baseline(LINE.mission, FONT.mission.size), missionLine, FONT.mission.size, FONT.mission.weight, 'muted')] });
  }
  return rows;
}

/** "2 objectives (1 shared)": what an overview card says about OKRs (team pages say the rest). */
export function objectiveSummary(content: Pick<ChartCardContent, 'objectives'>): string {
  const total = content.objectives.length;
  const shared = content.objectives.filter((o) => o.sharedWith.length > 0).length;
  const noun = total === 1 ? 'objective' : 'objectives';
  return `${total} ${noun}${shared > 0 ? ` (${shared} shared)` : ''}`;
}

function separator(inner: number): Row {
  return { height: 7, items: [line(0, 3.5, inner, 3.5, 'rule')] };
}

function roleRows(group: ChartRoleGroup, inner: number): Row[] {
  const roleColumn = Math.round(inner * 0.3);
  const membersX = roleColumn + 6;
  const membersWidth = inner - membersX;
  const allocationWidth = 22;
  const nameWidth = membersWidth - allocationWidth - 4;
  const labelLines = wrapText(group.roleName, roleColumn, FONT.role);
  const label = labelLines.map((l, i) => text(0, i * LINE.role + baseline(LINE.member, FONT.role.size), l, FONT.role.size, FONT.role.weight, 'muted'));
  const continuedLabel = [text(0, baseline(LINE.member, FONT.role.size), labelLines[0] ?? '', FONT.role.size, FONT.role.weight, 'muted')];
  const labelHeight = (labelLines.length - 1) * LINE.role + LINE.member;
  const rows: Row[] = [];
  if (group.missing) {
    rows.push({ height: labelHeight, groupStart: true, items: [...label, text(membersX, baseline(LINE.member, FONT.member.size), 'Nobody yet (required)', FONT.member.size, 600, 'fail')] });
  }
  group.members.forEach((member, index) => {
    const shared = member.alsoOn.length > 0;
    // Names and shared notes wrap rather than being cut: a printed chart never hides part of a name.
    const nameLines = wrapText(member.name, nameWidth - (shared ? 2 : 0), FONT.member);
    const noteLines = shared ? wrapText(`Shared · also on ${member.alsoOn.join(', ')}`, membersWidth - 6, FONT.sharedNote) : [];
    const nameHeight = LINE.member + (nameLines.length - 1) * (LINE.member - 1.5);
    const height = nameHeight + noteLines.length * LINE.sharedNote;
    const items: DrawItem[] = [];
    if (shared) items.push(box(membersX - 2, 0.5, membersWidth + 2, height - 1, 'shared', { radius: 2, dashed: true }));
    nameLines.forEach((l, i) => items.push(text(membersX, i * (LINE.member - 1.5) + baseline(LINE.member, FONT.member.size), l, FONT.member.size, FONT.member.weight, 'text')));
    items.push(text(inner - (shared ? 2 : 0), baseline(LINE.member, FONT.allocation.size), `${member.allocation}%`, FONT.allocation.size, FONT.allocation.weight, 'muted', 'end'));
    noteLines.forEach((note, i) =>
      items.push(text(membersX, nameHeight + i * LINE.sharedNote + baseline(LINE.sharedNote, FONT.sharedNote.size) - 1.5, note, FONT.sharedNote.size, FONT.sharedNote.weight, 'accent')),
    );
    const groupStart = index === 0 && !group.missing;
    if (groupStart) items.unshift(...label);
    rows.push({ height, items, continuedLabel, groupStart, ...(member.personId ? { personId: member.personId } : {}) });
  });
  // A role name on two lines next to a single member needs the room of the second line.
  const first = rows[0];
  const groupHeight = rows.reduce((sum, r) => sum + r.height, 0);
  if (first && groupHeight < labelHeight) rows[rows.length - 1]!.height += labelHeight - groupHeight;
  rows[rows.length - 1]!.height += 2;
  return rows;
}

function findingRows(content: ChartCardContent, inner: number): Row[] {
  return content.findings.map((finding) => {
    const label = `${SEVERITY_WORDS[finding.severity]}:`;
    const labelWidth = textWidth(`${label} `, FONT.findingLabel);
    const lines = wrapText(finding.title, inner - labelWidth, FONT.finding);
    const tone: TextTone = finding.severity === 'fail' ? 'fail' : finding.severity === 'warn' ? 'warn' : 'muted';
    const items: DrawItem[] = [text(0, baseline(LINE.finding, FONT.finding.size), label, FONT.findingLabel.size, FONT.findingLabel.weight, tone)];
    lines.forEach((l, i) => items.push(text(labelWidth, i * LINE.finding + baseline(LINE.finding, FONT.finding.size), l, FONT.finding.size, FONT.finding.weight, 'text')));
    return { height: lines.length * LINE.finding, items };
  });
}

const STATUS_TONES: Record<string, TextTone> = { onTrack: 'pass', done: 'pass', atRisk: 'warn', offTrack: 'fail', missed: 'fail' };

function objectiveRows(content: ChartCardContent, inner: number): Row[] {
  if (content.objectives.length === 0) return [];
  const rows: Row[] = [{ height: LINE.heading, items: [text(0, baseline(LINE.heading, FONT.heading.size), 'OBJECTIVES', FONT.heading.size, FONT.heading.weight, 'muted')] }];
  for (const objective of content.objectives.slice(0, MAX_LISTED_OBJECTIVES)) {
    const status = objective.progress === null ? objective.statusText : `${percentText(objective.progress)} · ${objective.statusText}`;
    const statusWidth = textWidth(status, FONT.objectiveStatus);
    const title = `${objective.sharedWith.length > 0 ? 'Shared: ' : ''}${objective.title}`;
    const lines = wrapText(title, inner - statusWidth - 6, FONT.objective);
    rows.push({
      height: lines.length * (LINE.objective - 1) + 1,
      items: [
        ...lines.map((l, i) => text(0, i * (LINE.objective - 1) + baseline(LINE.objective, FONT.objective.size), l, FONT.objective.size, FONT.objective.weight, 'text')),
        text(inner, baseline(LINE.objective, FONT.objective.size), status, FONT.objectiveStatus.size, FONT.objectiveStatus.weight, STATUS_TONES[objective.label ?? ''] ?? 'muted', 'end'),
      ],
    });
  }
  const more = content.objectives.length - MAX_LISTED_OBJECTIVES;
  if (more > 0) rows.push({ height: LINE.objective, items: [text(0, baseline(LINE.objective, FONT.objective.size), `and ${more} more`, FONT.objective.size, 400, 'muted')] });
  return rows;
}

function bodyRows(content: ChartCardContent, inner: number, options: CardLayoutOptions): Row[] {
  const rows: Row[] = [];
  if (content.roleGroups.length > 0) {
    rows.push(separator(inner));
    for (const group of content.roleGroups) rows.push(...roleRows(group, inner));
  }
  const findings = findingRows(content, inner);
  if (findings.length > 0) rows.push(separator(inner), ...findings);
  if (options.objectives === 'list') {
    const objectives = objectiveRows(content, inner);
    if (objectives.length > 0) rows.push(separator(inner), ...objectives);
  }
  return rows;
}

const CONTINUATION_HEAD_ROWS = 2;

function continuationHead(content: ChartCardContent, inner: number, part: number): Row[] {
  const nameLines = wrapText(content.name, inner, FONT.name);
  const metaLines = wrapText(`Continued, part ${part} · ${sizeText(content)}`, inner, FONT.meta);
  return [
    {
      height: LINE.name * nameLines.length,
      items: nameLines.map((l, i) => text(0, i * LINE.name + baseline(LINE.name, FONT.name.size), l, FONT.name.size, FONT.name.weight, 'text')),
    },
    {
      height: LINE.meta * metaLines.length,
      items: metaLines.map((l, i) => text(0, i * LINE.meta + baseline(LINE.meta, FONT.meta.size), l, FONT.meta.size, 600, 'muted')),
    },
  ];
}

const heightOf = (rows: readonly Row[]) => rows.reduce((sum, r) => sum + r.height, 0);
const FRAME = ACCENT + 2 * PADDING;

function frame(width: number, height: number, verdict: Verdict, continued: boolean): DrawItem[] {
  const accent: BoxTone = `${verdict}Strong`;
  return [box(0, 0, width, height, 'card', { radius: 4, dashed: continued }), box(0, 0, width, ACCENT, accent, { radius: 1.5 })];
}

function assemble(content: ChartCardContent, width: number, rows: readonly Row[], part: number, parts: number): CardDrawing {
  const height = FRAME + heightOf(rows);
  const items: DrawItem[] = frame(width, height, content.verdict, part > 1);
  const anchors: CardDrawing['anchors'] = [];
  let y = ACCENT + PADDING;
  // A continued part's first line repeats its role's name (the continuation head has two rows).
  const firstBodyRow = part > 1 ? CONTINUATION_HEAD_ROWS : -1;
  rows.forEach((row, index) => {
    const label = index === firstBodyRow && !row.groupStart ? (row.continuedLabel ?? []) : [];
    items.push(...translate([...label, ...row.items], PADDING, y));
    if (row.personId) anchors.push({ personId: row.personId, y: y + LINE.member / 2 });
    y += row.height;
  });
  return { teamId: content.teamId, name: content.name, part, parts, width, height, items, anchors };
}

/**
 * A team's card at `width`. The rule for a card taller than `maxHeight` (one page): it is split
 * between two lines (never inside one) into parts that each fit; the first part carries the full
 * head (name, badges, size, mission); later parts repeat the name, say "Continued, part n", have a
 * dashed outline and repeat the role name on their first member line. Nothing is ever cut by the
 * printer, and every name is drawn once.
 */
export function layoutCard(content: ChartCardContent, width: number, options: CardLayoutOptions): CardDrawing[] {
  const inner = width - 2 * PADDING;
  const head = headRows(content, inner, options);
  const body = bodyRows(content, inner, options);
  const firstMax = options.firstMaxHeight ?? options.maxHeight;
  if (FRAME + heightOf(head) + heightOf(body) <= firstMax) {
    return [assemble(content, width, [...head, ...body], 1, 1)];
  }
  const partsRows: Row[][] = [];
  let current: Row[] = [...head];
  for (const row of body) {
    const room = (partsRows.length === 0 ? firstMax : options.maxHeight) - FRAME - heightOf(current);
    const onlyHead = current.length === (partsRows.length === 0 ? head.length : CONTINUATION_HEAD_ROWS);
    if (row.height > room && !onlyHead) {
      partsRows.push(current);
      current = continuationHead(content, inner, partsRows.length + 1);
    }
    current.push(row);
  }
  partsRows.push(current);
  return partsRows.map((rows, index) => assemble(content, width, rows, index + 1, partsRows.length));
}

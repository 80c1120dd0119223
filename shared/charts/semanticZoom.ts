import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';
import { formatFte, type Verdict } from '../rules';
import { box, text, typeShape, type BoxTone, type DrawItem } from './drawing';
import { NODE_FONT, ROOT_NODE, type OrgGroupNode, type OrgRootNode, type OrgTeamNode } from './orgTree';
import { wrapText, type FontSpec } from './textMetrics';

/**
 * Semantic zoom: what a node of the on-screen chart shows depends on how large it is drawn, so no
 * text is ever smaller than READABLE_PX on screen. Zoomed in, a team is its full card (members by
 * role); further out, its name, size and verdict in large type; further still, its name alone;
 * at the smallest scales, a box in its verdict's colour. Scales are screen pixels per point.
 */
export type ZoomLevel = 'members' | 'summary' | 'names' | 'shapes';

export const READABLE_PX = 8;
/** The smallest type of a full card (role names, badges, shared notes), in points. */
export const CARD_MIN_FONT = 6.5;
const SUMMARY_FONT = { name: { size: 24, weight: 700 }, line: { size: 18, weight: 500 } } as const satisfies Record<string, FontSpec>;
const NAMES_FONT = { size: 30, weight: 700 } as const satisfies FontSpec;

/** The smallest scale at which each level's smallest text is still READABLE_PX. */
export const LEVEL_MIN_SCALE: Record<Exclude<ZoomLevel, 'shapes'>, number> = {
  members: READABLE_PX / CARD_MIN_FONT,
  summary: READABLE_PX / SUMMARY_FONT.line.size,
  names: READABLE_PX / NAMES_FONT.size,
};

export function zoomLevelFor(scale: number): ZoomLevel {
  if (scale >= LEVEL_MIN_SCALE.members) return 'members';
  if (scale >= LEVEL_MIN_SCALE.summary) return 'summary';
  if (scale >= LEVEL_MIN_SCALE.names) return 'names';
  return 'shapes';
}

/** The smallest text size (points) readable at `scale`: the screen leaves out anything smaller. */
export function minReadableSize(scale: number): number {
  return READABLE_PX / scale;
}

const VERDICT_WORDS: Record<Verdict, string> = { pass: 'Healthy', warn: 'Needs attention', fail: 'Failing' };
const PAD = 10;

function stack(lines: { text: string; font: FontSpec; lineHeight: number; tone: 'text' | 'muted' | Verdict }[], x: number, y: number): DrawItem[] {
  let top = y;
  return lines.map((l) => {
    top += l.lineHeight;
    return text(x, top - l.lineHeight * 0.25, l.text, l.font.size, l.font.weight, l.tone);
  });
}

/** A team's box at `level`, drawn at (0, 0): the card's outline and verdict bar, then what the level shows. */
export function teamNodeItems(node: OrgTeamNode, level: ZoomLevel): DrawItem[] {
  if (level === 'members') return node.card.items;
  const frame = node.card.items.slice(0, 2);
  const inner = node.width - 2 * PAD;
  const room = node.height - 2 * PAD - 4;
  if (level === 'shapes') {
    const fill: BoxTone = node.facts.verdict;
    return [{ ...frame[0]!, ...{ tone: fill } } as DrawItem, frame[1]!];
  }
  if (level === 'names') {
    const lines = wrapText(node.facts.name, inner, NAMES_FONT, Math.max(1, Math.floor((room - (node.facts.teamType ? TYPE_CORNER.height + 4 : 0)) / (NAMES_FONT.size * 1.15))));
    return [...frame, ...stack(lines.map((l) => ({ text: l, font: NAMES_FONT, lineHeight: NAMES_FONT.size * 1.15, tone: 'text' as const })), PAD, PAD + 2), ...typeCorner(node)];
  }
  const facts = [
    { text: `${node.facts.headcount} ${node.facts.headcount === 1 ? 'person' : 'people'} · ${formatFte(node.facts.fte)} FTE`, tone: 'muted' as const },
    { text: VERDICT_WORDS[node.facts.verdict], tone: node.facts.verdict },
    { text: node.facts.twoPizza.label, tone: node.facts.twoPizza.verdict },
  ].flatMap((f) => wrapText(f.text, inner, SUMMARY_FONT.line).map((l) => ({ text: l, font: SUMMARY_FONT.line, lineHeight: 22, tone: f.tone })));
  const nameRoom = Math.max(30, room - facts.length * 22);
  const name = wrapText(node.facts.name, inner, SUMMARY_FONT.name, Math.max(1, Math.floor(nameRoom / 29))).map((l) => ({ text: l, font: SUMMARY_FONT.name, lineHeight: 29, tone: 'text' as const }));
  const lines = [...name, ...facts];
  let used = 0;
  const fitting = lines.filter((l) => (used += l.lineHeight) <= room + 0.01);
  // The team's type on its own line under the facts: its shape and name, when there is room.
  const type = node.facts.teamType;
  const typeLine: DrawItem[] =
    type && used + 24 <= room + 0.01
      ? [typeShape(PAD, PAD + 2 + used + 4, 20, 14, type), text(PAD + 26, PAD + 2 + used + 16.5, TEAM_TYPE_INFO[type].label, SUMMARY_FONT.line.size, 500, 'text')]
      : [];
  return [...frame, ...stack(fitting, PAD, PAD + 2), ...typeLine];
}

/** Zoomed far out, a typed team's shape in its box's bottom right corner, large enough to see at that scale. */
const TYPE_CORNER = { width: 40, height: 28 };
function typeCorner(node: OrgTeamNode): DrawItem[] {
  return node.facts.teamType ? [typeShape(node.width - PAD - TYPE_CORNER.width, node.height - PAD - TYPE_CORNER.height, TYPE_CORNER.width, TYPE_CORNER.height, node.facts.teamType)] : [];
}

function nodeFrame(width: number, height: number, tone: BoxTone): DrawItem[] {
  return [box(0, 0, width, height, tone, { radius: 6 })];
}

/** A group's box: its title and summary, larger type as the chart gets smaller. */
export function groupNodeItems(node: OrgGroupNode, level: ZoomLevel): DrawItem[] {
  const inner = node.width - 2 * PAD;
  const items = nodeFrame(node.width, node.height, 'card');
  const summaryText = node.collapsed ? `${node.teamCount} ${node.teamCount === 1 ? 'team' : 'teams'} hidden · ${node.summary}` : node.summary;
  if (level === 'members' || level === 'summary') {
    // A long group name ("Value stream: Customer journey") takes a third line before it is ever cut.
    const title = wrapText(node.title, inner, NODE_FONT.groupTitle, 3);
    const summary = wrapText(summaryText, inner, NODE_FONT.groupSummary, title.length > 2 ? 1 : title.length > 1 ? 2 : 3);
    return [
      ...items,
      ...stack(
        [
          ...title.map((t) => ({ text: t, font: NODE_FONT.groupTitle, lineHeight: 22, tone: 'text' as const })),
          ...summary.map((t) => ({ text: t, font: NODE_FONT.groupSummary, lineHeight: 19, tone: 'muted' as const })),
        ],
        PAD,
        PAD,
      ),
    ];
  }
  const font = { size: level === 'names' ? 30 : 60, weight: 700 } as const;
  const lines = wrapText(node.title.replace(/^[^:]+: /, ''), inner, font, level === 'names' ? 2 : 1);
  return [...items, ...stack(lines.map((t) => ({ text: t, font, lineHeight: font.size * 1.1, tone: 'text' as const })), PAD, 2)];
}

export function rootNodeItems(node: OrgRootNode, level: ZoomLevel): DrawItem[] {
  const inner = ROOT_NODE.width - 2 * PAD;
  const items = [...nodeFrame(node.width, node.height, 'card'), box(0, 0, node.width, 4, 'expected', { radius: 2 })];
  if (level === 'members' || level === 'summary') {
    const title = wrapText(node.title, inner, NODE_FONT.rootTitle, 1);
    const summary = wrapText(node.summary, inner, NODE_FONT.rootSummary, 2);
    return [
      ...items,
      ...stack(
        [
          ...title.map((t) => ({ text: t, font: NODE_FONT.rootTitle, lineHeight: 28, tone: 'text' as const })),
          ...summary.map((t) => ({ text: t, font: NODE_FONT.rootSummary, lineHeight: 20, tone: 'muted' as const })),
        ],
        PAD,
        PAD,
      ),
    ];
  }
  const font = { size: level === 'names' ? 34 : 60, weight: 700 } as const;
  return [...items, ...stack(wrapText(node.title, inner, font, 1).map((t) => ({ text: t, font, lineHeight: font.size * 1.1, tone: 'text' as const })), PAD, 4)];
}

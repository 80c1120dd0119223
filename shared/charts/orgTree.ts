import { hierarchy, tree } from 'd3-hierarchy';
import type { TeamType } from '../model/design';
import type { Verdict } from '../rules';
import type { CardDrawing } from './cardLayout';
import type { ChartCardContent, TwoPizzaBadge } from './chartCard';
import type { ChartGroup } from './chartGroups';
import { box, line, type DrawItem, type LineItem } from './drawing';
import { wrapText, type FontSpec } from './textMetrics';

/**
 * The org chart as a tree: the organisation at the top, its groups (executive champion,
 * department, or any later grouping) below, each group's teams below that, with the lines of an
 * org chart joining them. d3-hierarchy's tidy tree places the groups (so a deeper hierarchy of
 * groups later lays out the same way); each group's teams hang in columns from a line on their
 * left (the usual compact form for many leaves), with as many columns as give the whole chart
 * the shape of its screen or page. Every box's size comes from its drawing, so nothing overlaps.
 */

export interface TeamFacts {
  name: string;
  verdict: Verdict;
  headcount: number;
  fte: number;
  twoPizza: TwoPizzaBadge;
  teamType: TeamType | null;
}

interface NodeBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OrgRootNode extends NodeBox {
  kind: 'org';
  title: string;
  summary: string;
}

export interface OrgGroupNode extends NodeBox {
  kind: 'group';
  groupKey: string;
  title: string;
  summary: string;
  teamCount: number;
  collapsed: boolean;
}

export interface OrgTeamNode extends NodeBox {
  kind: 'team';
  teamId: string;
  groupKey: string;
  card: CardDrawing;
  facts: TeamFacts;
}

export interface Point {
  x: number;
  y: number;
}

/** The dotted line between two teams that share a person, from their line on one card to the other. */
export interface SharedLink {
  personId: string;
  points: Point[];
}

/** The frame around a group's box and its teams, drawn behind them (the group's box is its label). */
export interface GroupFrame {
  key: string;
  groupKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OrgChart {
  width: number;
  height: number;
  root: OrgRootNode;
  /** One per group when the chart is grouped. */
  frames: GroupFrame[];
  /** Empty when the chart is not grouped (teams hang from the organisation). */
  groups: OrgGroupNode[];
  teams: OrgTeamNode[];
  connectors: LineItem[];
  sharedLinks: SharedLink[];
}

export interface OrgChartInput {
  groups: readonly ChartGroup[];
  title: string;
  /** "12 teams · 90 people · 85.5 FTE" */
  summary: string;
  /** Each team's drawing at `teamWidth` (the full card on screen, its name only on a one-page overview). */
  teamDrawing: (content: ChartCardContent) => CardDrawing;
  teamWidth: number;
  /** Groups shown without their teams. */
  collapsed?: ReadonlySet<string>;
  /** The shape wanted, width / height (a screen, a page); 16 / 10 by default. */
  aspect?: number;
  /** Width of a group's box; GROUP_NODE.width by default. */
  groupWidth?: number;
}

const MARGIN = 24;
const LEVEL_GAP = 36;
const GROUP_GAP = 40;
const COLUMN_GAP = 24;
/** Each column's cards sit right of the line they hang from. */
export const TREE_BUS_INDENT = 16;
const BUS_X = 6;
const TICK_Y = 14;
const CARD_GAP = 12;
/** How far a group's frame reaches out around its box and teams (under half of GROUP_GAP and of MARGIN). */
export const FRAME_PAD = 12;
export const GROUP_NODE = { width: 260, height: 100 };
export const ROOT_NODE = { width: 320, height: 84 };
export const NODE_FONT = {
  rootTitle: { size: 22, weight: 700 },
  rootSummary: { size: 16, weight: 400 },
  groupTitle: { size: 18, weight: 700 },
  groupSummary: { size: 15, weight: 400 },
} as const satisfies Record<string, FontSpec>;

interface Block {
  group: ChartGroup;
  node: boolean;
  collapsed: boolean;
  cards: CardDrawing[];
  contents: ChartCardContent[];
  /** Card indexes per column. */
  columns: number[][];
  width: number;
  height: number;
}

function columnsOf(heights: readonly number[], limit: number): number[][] {
  const columns: number[][] = [];
  let current: number[] = [];
  let used = 0;
  heights.forEach((height, index) => {
    if (current.length > 0 && used + height > limit) {
      columns.push(current);
      current = [];
      used = 0;
    }
    current.push(index);
    used += height + CARD_GAP;
  });
  if (current.length > 0) columns.push(current);
  return columns;
}

function shapeBlock(block: Block, limit: number, teamWidth: number, groupWidth: number): void {
  const heights = block.cards.map((c) => c.height);
  block.columns = block.collapsed ? [] : columnsOf(heights, limit);
  const k = block.columns.length;
  const stack = block.columns.map((col) => col.reduce((sum, i) => sum + heights[i]! + CARD_GAP, -CARD_GAP));
  block.height = Math.max(0, ...stack);
  const teamsWidth = k === 0 ? 0 : k * (TREE_BUS_INDENT + teamWidth) + (k - 1) * COLUMN_GAP;
  block.width = Math.max(block.node ? groupWidth : 0, teamsWidth);
}

/** Column height limits worth trying: from the tallest card to everything in one column. */
function limitsToTry(blocks: readonly Block[]): number[] {
  const heights = blocks.flatMap((b) => b.cards.map((c) => c.height + CARD_GAP));
  if (heights.length === 0) return [0];
  const low = Math.max(...heights);
  const high = Math.max(low, ...blocks.map((b) => b.cards.reduce((sum, c) => sum + c.height + CARD_GAP, 0)));
  const steps = 28;
  return Array.from({ length: steps + 1 }, (_, i) => low * (high / low) ** (i / steps));
}

function groupHeadHeight(blocks: readonly Block[]): number {
  return blocks.some((b) => b.node) ? GROUP_NODE.height + LEVEL_GAP : 0;
}

function chartSize(blocks: readonly Block[]): { width: number; height: number } {
  const width = blocks.reduce((sum, b) => sum + b.width, 0) + (blocks.length - 1) * GROUP_GAP + 2 * MARGIN;
  const height = 2 * MARGIN + ROOT_NODE.height + LEVEL_GAP + groupHeadHeight(blocks) + Math.max(0, ...blocks.map((b) => b.height));
  return { width: Math.max(width, ROOT_NODE.width + 2 * MARGIN), height };
}

export function teamFacts(content: ChartCardContent): TeamFacts {
  return { name: content.name, verdict: content.verdict, headcount: content.headcount, fte: content.fte, twoPizza: content.twoPizza, teamType: content.teamType };
}

/** A group's frame as drawn: a light box with an outline. */
export function frameItems(frame: GroupFrame): DrawItem[] {
  return [box(frame.x, frame.y, frame.width, frame.height, 'frame', { radius: 8 })];
}

export function layoutOrgChart(input: OrgChartInput): OrgChart {
  const aspect = input.aspect ?? 16 / 10;
  const groupWidth = input.groupWidth ?? GROUP_NODE.width;
  const collapsed = input.collapsed ?? new Set<string>();
  const grouped = input.groups.some((g) => g.title !== '');
  const blocks: Block[] = input.groups
    .filter((g) => g.cards.length > 0)
    .map((group) => {
      const isCollapsed = grouped && collapsed.has(group.key);
      return {
        group,
        node: grouped,
        collapsed: isCollapsed,
        contents: group.cards,
        cards: isCollapsed ? [] : group.cards.map(input.teamDrawing),
        columns: [],
        width: 0,
        height: 0,
      };
    });

  // The column height that lets the whole chart fill a viewport of the wanted shape the most.
  let best = { limit: 0, score: -1 };
  for (const limit of limitsToTry(blocks)) {
    for (const block of blocks) shapeBlock(block, limit, input.teamWidth, groupWidth);
    const size = chartSize(blocks);
    const score = Math.min(aspect / size.width, 1 / size.height);
    if (score > best.score) best = { limit, score };
  }
  for (const block of blocks) shapeBlock(block, best.limit, input.teamWidth, groupWidth);

  // The tidy tree places the blocks side by side under the organisation, each as wide as it needs.
  const root = hierarchy<{ block?: Block }>({}, (d) => (d.block ? undefined : blocks.map((block) => ({ block }))));
  const widthOf = (n: { data: { block?: Block } }) => n.data.block?.width ?? ROOT_NODE.width;
  const laid = tree<{ block?: Block }>()
    .nodeSize([1, 1])
    .separation((a, b) => (widthOf(a) + widthOf(b)) / 2 + GROUP_GAP)(root);
  const children = laid.children ?? [];
  const left = Math.min(0, ...children.map((c) => c.x - widthOf(c) / 2));
  const right = Math.max(0, ...children.map((c) => c.x + widthOf(c) / 2));
  const size = chartSize(blocks);
  const offset = MARGIN - left + Math.max(0, (size.width - 2 * MARGIN - (right - left)) / 2);

  const rootNode: OrgRootNode = {
    kind: 'org',
    key: 'org',
    title: input.title,
    summary: input.summary,
    x: laid.x + offset - ROOT_NODE.width / 2,
    y: MARGIN,
    width: ROOT_NODE.width,
    height: ROOT_NODE.height,
  };
  const connectors: LineItem[] = [];
  const groups: OrgGroupNode[] = [];
  const frames: GroupFrame[] = [];
  const teams: OrgTeamNode[] = [];
  const rootBottom = rootNode.y + rootNode.height;
  const groupTop = rootBottom + LEVEL_GAP;
  const blockTop = rootBottom + LEVEL_GAP + groupHeadHeight(blocks);
  const elbow = (from: Point, toXs: number[], toY: number, midY: number) => {
    if (toXs.length === 0) return;
    connectors.push(line(from.x, from.y, from.x, midY, 'connector'));
    const xs = [from.x, ...toXs];
    connectors.push(line(Math.min(...xs), midY, Math.max(...xs), midY, 'connector'));
    for (const x of toXs) connectors.push(line(x, midY, x, toY, 'connector'));
  };
  const rootCentre = { x: rootNode.x + rootNode.width / 2, y: rootBottom };

  const groupCentres: number[] = [];
  children.forEach((child) => {
    const block = child.data.block!;
    const centre = child.x + offset;
    let parent = rootCentre;
    if (block.node) {
      const node: OrgGroupNode = {
        kind: 'group',
        key: `group:${block.group.key}`,
        groupKey: block.group.key,
        title: block.group.title,
        summary: block.group.summary,
        teamCount: block.contents.length,
        collapsed: block.collapsed,
        x: centre - groupWidth / 2,
        y: groupTop,
        width: groupWidth,
        height: GROUP_NODE.height,
      };
      groups.push(node);
      frames.push({
        key: `frame:${block.group.key}`,
        groupKey: block.group.key,
        x: centre - block.width / 2 - FRAME_PAD,
        y: groupTop - FRAME_PAD,
        width: block.width + 2 * FRAME_PAD,
        height: blockTop + block.height - groupTop + 2 * FRAME_PAD,
      });
      groupCentres.push(centre);
      parent = { x: centre, y: groupTop + GROUP_NODE.height };
    }
    const teamsWidth = block.columns.length * (TREE_BUS_INDENT + input.teamWidth) + (block.columns.length - 1) * COLUMN_GAP;
    const teamsLeft = centre - teamsWidth / 2;
    const busXs: number[] = [];
    block.columns.forEach((column, c) => {
      const columnX = teamsLeft + c * (TREE_BUS_INDENT + input.teamWidth + COLUMN_GAP);
      const busX = columnX + BUS_X;
      busXs.push(busX);
      let y = blockTop;
      let lastTick = blockTop;
      for (const index of column) {
        const card = block.cards[index]!;
        const content = block.contents[index]!;
        teams.push({
          kind: 'team',
          key: `team:${content.teamId}`,
          teamId: content.teamId,
          groupKey: block.group.key,
          card,
          facts: teamFacts(content),
          x: columnX + TREE_BUS_INDENT,
          y,
          width: card.width,
          height: card.height,
        });
        lastTick = y + TICK_Y;
        connectors.push(line(busX, lastTick, columnX + TREE_BUS_INDENT, lastTick, 'connector'));
        y += card.height + CARD_GAP;
      }
      connectors.push(line(busX, blockTop - LEVEL_GAP / 2, busX, lastTick, 'connector'));
    });
    if (busXs.length > 0) {
      const midY = blockTop - LEVEL_GAP / 2;
      connectors.push(line(parent.x, parent.y, parent.x, midY, 'connector'));
      const xs = [parent.x, ...busXs];
      connectors.push(line(Math.min(...xs), midY, Math.max(...xs), midY, 'connector'));
    }
  });
  if (groupCentres.length > 0) elbow(rootCentre, groupCentres, groupTop, rootBottom + LEVEL_GAP / 2);

  return { width: size.width, height: size.height, root: rootNode, frames, groups, teams, connectors, sharedLinks: sharedLinks(teams) };
}

/**
 * One dotted line per pair of teams a person is shared by (each team to the next of that
 * person's teams, in chart order), from the person's line on one card to their line on the other:
 * out of the facing edges of cards side by side, out of the right edges for cards in one column.
 */
export function sharedLinks(teams: readonly OrgTeamNode[]): SharedLink[] {
  const byPerson = new Map<string, { node: OrgTeamNode; y: number }[]>();
  for (const node of teams) {
    for (const anchor of node.card.anchors) {
      const list = byPerson.get(anchor.personId) ?? [];
      list.push({ node, y: node.y + anchor.y });
      byPerson.set(anchor.personId, list);
    }
  }
  const links: SharedLink[] = [];
  for (const [personId, places] of byPerson) {
    for (let i = 1; i < places.length; i++) {
      const a = places[i - 1]!;
      const b = places[i]!;
      if (a.node === b.node) continue;
      const aRight = a.node.x + a.node.width;
      const bRight = b.node.x + b.node.width;
      let points: Point[];
      if (b.node.x >= aRight) points = [{ x: aRight, y: a.y }, { x: b.node.x, y: b.y }];
      else if (a.node.x >= bRight) points = [{ x: a.node.x, y: a.y }, { x: bRight, y: b.y }];
      else {
        const out = Math.max(aRight, bRight) + COLUMN_GAP / 3;
        points = [{ x: aRight, y: a.y }, { x: out, y: a.y }, { x: out, y: b.y }, { x: bRight, y: b.y }];
      }
      links.push({ personId, points });
    }
  }
  return links;
}

/** The lines of a text wrapped at `width`, never more than fit in `height` at `lineHeight`. */
export function linesThatFit(value: string, width: number, font: FontSpec, lineHeight: number, height: number): string[] {
  const max = Math.floor(height / lineHeight);
  return max <= 0 ? [] : wrapText(value, width, font, max);
}

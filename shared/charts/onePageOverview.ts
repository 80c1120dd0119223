import type { CardDrawing } from './cardLayout';
import type { ChartCardContent } from './chartCard';
import type { ChartGroup } from './chartGroups';
import { orgSummaryLine, verdictLine, type OrgSummary } from './chartSummary';
import { box, scaleItems, text, translate, typeShape, type DrawItem } from './drawing';
import { frameItems, layoutOrgChart } from './orgTree';
import type { Rect } from './paper';
import { groupNodeItems, rootNodeItems } from './semanticZoom';
import { textWidth, wrapText } from './textMetrics';
import { chartTeamTypes } from './typeLegend';
import { TEAM_TYPE_INFO } from '../model/teamTypeInfo';

const NAME_WIDTH = 150;
const NAME_FONT = { size: 11, weight: 600 } as const;
const NAME_LINE = 13.5;

/** A team on the one-page overview: its name (wrapped, never cut) under a bar of its health's colour. */
export function nameOnlyDrawing(content: ChartCardContent): CardDrawing {
  // A typed team's shape sits at the right of its first line; the name wraps before it.
  const shapeRoom = content.teamType ? 20 : 0;
  const names = wrapText(content.name, NAME_WIDTH - 14 - shapeRoom, NAME_FONT);
  const height = 3 + 7 + names.length * NAME_LINE + 5;
  return {
    teamId: content.teamId,
    name: content.name,
    part: 1,
    parts: 1,
    width: NAME_WIDTH,
    height,
    anchors: [],
    items: [
      box(0, 0, NAME_WIDTH, height, 'card', { radius: 3 }),
      box(0, 0, NAME_WIDTH, 3, `${content.verdict}Strong`, { radius: 1.5 }),
      ...names.map((l, i) => text(7, 3 + 7 + i * NAME_LINE + 10, l, NAME_FONT.size, NAME_FONT.weight, 'text')),
      ...(content.teamType ? [typeShape(NAME_WIDTH - 7 - 16, 3 + 7 + 1, 16, 11.2, content.teamType)] : []),
    ],
  };
}

const HEAD = 30;
const LEGEND_FONT = { size: 7.5, weight: 400 } as const;

/** The one-page overview's content: the figures in one line, a legend of the bar colours, and the whole org chart scaled to fit. */
export function onePageItems(groups: readonly ChartGroup[], summary: OrgSummary, area: Rect): DrawItem[] {
  const head: DrawItem[] = [
    text(area.x, area.y + 10, `${orgSummaryLine(summary)} · ${verdictLine(summary)}`, 9, 600, 'text'),
    box(area.x, area.y + 17, 14, 4, 'passStrong'),
    text(area.x + 18, area.y + 22, 'healthy', 7.5, 400, 'muted'),
    box(area.x + 52, area.y + 17, 14, 4, 'warnStrong'),
    text(area.x + 70, area.y + 22, 'needs attention', 7.5, 400, 'muted'),
    box(area.x + 130, area.y + 17, 14, 4, 'failStrong'),
    text(area.x + 148, area.y + 22, 'failing (the bar above each team’s name)', 7.5, 400, 'muted'),
  ];
  // The team types present, by shape and name (the deck's cover gives their definitions).
  let legendX = area.x + 148 + textWidth('failing (the bar above each team’s name)', LEGEND_FONT) + 16;
  for (const type of chartTeamTypes(groups.flatMap((g) => g.cards))) {
    const label = `${TEAM_TYPE_INFO[type].label} team`;
    const width = 16 + 4 + textWidth(label, LEGEND_FONT);
    if (legendX + width > area.x + area.width) break;
    head.push(typeShape(legendX, area.y + 14, 14, 9.8, type), text(legendX + 18, area.y + 22, label, LEGEND_FONT.size, LEGEND_FONT.weight, 'muted'));
    legendX += width + 12;
  }
  const room = { x: area.x, y: area.y + HEAD, width: area.width, height: area.height - HEAD };
  if (summary.teams === 0) return [...head, text(room.x, room.y + 20, 'No teams are chosen for this chart.', 10, 400, 'muted')];
  const chart = layoutOrgChart({
    groups,
    title: 'Organisation',
    summary: orgSummaryLine(summary),
    teamDrawing: nameOnlyDrawing,
    teamWidth: NAME_WIDTH,
    groupWidth: NAME_WIDTH + 30,
    aspect: room.width / room.height,
  });
  const drawn: DrawItem[] = [
    ...chart.frames.flatMap(frameItems),
    ...chart.connectors,
    ...translate(rootNodeItems(chart.root, 'summary'), chart.root.x, chart.root.y),
    ...chart.groups.flatMap((g) => translate(groupNodeItems(g, 'summary'), g.x, g.y)),
    ...chart.teams.flatMap((t) => translate(t.card.items, t.x, t.y)),
  ];
  const scale = Math.min(room.width / chart.width, room.height / chart.height, 1.5);
  const dx = room.x + (room.width - chart.width * scale) / 2;
  return [...head, ...translate(scaleItems(drawn, scale), dx, room.y)];
}

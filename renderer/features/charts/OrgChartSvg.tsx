import { memo, useMemo, type KeyboardEvent } from 'react';
import {
  frameItems,
  groupNodeItems,
  minReadableSize,
  rootNodeItems,
  teamNodeItems,
  type DrawItem,
  type OrgChart,
  type OrgGroupNode,
  type OrgTeamNode,
  type ZoomLevel,
} from '../../../shared/charts';
import { DrawingItems } from './DrawingItems';
import { FONT_FAMILY } from './chartPalette';
import { intersects, visibleArea, type Area, type View } from './viewTransform';
import styles from './Charts.module.css';

/** Nodes this far (in screen pixels) outside the viewport are drawn too, so panning shows no gaps. */
const CULL_MARGIN_PX = 300;

/** What a search found or a presenter points at: a team, or one person's line on a team's card. */
export interface ChartHighlight {
  teamId: string;
  personId?: string;
}

/** The box drawn around a highlight, in chart points. */
export function highlightArea(chart: OrgChart, target: ChartHighlight): Area | null {
  const node = chart.teams.find((t) => t.teamId === target.teamId);
  if (!node) return null;
  const anchor = target.personId ? node.card.anchors.find((a) => a.personId === target.personId) : undefined;
  if (anchor) return { x: node.x - 3, y: node.y + anchor.y - 8, width: node.width + 6, height: 16 };
  return { x: node.x - 4, y: node.y - 4, width: node.width + 8, height: node.height + 8 };
}

/** A team at a zoom level: every level's text is readable at every scale of the level (see semanticZoom), so it needs no text filter and draws again only when the level changes. */
const TeamNode = memo(function TeamNode({ node, level, href }: { node: OrgTeamNode; level: ZoomLevel; href: string | null }) {
  const items = useMemo(() => teamNodeItems(node, level), [node, level]);
  // The full name as a tooltip: at far zoom levels a long name is hyphenated or cut with "…".
  const drawing = (
    <>
      <title>{node.facts.name}</title>
      <DrawingItems items={items} />
    </>
  );
  return (
    <g transform={`translate(${node.x} ${node.y})`} data-card={node.teamId}>
      {href ? (
        <a href={href} aria-label={node.facts.name} className={styles.cardLink}>
          {drawing}
        </a>
      ) : (
        <g role="img" aria-label={node.facts.name}>
          {drawing}
        </g>
      )}
    </g>
  );
});

const GroupNode = memo(function GroupNode({
  node,
  level,
  minTextSize,
  onToggle,
}: {
  node: OrgGroupNode;
  level: ZoomLevel;
  minTextSize: number;
  onToggle: ((groupKey: string) => void) | null;
}) {
  const items = useMemo(() => groupNodeItems(node, level), [node, level]);
  const label = `${node.title}: ${node.summary}`;
  if (!onToggle) {
    return (
      <g transform={`translate(${node.x} ${node.y})`} role="img" aria-label={label}>
        <DrawingItems items={items} minTextSize={minTextSize} />
      </g>
    );
  }
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onToggle(node.groupKey);
  };
  return (
    <g
      transform={`translate(${node.x} ${node.y})`}
      role="button"
      tabIndex={0}
      aria-expanded={!node.collapsed}
      aria-label={`${label}. ${node.collapsed ? 'Expand' : 'Collapse'} this group`}
      className={styles.groupNode}
      data-group={node.groupKey}
      onClick={() => onToggle(node.groupKey)}
      onKeyDown={onKeyDown}
    >
      <DrawingItems items={items} minTextSize={minTextSize} />
    </g>
  );
});

export interface OrgChartSvgProps {
  chart: OrgChart;
  view: View;
  viewport: { width: number; height: number };
  level: ZoomLevel;
  label: string;
  /** Each team's link (its page), or null to draw teams without links (presentation). */
  teamHref: ((teamId: string) => string) | null;
  onToggleGroup: ((groupKey: string) => void) | null;
  highlight: ChartHighlight | null;
}

/**
 * The org chart drawn as SVG at a view: connectors, the organisation, groups and teams at the
 * zoom level's detail, the dotted lines of shared people when members are shown, and a highlight.
 * Only what is near the viewport is in the DOM; text smaller than readable is left out.
 */
export function OrgChartSvg({ chart, view, viewport, level, label, teamHref, onToggleGroup, highlight }: OrgChartSvgProps) {
  const area = useMemo(() => visibleArea(view, viewport, CULL_MARGIN_PX / view.scale), [view, viewport]);
  const minTextSize = minReadableSize(view.scale);
  const teams = useMemo(() => chart.teams.filter((t) => intersects(area, t)), [chart, area]);
  // Lines are drawn whole and once per chart (not culled), so panning and zooming never redraw them.
  const links = useMemo(
    () =>
      chart.sharedLinks.flatMap((link) => {
        const segments: DrawItem[] = [];
        for (let i = 1; i < link.points.length; i++) {
          const a = link.points[i - 1]!;
          const b = link.points[i]!;
          segments.push({ kind: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, tone: 'shared', dashed: true });
        }
        return segments;
      }),
    [chart],
  );
  const root = useMemo(() => rootNodeItems(chart.root, level), [chart, level]);
  const frames = useMemo(() => chart.frames.flatMap(frameItems), [chart]);
  const marked = highlight ? highlightArea(chart, highlight) : null;
  return (
    <svg className={styles.canvas} width="100%" height="100%" fontFamily={FONT_FAMILY} textRendering="geometricPrecision" role="group" aria-label={label}>
      <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
        {frames.length > 0 ? (
          <g aria-hidden="true" data-frames="true">
            <DrawingItems items={frames} />
          </g>
        ) : null}
        <DrawingItems items={chart.connectors} />
        <g transform={`translate(${chart.root.x} ${chart.root.y})`} role="img" aria-label={`${chart.root.title}: ${chart.root.summary}`}>
          <DrawingItems items={root} minTextSize={minTextSize} />
        </g>
        {chart.groups.map((group) => (
          <GroupNode key={group.key} node={group} level={level} minTextSize={minTextSize} onToggle={onToggleGroup} />
        ))}
        {teams.map((node) => (
          <TeamNode key={node.key} node={node} level={level} href={teamHref ? teamHref(node.teamId) : null} />
        ))}
        {level === 'members' && links.length > 0 ? (
          <g aria-hidden="true">
            <DrawingItems items={links} />
          </g>
        ) : null}
        {marked ? (
          <g aria-hidden="true" data-highlight="true">
            <DrawingItems items={[{ kind: 'box', ...marked, tone: 'highlight', radius: 6 }]} />
          </g>
        ) : null}
      </g>
    </svg>
  );
}

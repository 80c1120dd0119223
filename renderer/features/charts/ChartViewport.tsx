import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { headingItems, text as textItem, wrapText, type PlacedCard, type ScreenChart } from '../../../shared/charts';
import { Button } from '../../ui/Button';
import { DrawingItems } from './DrawingItems';
import { FONT_FAMILY } from './chartPalette';
import { ACTUAL_SIZE, fitView, fitWidthView, intersects, panBy, revealArea, visibleArea, zoomAt, zoomPercent, ZOOM_STEP, type View } from './viewTransform';
import styles from './Charts.module.css';

/** Below this scale (screen pixels per point) cards are drawn as outlines with their names only. */
const DETAIL_SCALE = 0.45;
/** Team names on outlines, in points: about 9 px on screen at the detail threshold's half. */
const OUTLINE_NAME_SIZE = 30;
/** Cards this far (in points) outside the viewport are drawn too, so panning shows no gaps. */
const CULL_MARGIN = 220;
const PAN_STEP = 80;
const DRAG_THRESHOLD = 4;

interface ChartViewportProps {
  chart: ScreenChart;
  /** Appended to each card's link to its team: the plan (?plan=…). */
  linkSearch: string;
  label: string;
  /** The view fits the chart again whenever this changes (other teams chosen, another grouping). */
  fitKey: string;
}

const ChartCard = memo(function ChartCard({ placed, detail, href }: { placed: PlacedCard; detail: boolean; href: string }) {
  const { card } = placed;
  const title = card.parts > 1 ? `${card.name}, part ${card.part} of ${card.parts}` : card.name;
  let items = card.items;
  if (!detail) {
    // Zoomed far out: the outline, the verdict bar and the name in large type, so it stays legible.
    const font = { size: OUTLINE_NAME_SIZE, weight: 700 } as const;
    const lines = wrapText(card.name, card.width - 20, font, Math.max(1, Math.floor((card.height - 20) / (font.size * 1.15))));
    items = [...card.items.slice(0, 2), ...lines.map((line, i) => textItem(10, 12 + font.size * (1.15 * i + 1), line, font.size, 700, 'text'))];
  }
  return (
    <g transform={`translate(${placed.x} ${placed.y})`} data-card={`${card.teamId}:${card.part}`}>
      <a href={href} aria-label={title} className={styles.cardLink}>
        <DrawingItems items={items} />
      </a>
    </g>
  );
});

/**
 * The org chart as one SVG that zooms and pans: wheel or trackpad scrolls, Ctrl/⌘ + wheel (or a
 * pinch) and the +/− keys zoom around the pointer or centre, dragging pans, 0 fits the chart.
 * Only cards near the viewport are in the DOM, and zoomed far out they are drawn as outlines, so
 * a 500-team organisation stays responsive.
 */
export function ChartViewport({ chart, linkSearch, label, fitKey }: ChartViewportProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  const [view, setView] = useState<View | null>(null);
  const fittedFor = useRef<string | null>(null);
  const drag = useRef<{ x: number; y: number; moved: number; id: number } | null>(null);
  const suppressClick = useRef(false);

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const measure = () => setViewport({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (viewport.width === 0 || fittedFor.current === fitKey) return;
    fittedFor.current = fitKey;
    setView(fitWidthView(chart, viewport));
  }, [chart, viewport, fitKey]);

  const zoom = useCallback(
    (factor: number, anchor?: { x: number; y: number }) =>
      setView((current) => (current ? zoomAt(current, factor, anchor ?? { x: viewport.width / 2, y: viewport.height / 2 }) : current)),
    [viewport],
  );

  // Wheel listeners must not be passive to keep the page from scrolling or zooming instead.
  useEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const lines = event.deltaMode === 1 ? 16 : 1;
      if (event.ctrlKey || event.metaKey) {
        zoom(Math.exp((-event.deltaY * lines) / 300), { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
      } else {
        const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
        const dy = event.shiftKey && event.deltaX === 0 ? 0 : event.deltaY;
        setView((current) => (current ? panBy(current, -dx * lines, -dy * lines) : current));
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoom]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? PAN_STEP * 4 : PAN_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) setView((current) => (current ? panBy(current, move[0], move[1]) : current));
    else if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoom(1 / ZOOM_STEP);
    else if (event.key === '0') setView(fitView(chart, viewport));
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, moved: 0, id: event.pointerId };
    suppressClick.current = false;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    const dx = event.clientX - current.x;
    const dy = event.clientY - current.y;
    current.x = event.clientX;
    current.y = event.clientY;
    current.moved += Math.abs(dx) + Math.abs(dy);
    if (current.moved > DRAG_THRESHOLD && !frame.current?.hasPointerCapture(event.pointerId)) frame.current?.setPointerCapture(event.pointerId);
    if (current.moved > DRAG_THRESHOLD) setView((v) => (v ? panBy(v, dx, dy) : v));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id !== event.pointerId) return;
    suppressClick.current = drag.current.moved > DRAG_THRESHOLD;
    drag.current = null;
  };

  const visible = useMemo(() => {
    if (!view) return [];
    const area = visibleArea(view, viewport, CULL_MARGIN);
    return chart.cards.filter((placed) => intersects(area, { x: placed.x, y: placed.y, width: placed.card.width, height: placed.card.height }));
  }, [chart, view, viewport]);
  const headings = useMemo(() => chart.headings.flatMap(headingItems), [chart]);
  const detail = (view?.scale ?? 1) >= DETAIL_SCALE;

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const key = event.target.closest('g[data-card]')?.getAttribute('data-card');
    const placed = key ? visible.find((p) => `${p.card.teamId}:${p.card.part}` === key) : undefined;
    if (placed && view) setView(revealArea(view, viewport, { x: placed.x, y: placed.y, width: placed.card.width, height: placed.card.height }));
  };

  return (
    <div className={styles.viewer}>
      <div className={styles.zoomBar} role="toolbar" aria-label="Zoom">
        <Button variant="ghost" aria-label="Zoom out" onClick={() => zoom(1 / ZOOM_STEP)}>
          −
        </Button>
        <output className={styles.zoomLevel} aria-live="polite" aria-label="Zoom level">
          {view ? zoomPercent(view) : '…'}
        </output>
        <Button variant="ghost" aria-label="Zoom in" onClick={() => zoom(ZOOM_STEP)}>
          +
        </Button>
        <Button variant="ghost" onClick={() => setView(fitView(chart, viewport))}>
          Fit to screen
        </Button>
        <Button variant="ghost" onClick={() => setView((v) => (v ? zoomAt(v, ACTUAL_SIZE / v.scale, { x: viewport.width / 2, y: viewport.height / 2 }) : v))}>
          Actual size
        </Button>
        <p className={styles.hint}>Drag or scroll to move · Ctrl + scroll or + and − to zoom · 0 fits the chart</p>
      </div>
      <div
        ref={frame}
        className={styles.frame}
        role="region"
        aria-label={`${label}: use the arrow keys to move, + and − to zoom`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onClickCapture={(event) => {
          if (!suppressClick.current) return;
          event.preventDefault();
          event.stopPropagation();
          suppressClick.current = false;
        }}
        onFocus={onFocus}
      >
        {view ? (
          <svg className={styles.canvas} width="100%" height="100%" fontFamily={FONT_FAMILY} textRendering="geometricPrecision" role="group" aria-label={label}>
            <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
              <DrawingItems items={headings} />
              {visible.map((placed) => (
                <ChartCard key={`${placed.card.teamId}:${placed.card.part}`} placed={placed} detail={detail} href={`#/teams/${placed.card.teamId}${linkSearch}`} />
              ))}
            </g>
          </svg>
        ) : null}
      </div>
    </div>
  );
}

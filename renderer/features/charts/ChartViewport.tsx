import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { LEVEL_MIN_SCALE, zoomLevelFor, type OrgChart, type ZoomLevel } from '../../../shared/charts';
import { Button } from '../../ui/Button';
import { highlightArea, OrgChartSvg, type ChartHighlight } from './OrgChartSvg';
import { ACTUAL_SIZE, clampScale, fitView, panBy, revealArea, zoomAt, zoomPercent, ZOOM_STEP, type Area, type View } from './viewTransform';
import styles from './Charts.module.css';

const PAN_STEP = 80;
const DRAG_THRESHOLD = 4;
let lastFrameSize: { width: number; height: number } | null = null;

const LEVEL_WORDS: Record<ZoomLevel, string> = {
  members: 'members by role',
  summary: 'team size and health',
  names: 'team names',
  shapes: 'team health colours',
};

/** A search result to fly to; a new `nonce` flies again to the same place. */
export interface FlyTarget extends ChartHighlight {
  nonce: number;
}

interface ChartViewportProps {
  chart: OrgChart;
  /** Appended to each card's link to its team: the plan (?plan=…). */
  linkSearch: string;
  label: string;
  /** The view fits the chart again whenever this changes (other teams chosen, another grouping). */
  fitKey: string;
  onToggleGroup: (groupKey: string) => void;
  target: FlyTarget | null;
}

/** The view that shows `area` large enough to read its members, centred. */
export function viewShowing(area: Area, viewport: { width: number; height: number }, minScale = LEVEL_MIN_SCALE.members * 1.1): View {
  const fit = Math.min((viewport.width - 48) / area.width, (viewport.height - 48) / area.height);
  const scale = clampScale(Math.max(minScale, Math.min(fit, 2 * ACTUAL_SIZE)));
  return { scale, x: viewport.width / 2 - (area.x + area.width / 2) * scale, y: viewport.height / 2 - (area.y + area.height / 2) * scale };
}

/** The view a search result flies to; for a person on a card taller than the screen, centred on their line. */
function flyView(chart: OrgChart, viewport: { width: number; height: number }, target: ChartHighlight): View | null {
  const area = highlightArea(chart, { teamId: target.teamId });
  if (!area) return null;
  const shown = viewShowing(area, viewport);
  const mark = target.personId ? highlightArea(chart, target) : null;
  return mark && area.height * shown.scale > viewport.height - 48 ? { ...shown, y: viewport.height / 2 - (mark.y + mark.height / 2) * shown.scale } : shown;
}

/**
 * The org chart as one SVG that zooms and pans: wheel or trackpad scrolls, Ctrl/⌘ + wheel (or a
 * pinch) and the +/− keys zoom around the pointer or centre, dragging pans, 0 fits the chart, Z
 * zooms to the focused team. Semantic zoom: what each team shows follows the scale (see
 * zoomLevelFor), so text is never drawn smaller than readable. Only nodes near the viewport are
 * in the DOM, so a 500-team organisation stays responsive.
 */
export function ChartViewport({ chart, linkSearch, label, fitKey, onToggleGroup, target }: ChartViewportProps) {
  const frame = useRef<HTMLDivElement>(null);
  // The frame's last size: a chart opened again is fitted to it in its first render, with no
  // layout forced before the browser's own; the resize observer corrects a size that changed.
  const [viewport, setViewport] = useState(() => lastFrameSize ?? { width: 0, height: 0 });
  const [view, setView] = useState<View | null>(() => (lastFrameSize ? fitView(chart, lastFrameSize) : null));
  const fittedFor = useRef<string | null>(lastFrameSize ? fitKey : null);
  /** The remembered size the first fit used, until the frame is measured. */
  const guessedSize = useRef(lastFrameSize);
  /** The frame's size when last measured: a chart shown again (a kept screen) waits for the resize observer instead of forcing a layout, and fits again if the size changed meanwhile. */
  const measured = useRef<{ width: number; height: number } | null>(null);
  const drag = useRef<{ x: number; y: number; moved: number; id: number } | null>(null);
  const suppressClick = useRef(false);

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const measure = () => {
      const size = { width: element.clientWidth, height: element.clientHeight };
      measured.current = size;
      if (size.width > 0) lastFrameSize = size;
      const guessed = guessedSize.current;
      guessedSize.current = null;
      // The window changed size while the chart was away: fit the measured frame instead.
      if (guessed && (guessed.width !== size.width || guessed.height !== size.height)) fittedFor.current = null;
      setViewport((current) => (current.width === size.width && current.height === size.height ? current : size));
    };
    // First opening: measured now, so the first frame is already fitted.
    if (measured.current) guessedSize.current = measured.current;
    else if (!guessedSize.current) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (viewport.width === 0 || fittedFor.current === fitKey) return;
    fittedFor.current = fitKey;
    setView(fitView(chart, viewport));
  }, [chart, viewport, fitKey]);

  // A search result: fly there, close enough to read its members.
  const flownTo = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!target || viewport.width === 0 || flownTo.current === target.nonce) return;
    flownTo.current = target.nonce;
    // A team no longer on the chart leaves the view as it is.
    setView((current) => flyView(chart, viewport, target) ?? current);
  }, [chart, viewport, target]);

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
    else if (event.key === 'z' || event.key === 'Z') {
      const teamId = (event.target as Element).closest('g[data-card]')?.getAttribute('data-card');
      const area = teamId ? highlightArea(chart, { teamId }) : null;
      if (!area) return;
      setView(viewShowing(area, viewport));
    } else return;
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

  const level = zoomLevelFor(view?.scale ?? 1);
  const teamHref = useCallback((teamId: string) => `#/teams/${teamId}${linkSearch}`, [linkSearch]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const teamId = event.target.closest('g[data-card]')?.getAttribute('data-card');
    const area = teamId ? highlightArea(chart, { teamId }) : null;
    if (area && view) setView(revealArea(view, viewport, area));
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
        <p className={styles.levelNote} aria-live="polite">
          Showing {LEVEL_WORDS[level]}
          {level === 'members' ? '' : ': zoom in for more'}
        </p>
        <p className={styles.hint}>Drag or scroll to move · + and − zoom · 0 fits · Z zooms to the focused team</p>
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
          <OrgChartSvg
            chart={chart}
            view={view}
            viewport={viewport}
            level={level}
            label={label}
            teamHref={teamHref}
            onToggleGroup={onToggleGroup}
            highlight={target}
          />
        ) : null}
      </div>
    </div>
  );
}

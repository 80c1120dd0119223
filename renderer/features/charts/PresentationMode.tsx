import * as RadixDialog from '@radix-ui/react-dialog';
import { useEffect, useLayoutEffect, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nextStop, presentationStops, zoomLevelFor, type OrgChart } from '../../../shared/charts';
import { Button } from '../../ui/Button';
import { OrgChartSvg } from './OrgChartSvg';
import { clampScale, type View } from './viewTransform';
import styles from './Charts.module.css';

interface PresentationModeProps {
  chart: OrgChart;
  onClose: () => void;
}

const KEY_MOVES: Record<string, Parameters<typeof nextStop>[2]> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  ArrowDown: 'nextGroup',
  ArrowUp: 'previousGroup',
  Home: 'first',
  End: 'last',
};

/** Type this large or larger at every stop: a team fills the screen, so its members read from the back of a room. */
const MAX_SCALE = 4;

/**
 * Presentation mode: the chart over the whole window (and the whole screen where the browser
 * allows it), one stop at a time, the organisation, then group by group and team by team. → and
 * ← step, ↓ and ↑ jump a group, Home and End go to the ends, L turns the laser pointer on (a red
 * dot that follows the mouse; the current team is always ringed in red for keyboard use), Escape
 * leaves.
 */
export function PresentationMode({ chart, onClose }: PresentationModeProps) {
  // A state, not a ref: the dialog's portal mounts the stage after this component's first commit.
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  const stops = useMemo(() => presentationStops(chart), [chart]);
  const [index, setIndex] = useState(0);
  const [laser, setLaser] = useState(false);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);

  useLayoutEffect(() => {
    const element = frame;
    if (!element) return undefined;
    const measure = () => setViewport({ width: element.clientWidth, height: element.clientHeight });
    measure();
    element.focus();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);

  useEffect(() => {
    const element = frame?.parentElement;
    // Full screen where the browser grants it; the overlay already covers the window where it does not.
    if (element && document.fullscreenEnabled && !document.fullscreenElement) element.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [frame]);

  const stop = stops[Math.min(index, stops.length - 1)]!;
  const view = useMemo<View | null>(() => {
    if (viewport.width === 0) return null;
    const padding = 40;
    const scale = clampScale(Math.min((viewport.width - 2 * padding) / stop.area.width, (viewport.height - 2 * padding) / stop.area.height, MAX_SCALE));
    return { scale, x: viewport.width / 2 - (stop.area.x + stop.area.width / 2) * scale, y: viewport.height / 2 - (stop.area.y + stop.area.height / 2) * scale };
  }, [stop, viewport]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key];
    if (move) setIndex((i) => nextStop(stops, i, move));
    else if (event.key === 'l' || event.key === 'L') setLaser((on) => !on);
    else return;
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!laser) return;
    const bounds = event.currentTarget.getBoundingClientRect();
    setPointer({ x: event.clientX - bounds.left, y: event.clientY - bounds.top });
  };

  const position = `${stop.kind === 'team' ? 'team' : stop.kind === 'group' ? 'group' : 'organisation'} · ${index + 1} of ${stops.length}`;
  return (
    // A modal dialog: Tab stays inside it (the stage and the bar's buttons), Escape leaves it.
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Content className={styles.presentation} aria-describedby={undefined} onOpenAutoFocus={(event) => event.preventDefault() /* the stage takes focus once it is measured */}>
          <RadixDialog.Title className="visually-hidden">Presentation</RadixDialog.Title>
          <div
            ref={setFrame}
            className={styles.presentationStage}
            tabIndex={0}
            role="region"
            aria-label={`Presenting ${stop.label}. Right and left arrows step, down and up jump a group, L laser pointer, Escape leaves.`}
            onKeyDown={onKeyDown}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setPointer(null)}
          >
            {view ? (
              <OrgChartSvg
                chart={chart}
                view={view}
                viewport={viewport}
                level={zoomLevelFor(view.scale)}
                label={`Org chart, presenting ${stop.label}`}
                teamHref={null}
                onToggleGroup={null}
                highlight={stop.teamId ? { teamId: stop.teamId } : null}
              />
            ) : null}
            {laser && pointer ? <div className={styles.laser} style={{ left: pointer.x, top: pointer.y }} aria-hidden="true" /> : null}
          </div>
          <div className={styles.presentationBar}>
            <p className={styles.presentationCaption} aria-live="polite">
              <strong>{stop.label}</strong> · {position}
            </p>
            <p className={styles.hint}>→ next · ← back · ↓ ↑ next or previous group · L laser {laser ? 'on' : 'off'} · Esc leave</p>
            <Button variant="ghost" onClick={() => setIndex((i) => nextStop(stops, i, 'previous'))}>
              Previous
            </Button>
            <Button variant="ghost" onClick={() => setIndex((i) => nextStop(stops, i, 'next'))}>
              Next
            </Button>
            <Button onClick={onClose}>Leave presentation</Button>
          </div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

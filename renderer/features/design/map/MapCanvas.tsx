import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type WheelEvent } from 'react';
import type { MapDrawing } from '../../../../shared/design/mapDrawing';
import { LINK_STYLES, NAME_FONT_SIZE, SILO_STROKE } from '../../../../shared/design/mapGeometry';
import { Button } from '../../../ui/Button';
import styles from './CollaborationMap.module.css';

const MIN_SCALE = 0.1;
const MAX_SCALE = 2.5;
const STEP = 1.25;
const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/**
 * The drawn map in a scrollable frame: scroll (or drag) to pan, Ctrl/⌘ + wheel, the buttons or
 * + / − / 0 on the focused frame to zoom and fit. Clicking a team focuses it.
 */
export function MapCanvas({ drawing, highlight, focusedTeamId, onFocusTeam, label, onDrawn }: {
  drawing: MapDrawing;
  /** The focused team's links, drawn over the dimmed rest. */
  highlight: MapDrawing['links'] | null;
  focusedTeamId: string | null;
  onFocusTeam: (teamId: string | null) => void;
  label: string;
  /** Called once every team of the drawing is on screen. */
  onDrawn?: () => void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const drawn = useDrawnInSlices(drawing, onDrawn);
  const [scale, setScale] = useState(1);
  const drag = useRef<{ x: number; y: number; left: number; top: number; id: number; moved: number } | null>(null);

  const fit = () => {
    const element = frame.current;
    if (!element || drawing.width === 0) return;
    setScale(clamp(Math.min((element.clientWidth - 16) / drawing.width, (element.clientHeight - 16) / drawing.height, 1)));
  };
  // The map fits its frame (a filter that changes it shows the whole of it again, and so does a
  // resized window) until the person zooms themselves.
  const zoomedByHand = useRef(false);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });
  useEffect(() => {
    zoomedByHand.current = false;
    fitRef.current();
  }, [drawing.width, drawing.height]);
  useEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      // A screen just left is out of the document until its observers stop: there is nothing to fit to.
      if (!element.isConnected) return;
      if (!zoomedByHand.current) fitRef.current();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Bring the focused team into view.
  useEffect(() => {
    const element = frame.current;
    const team = drawing.teams.find((t) => t.id === focusedTeamId);
    if (!element || !team) return;
    element.scrollTo({ left: (team.x + team.width / 2) * scale - element.clientWidth / 2, top: (team.y + team.height / 2) * scale - element.clientHeight / 2, behavior: 'auto' });
  }, [focusedTeamId, drawing, scale]);

  const zoom = (factor: number) => {
    zoomedByHand.current = true;
    setScale((s) => clamp(s * factor));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') zoom(STEP);
    else if (event.key === '-' || event.key === '_') zoom(1 / STEP);
    else if (event.key === '0') {
      zoomedByHand.current = false;
      fit();
    }
    else return;
    event.preventDefault();
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (!event.ctrlKey && !event.metaKey) return;
    zoom(event.deltaY < 0 ? STEP : 1 / STEP);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !frame.current) return;
    drag.current = { x: event.clientX, y: event.clientY, left: frame.current.scrollLeft, top: frame.current.scrollTop, id: event.pointerId, moved: 0 };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId || !frame.current) return;
    current.moved = Math.max(current.moved, Math.abs(event.clientX - current.x) + Math.abs(event.clientY - current.y));
    if (current.moved < 4) return;
    frame.current.scrollLeft = current.left - (event.clientX - current.x);
    frame.current.scrollTop = current.top - (event.clientY - current.y);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const clickTeam = (teamId: string) => {
    if ((drag.current?.moved ?? 0) >= 4) return;
    onFocusTeam(teamId === focusedTeamId ? null : teamId);
  };

  return (
    <div className={styles.canvas}>
      <div className={styles.zoomBar} role="toolbar" aria-label="Zoom">
        <Button onClick={() => zoom(1 / STEP)} aria-label="Zoom out" title="Zoom out (−)">−</Button>
        <span className={styles.zoomLevel} aria-live="polite">{Math.round(scale * 100)} %</span>
        <Button onClick={() => zoom(STEP)} aria-label="Zoom in" title="Zoom in (+)">+</Button>
        <Button onClick={() => { zoomedByHand.current = false; fit(); }} title="Fit the map to the window (0)">Fit</Button>
      </div>
      <div
        ref={frame}
        className={styles.frame}
        tabIndex={0}
        role="region"
        aria-label={`${label}: scroll or drag to pan, + and − to zoom, 0 to fit`}
        onKeyDown={onKeyDown}
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <svg
          width={Math.ceil(drawing.width * scale)}
          height={Math.ceil(drawing.height * scale)}
          viewBox={`0 0 ${drawing.width} ${drawing.height}`}
          className={styles.map}
          role="img"
          aria-label={label}
          data-testid="collaboration-map"
        >
          <MapShapes drawing={drawn} highlight={highlight} focusedTeamId={focusedTeamId} onTeamClick={clickTeam} />
        </svg>
      </div>
    </div>
  );
}

/** Teams added to the DOM per frame: 500 teams in one commit would block the page for over 50 ms. */
const TEAMS_PER_FRAME = 125;

/**
 * The drawing built up over a few frames: teams a slice per frame, then the links one kind per
 * frame (painting thousands of links at once is itself a long task). Each step is one frame's work.
 */
function useDrawnInSlices(drawing: MapDrawing, onDrawn?: () => void): MapDrawing {
  const teamSteps = Math.ceil(drawing.teams.length / TEAMS_PER_FRAME);
  const steps = Math.max(1, teamSteps + drawing.links.length);
  const [shown, setShown] = useState({ drawing, step: 1 });
  const step = shown.drawing === drawing ? shown.step : 1;
  const complete = step >= steps;
  useEffect(() => {
    if (complete) {
      onDrawn?.();
      return undefined;
    }
    const frameId = requestAnimationFrame(() => setShown({ drawing, step: step + 1 }));
    return () => cancelAnimationFrame(frameId);
  }, [drawing, step, complete, onDrawn]);
  return useMemo(() => {
    if (complete) return drawing;
    const teams = drawing.teams.slice(0, step * TEAMS_PER_FRAME);
    const kinds = Math.max(0, step - teamSteps);
    return { ...drawing, teams, links: drawing.links.slice(0, kinds) };
  }, [drawing, complete, step, teamSteps]);
}

/**
 * Links are never a target: hit-testing one stroked path of thousands of segments takes Chromium
 * 100–250 ms at 500 teams (on every pointer move over the map, and once after the map is first
 * painted), so the pointer passes through them to the teams.
 */
function LinkLayer({ links }: { links: MapDrawing['links'] }) {
  return (
    <g pointerEvents="none">
      {links.map((l) =>
        l.count === 0 ? null : (
          <g key={l.kind} data-links={l.kind}>
            <path d={l.lines} fill="none" stroke={LINK_STYLES[l.kind].stroke} strokeWidth={LINK_STYLES[l.kind].width} strokeDasharray={LINK_STYLES[l.kind].dash || undefined} strokeLinecap="round" />
            {l.heads ? <path d={l.heads} fill={LINK_STYLES[l.kind].stroke} /> : null}
          </g>
        ),
      )}
    </g>
  );
}

/** The map's groups, links and teams as SVG elements: the screen and the print view draw the same. */
export function MapShapes({ drawing, highlight = null, focusedTeamId = null, onTeamClick }: {
  drawing: MapDrawing;
  highlight?: MapDrawing['links'] | null;
  focusedTeamId?: string | null;
  onTeamClick?: (teamId: string) => void;
}) {
  return (
    <>
      {drawing.groups.map((g) => (
        <g key={g.id}>
          <rect x={g.x} y={g.y} width={g.width} height={g.height} rx={10} className={styles.groupBox} />
          <text x={g.x + 14} y={g.y + 22} className={styles.groupName}>
            {g.name} <tspan className={styles.groupCaption}>· {g.caption}</tspan>
          </text>
        </g>
      ))}
      <g className={focusedTeamId ? styles.dimmed : undefined}>
        <LinkLayer links={drawing.links} />
      </g>
      {highlight ? <LinkLayer links={highlight} /> : null}
      {drawing.teams.map((t) => (
        <g
          key={t.id}
          transform={`translate(${t.x} ${t.y})`}
          className={[styles.team, focusedTeamId === t.id ? styles.focusedTeam : ''].join(' ')}
          data-team={t.name}
          data-silo={t.silo ? 'true' : undefined}
          onClick={onTeamClick ? () => onTeamClick(t.id) : undefined}
        >
          <title>{`${t.name}: ${t.description}`}</title>
          {t.silo ? <rect x={-5} y={-5} width={t.width + 10} height={t.height + 10} rx={8} fill="none" stroke={SILO_STROKE} strokeWidth={2} strokeDasharray="5 3" /> : null}
          <path d={t.shape} fill={t.fill} stroke={t.stroke} strokeWidth={focusedTeamId === t.id ? 3 : 1.5} />
          {t.lines.map((line, i) => (
            <text key={i} x={line.x} y={line.y} textAnchor="middle" fontSize={NAME_FONT_SIZE} className={styles.teamName}>
              {line.text}
            </text>
          ))}
          {t.silo ? (
            <g>
              <rect x={t.width - 34} y={-11} width={38} height={16} rx={8} fill={SILO_STROKE} />
              <text x={t.width - 15} y={1} textAnchor="middle" className={styles.siloTag}>SILO</text>
            </g>
          ) : null}
        </g>
      ))}
    </>
  );
}

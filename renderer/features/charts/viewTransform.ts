/**
 * Zoom and pan of the on-screen chart as pure arithmetic: a view maps chart points to screen
 * pixels as screen = chart × scale + (x, y).
 */
export interface View {
  x: number;
  y: number;
  /** Screen pixels per chart point. */
  scale: number;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** CSS pixels per point: at this scale the chart is shown at its printed size ("100%"). */
export const ACTUAL_SIZE = 96 / 72;
export const MIN_SCALE = 0.03;
export const MAX_SCALE = 4 * ACTUAL_SIZE;
export const ZOOM_STEP = 1.25;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The whole chart centred in the viewport, never enlarged beyond its printed size. */
export function fitView(chart: { width: number; height: number }, viewport: { width: number; height: number }, padding = 12): View {
  const scale = clampScale(Math.min((viewport.width - 2 * padding) / chart.width, (viewport.height - 2 * padding) / chart.height, ACTUAL_SIZE));
  return { scale, x: (viewport.width - chart.width * scale) / 2, y: Math.max(padding, (viewport.height - chart.height * scale) / 2) };
}

/** The chart's width filling the viewport (its top in view), never enlarged beyond its printed size: the opening view. */
export function fitWidthView(chart: { width: number; height: number }, viewport: { width: number; height: number }, padding = 12): View {
  const scale = clampScale(Math.min((viewport.width - 2 * padding) / chart.width, ACTUAL_SIZE));
  return { scale, x: (viewport.width - chart.width * scale) / 2, y: chart.height * scale <= viewport.height - 2 * padding ? (viewport.height - chart.height * scale) / 2 : padding };
}

/** Zoom by `factor` keeping the screen point `anchor` over the same spot of the chart. */
export function zoomAt(view: View, factor: number, anchor: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const applied = scale / view.scale;
  return { scale, x: anchor.x - (anchor.x - view.x) * applied, y: anchor.y - (anchor.y - view.y) * applied };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The part of the chart (in points) the viewport shows, grown by `margin` points each side. */
export function visibleArea(view: View, viewport: { width: number; height: number }, margin = 0): Area {
  return {
    x: -view.x / view.scale - margin,
    y: -view.y / view.scale - margin,
    width: viewport.width / view.scale + 2 * margin,
    height: viewport.height / view.scale + 2 * margin,
  };
}

export function intersects(a: Area, b: Area): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The view that shows `area` (a card) fully, keeping the scale; unchanged when it is already in view. */
export function revealArea(view: View, viewport: { width: number; height: number }, area: Area, padding = 16): View {
  const left = area.x * view.scale + view.x;
  const top = area.y * view.scale + view.y;
  const right = left + area.width * view.scale;
  const bottom = top + area.height * view.scale;
  let dx = 0;
  let dy = 0;
  if (left < padding) dx = padding - left;
  else if (right > viewport.width - padding) dx = Math.max(viewport.width - padding - right, padding - left);
  if (top < padding) dy = padding - top;
  else if (bottom > viewport.height - padding) dy = Math.max(viewport.height - padding - bottom, padding - top);
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy);
}

/** "75%": the zoom relative to the printed size. */
export function zoomPercent(view: View): string {
  return `${Math.round((view.scale / ACTUAL_SIZE) * 100)}%`;
}

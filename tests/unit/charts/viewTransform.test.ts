import { describe, expect, it } from 'vitest';
import {
  ACTUAL_SIZE, fitView, fitWidthView, intersects, MAX_SCALE, MIN_SCALE, panBy, revealArea, visibleArea, zoomAt, zoomPercent,
} from '../../../renderer/features/charts/viewTransform';

const viewport = { width: 1000, height: 600 };
const toChart = (view: { x: number; y: number; scale: number }, p: { x: number; y: number }) => ({ x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale });

describe('chart zoom and pan', () => {
  it('fits the whole chart, centred, never beyond its printed size', () => {
    const view = fitView({ width: 4000, height: 1000 }, viewport);
    expect(view.scale).toBeCloseTo((1000 - 24) / 4000, 10);
    expect(view.x + 4000 * view.scale / 2).toBeCloseTo(500, 6);
    expect(fitView({ width: 100, height: 100 }, viewport).scale).toBe(ACTUAL_SIZE);
  });

  it('opens with the chart’s width filling the view and its top in view', () => {
    const view = fitWidthView({ width: 2000, height: 5000 }, viewport);
    expect(view.scale).toBeCloseTo(976 / 2000, 10);
    expect(view.y).toBe(12);
  });

  it('zooms around the pointer: the chart point under it stays under it', () => {
    const view = { x: 40, y: -120, scale: 0.8 };
    const anchor = { x: 300, y: 200 };
    const before = toChart(view, anchor);
    const zoomed = zoomAt(view, 1.25, anchor);
    expect(zoomed.scale).toBeCloseTo(1, 10);
    const after = toChart(zoomed, anchor);
    expect(after.x).toBeCloseTo(before.x, 10);
    expect(after.y).toBeCloseTo(before.y, 10);
  });

  it('stops zooming at its limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, 1e6, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, 1e-6, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
  });

  it('pans by screen pixels and reports the visible part of the chart', () => {
    const view = panBy({ x: 0, y: 0, scale: 2 }, -200, -100);
    expect(visibleArea(view, viewport)).toEqual({ x: 100, y: 50, width: 500, height: 300 });
    expect(visibleArea(view, viewport, 10)).toEqual({ x: 90, y: 40, width: 520, height: 320 });
  });

  it('knows which cards intersect the view (the others are not drawn)', () => {
    const area = { x: 0, y: 0, width: 100, height: 100 };
    expect(intersects(area, { x: 50, y: 50, width: 100, height: 100 })).toBe(true);
    expect(intersects(area, { x: 100, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('moves a focused card into view, and leaves the view alone when it is visible', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(revealArea(view, viewport, { x: 10 + 16, y: 10 + 16, width: 50, height: 50 })).toBe(view);
    const moved = revealArea(view, viewport, { x: 1500, y: 20, width: 200, height: 100 });
    expect(moved.x + 1700 * moved.scale).toBeLessThanOrEqual(viewport.width - 16 + 1e-9);
  });

  it('states zoom relative to the printed size', () => {
    expect(zoomPercent({ x: 0, y: 0, scale: ACTUAL_SIZE })).toBe('100%');
    expect(zoomPercent({ x: 0, y: 0, scale: ACTUAL_SIZE / 2 })).toBe('50%');
  });
});

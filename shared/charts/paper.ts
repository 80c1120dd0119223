import type { Orientation, PaperSize } from './chartOptions';

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** Portrait sheet sizes in points (1/72 inch): ISO A4 and A3 (in mm × 72 / 25.4), US Letter. */
export const PAPER_POINTS: Record<PaperSize, Size> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
  A3: { width: 841.89, height: 1190.55 },
};

/** The same sheets in millimetres, for CSS (`@page` sizes and the print view's page boxes). */
export const PAPER_MILLIMETRES: Record<PaperSize, Size> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
  A3: { width: 297, height: 420 },
};

function oriented<T extends Size>(size: T, orientation: Orientation): Size {
  return orientation === 'landscape' ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

export function pagePoints(paper: PaperSize, orientation: Orientation): Size {
  return oriented(PAPER_POINTS[paper], orientation);
}

export function pageMillimetres(paper: PaperSize, orientation: Orientation): Size {
  return oriented(PAPER_MILLIMETRES[paper], orientation);
}

/** Every page's frame, in points. Printers rarely print closer than 5 mm to the edge; about 8.5 mm is safe. */
export const PAGE_MARGIN = 24;
export const HEADER_HEIGHT = 38;
export const FOOTER_HEIGHT = 20;

/** Where a page's content goes: inside the margins, below the header and above the footer. */
export function contentBox(page: Size): Rect {
  return {
    x: PAGE_MARGIN,
    y: PAGE_MARGIN + HEADER_HEIGHT,
    width: page.width - 2 * PAGE_MARGIN,
    height: page.height - 2 * PAGE_MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
  };
}

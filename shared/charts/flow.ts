import { translate, type DrawItem } from './drawing';

/** One line (or band) of a flowing page: its height and its items drawn at (0, 0). */
export interface FlowRow {
  height: number;
  items: DrawItem[];
  /** A heading: moves to the next column or page with the row after it rather than end one alone. */
  keepWithNext?: boolean;
  /** Starts a new column (or page), e.g. a section that has a column of its own. */
  breakBefore?: boolean;
}

export interface FlowLayout {
  pageHeight: number;
  /** Columns per page, filled one after the other (1 by default); rows are laid out for one column. */
  columns?: number;
  columnWidth?: number;
  /** Space between columns. */
  gap?: number;
  /** Room already used at the top of the first page, by a full-width head drawn separately. */
  firstPageTop?: number;
}

/**
 * Fills columns and pages with rows top to bottom: a row that does not fit starts the next
 * column, or the next page, which begins with the full-width `continuation()` rows (e.g.
 * "Payments Platform (continued)"). Rows are never split, a heading never ends a column, and
 * blank space (a row without items) never starts one. A row taller than a whole column (the
 * layouts here never make one) gets a column of its own. Returns each page's items, from y = 0.
 */
export function flowRows(rows: readonly FlowRow[], layout: FlowLayout | number, continuation: () => FlowRow[]): DrawItem[][] {
  const { pageHeight, columns = 1, columnWidth = 0, gap = 0, firstPageTop = 0 } = typeof layout === 'number' ? { pageHeight: layout } : layout;
  const pages: DrawItem[][] = [];
  let page: DrawItem[] = [];
  let top = firstPageTop;
  let column = 0;
  let used = 0;
  let fresh = true;

  const stack = (items: DrawItem[], list: readonly FlowRow[], x: number, y: number) => {
    let offset = y;
    for (const row of list) {
      items.push(...translate(row.items, x, offset));
      offset += row.height;
    }
    return offset - y;
  };
  const nextSlot = () => {
    fresh = true;
    used = 0;
    if (column + 1 < columns) {
      column += 1;
      return;
    }
    pages.push(page);
    page = [];
    column = 0;
    top = stack(page, continuation(), 0, 0);
  };

  rows.forEach((row, index) => {
    const room = pageHeight - top;
    // Blank space that does not fit, or would open a column, is dropped.
    if (row.items.length === 0 && (fresh || used + row.height > room)) return;
    // A heading needs room for itself and the row it introduces.
    const next = row.keepWithNext ? rows[index + 1] : undefined;
    if ((row.breakBefore || used + row.height + (next ? next.height : 0) > room) && !fresh) nextSlot();
    stack(page, [row], column * (columnWidth + gap), top + used);
    used += row.height;
    fresh = false;
  });
  pages.push(page);
  return pages;
}

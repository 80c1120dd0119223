import { line, text, type DrawItem } from './drawing';
import { flowRows, type FlowRow } from './flow';
import type { Rect } from './paper';
import { textWidth, wrapText } from './textMetrics';

export interface ContentsEntry {
  label: string;
  page: number;
  /** 0: a section; 1: a team within it. */
  level: 0 | 1;
}

const FONT = { section: { size: 9.5, weight: 700 }, team: { size: 8.5, weight: 400 }, page: { size: 8.5, weight: 500 } } as const;
const LINE = 12;
const COLUMN_GAP = 28;

/** The contents of a long deck: sections and every team with its page, in columns; long names wrap. */
export function contentsPages(entries: readonly ContentsEntry[], area: Rect): DrawItem[][] {
  const columns = area.width >= 700 ? 3 : 2;
  const width = (area.width - (columns - 1) * COLUMN_GAP) / columns;
  const rows: FlowRow[] = [];
  for (const entry of entries) {
    const font = entry.level === 0 ? FONT.section : FONT.team;
    const indent = entry.level === 0 ? 0 : 10;
    const page = String(entry.page);
    const room = width - indent - textWidth('0000', FONT.page) - 6;
    const labels = wrapText(entry.label, room, font);
    const top = entry.level === 0 ? 6 : 0;
    rows.push({
      height: top + labels.length * LINE + 1,
      keepWithNext: entry.level === 0,
      items: [
        ...labels.map((l, i) => text(indent, top + i * LINE + 9, l, font.size, font.weight, entry.level === 0 ? 'text' : 'text')),
        text(width, top + 9, page, FONT.page.size, FONT.page.weight, 'muted', 'end'),
        ...(entry.level === 0 ? [line(0, top + labels.length * LINE + 0.5, width, top + labels.length * LINE + 0.5, 'rule')] : []),
      ],
    });
  }
  const heading: FlowRow = { height: 26, items: [text(0, 16, 'Contents', 14, 700, 'text')] };
  const pages = flowRows([{ ...heading, breakBefore: false }, ...rows], { pageHeight: area.height, columns, columnWidth: width, gap: COLUMN_GAP }, () => []);
  return pages.map((items) => items.map((item) => translateItem(item, area.x, area.y)));
}

function translateItem(item: DrawItem, dx: number, dy: number): DrawItem {
  if (item.kind === 'line') return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy };
  return { ...item, x: item.x + dx, y: item.y + dy };
}

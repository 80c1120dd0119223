import type { OkrMapping } from './okrColumns';

/** The cells that hold numbers (start, target, weight, current value, progress): the evidence for the file's decimal separator. */
export function numericCells(rows: readonly (readonly (string | number | null | undefined)[])[], mapping: OkrMapping): string[] {
  const columns = [mapping.start, mapping.target, mapping.weight, mapping.current, mapping.progress].filter((c): c is number => c !== null);
  const cells: string[] = [];
  for (const row of rows) for (const column of columns) {
    const cell = row[column];
    if (typeof cell === 'string' && cell.trim() !== '') cells.push(cell);
  }
  return cells;
}

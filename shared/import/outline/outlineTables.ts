import { compactHeader } from '../headerMatch';
import type { OutlineMessage } from './keyResultLine';
import type { OutlineLine } from './outlineLines';
import { readStatement } from './keyResultText';

type Column = 'objective' | 'keyResult' | 'owner' | 'team' | 'start' | 'target' | 'unit' | 'current' | 'progress' | 'status';

const HEADERS: Record<Column, readonly string[]> = {
  objective: ['objective', 'objectives', 'goal', 'goals', 'objectivetitle', 'ziel', 'objectif'],
  keyResult: ['keyresult', 'keyresults', 'kr', 'krs', 'result', 'results', 'schlusselergebnis', 'resultatcle'],
  owner: ['owner', 'krowner', 'dri', 'responsible', 'lead', 'assignee', 'verantwortlich', 'responsable'],
  team: ['team', 'teams', 'ownerteam', 'ownerteams', 'squad', 'equipe'],
  start: ['start', 'baseline', 'from', 'startvalue', 'ausgangswert'],
  target: ['target', 'goalvalue', 'to', 'targetvalue', 'zielwert', 'cible'],
  unit: ['unit', 'units', 'einheit', 'unite'],
  current: ['current', 'currentvalue', 'now', 'actual', 'latest', 'aktuell', 'actuel'],
  progress: ['progress', 'score', 'completion', 'fortschritt', 'progression'],
  status: ['status', 'health', 'rag'],
};

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const key = compactHeader(cell);
    for (const column of Object.keys(HEADERS) as Column[]) if (columns[column] === undefined && HEADERS[column].includes(key)) columns[column] = index;
  });
  return columns;
}

/** A key result cell with the target (and start) columns written into it, unless the cell already says them. */
function withTarget(statement: string, start: string, target: string, unit: string): string {
  if (!target) return statement;
  const alone = readStatement(statement);
  if (alone.ok && alone.metric !== 'milestone' && !(alone.start === null && start)) return statement;
  const value = (text: string) => `${text}${unit ? ` ${unit}` : ''}`;
  return /\bfrom\s+\S+(?:\s*%)?$/i.test(statement) || !start ? `${statement} to ${value(target)}` : `${statement} from ${value(start)} to ${value(target)}`;
}

const separatorRow = (cells: readonly string[]) => cells.every((cell) => /^:?-{2,}:?$/.test(cell.trim()) || cell.trim() === '');

/**
 * Tables pasted from a handbook page (markdown pipes) or a document become objective and key
 * result lines: an Objective column (blank under a merged cell: the one above), a Key result
 * column, and optional owner, team, start, target, unit, current, progress and status columns.
 */
export function tableLines(lines: readonly OutlineLine[], problems: OutlineMessage[]): OutlineLine[] {
  const out: OutlineLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.cells) {
      out.push(line);
      index++;
      continue;
    }
    const rows: OutlineLine[] = [];
    while (index < lines.length && lines[index]!.cells) rows.push(lines[index++]!);
    const columns = columnsOf(rows[0]!.cells!);
    if (columns.objective === undefined || columns.keyResult === undefined) {
      problems.push({ line: line.number, message: `The table on line ${line.number} needs an "Objective" and a "Key result" column: name its columns that way in the first row.` });
      continue;
    }
    let objective = '';
    for (const row of rows.slice(1)) {
      const cells = row.cells!;
      if (separatorRow(cells)) continue;
      const cell = (column: Column) => (columns[column] === undefined ? '' : (cells[columns[column]!] ?? '').trim());
      const base = { ...row, cells: null, heading: 0, italic: false, marker: null, meta: null };
      if (cell('objective') && cell('objective') !== objective) {
        objective = cell('objective');
        out.push({ ...base, indent: 0, label: 'objective', text: objective });
        if (cell('team')) out.push({ ...base, indent: 0, label: null, text: `Owner: ${cell('team')}`, meta: { key: 'owner', value: cell('team') } });
      }
      if (!cell('keyResult')) continue;
      const parts = [
        withTarget(cell('keyResult'), cell('start'), cell('target'), cell('unit')),
        cell('owner') ? `Owner: ${cell('owner')}` : '',
        cell('current') ? `now ${cell('current')}` : '',
        cell('progress') ? `progress ${cell('progress')}` : '',
        cell('status'),
      ];
      out.push({ ...base, indent: 2, label: 'keyResult', text: parts.filter(Boolean).join('\t') });
    }
  }
  return out;
}

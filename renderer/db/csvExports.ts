import Papa from 'papaparse';
import { checkInsCsv, directoryCsv, membershipsCsv, okrsCsv, peopleCsv, type CsvTable } from '../../shared/exports/csvTables';
import { todayLocal } from '../../shared/clock';
import { dependenciesCsv, groupsCsv, interactionsCsv, teamDesignCsv } from '../../shared/exports/designCsv';
import type { TeamshapeDb } from './database';
import { readAllTables } from './backup';

export type CsvExportKind = 'people' | 'okrs' | 'check-ins' | 'directory' | 'memberships' | 'team-design' | 'groups' | 'interactions' | 'dependencies';

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) get a
 * leading apostrophe. papaparse's own default pattern stops at a line break, so a multi-line
 * "=HYPERLINK(…)\n…" would slip through it; this one looks only at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark, CRLF, a header row. */
export function toCsvText(table: CsvTable): string {
  const body = Papa.unparse({ fields: table.header, data: table.rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
  return `\uFEFF${body}\r\n`;
}

const BUILDERS: Record<CsvExportKind, (records: Awaited<ReturnType<typeof readAllTables>>) => CsvTable> = {
  people: peopleCsv,
  okrs: okrsCsv,
  'check-ins': checkInsCsv,
  directory: directoryCsv,
  memberships: membershipsCsv,
  'team-design': teamDesignCsv,
  groups: groupsCsv,
  interactions: interactionsCsv,
  dependencies: dependenciesCsv,
};

export async function exportCsv(db: TeamshapeDb, kind: CsvExportKind): Promise<{ fileName: string; text: string; rows: number }> {
  const table = BUILDERS[kind](await readAllTables(db));
  return { fileName: `teamshape-${kind}-${todayLocal()}.csv`, text: toCsvText(table), rows: table.rows.length };
}

import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../renderer/import/readTable';
import { MAX_IMPORT_FILE_BYTES, type ReadOutcome, type ReadTable } from '../../../shared/import/table';
import {
  EUROPEAN_ROWS,
  encodeUtf16,
  encodeUtf8,
  encodeWindows1252,
  encryptedXlsx,
  europeanExcelCsv,
  hrExportCsv,
  legacyXls,
  pngRenamedCsv,
  rosterWorkbook,
  singleSheetWorkbook,
  toDelimited,
  unicodeTextExport,
} from '../../fixtures/import/importFiles';

function table(outcome: ReadOutcome): ReadTable {
  if (!outcome.ok) throw new Error(`expected a table, got: ${outcome.message}`);
  return outcome.table;
}

function refusal(outcome: ReadOutcome): string {
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.message;
}

const read = (name: string, bytes: Uint8Array, options = {}) => readTableFile({ name, bytes }, options);

describe('readTableFile: text files as European Excel and HR systems write them', () => {
  it('reads a Windows-1252, semicolon, CRLF export with every accented name intact', () => {
    const result = table(read('Mitarbeiter.csv', europeanExcelCsv()));
    expect(result).toMatchObject({ format: 'text', encoding: 'windows-1252', encodingChosen: false, separator: ';' });
    expect(result.headers).toEqual(EUROPEAN_ROWS[0]);
    expect(result.rows.map((row) => `${row[0]} ${row[1]}`)).toEqual(['José Núñez', 'Željko Štimac', 'Françoise Lefèvre-Dubœuf', 'Jürgen Groß', 'Åsa Øster']);
    expect(result.rows[3]?.[3]).toBe('Sicherheitsanalyst; extern');
    expect(result.damagedRows).toEqual([]);
    expect(result.lines).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads Excel’s “Unicode text” (UTF-16 LE with BOM, tabs) and UTF-16 BE without a BOM', () => {
    expect(table(read('export.txt', unicodeTextExport()))).toMatchObject({ encoding: 'utf-16le', separator: '\t', rows: EUROPEAN_ROWS.slice(1) });
    const be = table(read('export.txt', encodeUtf16(toDelimited(EUROPEAN_ROWS, ','), 'be', false)));
    expect(be).toMatchObject({ encoding: 'utf-16be', separator: ',' });
    expect(be.rows[1]?.[0]).toBe('Željko');
  });

  it('reads UTF-8 with and without a BOM, and never keeps the BOM in the first header', () => {
    for (const bom of [true, false]) {
      const result = table(read('people.csv', encodeUtf8('Name,Email\nZoë Ødegård,zoe@example.com\n', bom)));
      expect(result.encoding).toBe('utf-8');
      expect(result.headers).toEqual(['Name', 'Email']);
      expect(result.rows[0]?.[0]).toBe('Zoë Ødegård');
    }
  });

  it('detects ISO-8859-15 from a euro sign at 0xA4 when no Windows-1252-only byte occurs', () => {
    const bytes = encodeWindows1252('Name;Budget\nAndré;100 ¤\n');
    expect(table(read('b.csv', bytes)).encoding).toBe('iso-8859-15');
    expect(table(read('b.csv', bytes)).rows[0]?.[1]).toBe('100 €');
  });

  it('flags every row holding U+FFFD when the user forces the wrong encoding, and tells them to switch', () => {
    const result = table(read('Mitarbeiter.csv', europeanExcelCsv(), { encoding: 'utf-8' }));
    expect(result.encodingChosen).toBe(true);
    expect(result.damagedRows).toEqual([0, 1, 2, 3, 4]);
    expect(result.rows[0]?.[0]).toContain('\uFFFD');
    expect(result.notices.join(' ')).toMatch(/5 rows have letters that UTF-8 cannot read.*choose another encoding/);
  });

  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects %j (%s) with quoted separators, quotes and line breaks inside fields', (separator) => {
    const rows = [['Name', 'Note', 'Team'], ['Ana "the lead" Souza', `one${separator} two`, 'Payments'], ['Ben', 'line one\nline two', 'Cards']];
    const result = table(read('x.csv', encodeUtf8(toDelimited(rows, separator, '\n'))));
    expect(result.separator).toBe(separator);
    expect(result.rows).toEqual(rows.slice(1));
    expect(result.lines).toEqual([2, 3]);
  });

  it('counts file lines across blank lines and line breaks inside quotes, so errors point at the right line', () => {
    const text = 'Name,Team\r\n"Ana\r\nSouza",Payments\r\n\r\n,\r\nBen,Cards\r\n';
    const result = table(read('x.csv', encodeUtf8(text)));
    expect(result.rows).toEqual([['Ana\r\nSouza', 'Payments'], ['Ben', 'Cards']]);
    expect(result.lines).toEqual([2, 6]);
  });

  it('tells a semicolon file with decimal commas from a comma file', () => {
    const result = table(read('okrs.csv', encodeUtf8('Objective;Target;Current\nGrow;1.234,5;0,75\nKeep;12,5;3,25\n')));
    expect(result.separator).toBe(';');
    expect(result.decimalMark).toBe(',');
  });

  it('names repeated and empty headers and warns about rows longer than the header', () => {
    const result = table(read('x.csv', encodeUtf8('Email,,Email\na@x.com,1,b@x.com,extra\n')));
    expect(result.headers).toEqual(['Email', 'Column B', 'Email (2)']);
    expect(result.notices.join('\n')).toMatch(/Two columns are both called “Email”: column C is shown as “Email \(2\)”/);
    expect(result.notices.join('\n')).toMatch(/1 row has more cells than the header has columns \(file line 2\)/);
  });

  it('reads a generated 5,000-row HR export', () => {
    const result = table(read('hr.csv', hrExportCsv(5000)));
    expect(result.rows).toHaveLength(5000);
    expect(result.headers).toEqual(['Employee ID', 'First Name', 'Last Name', 'Work Email', 'Job Title', 'Department']);
    expect(result.lines.at(-1)).toBe(5001);
  });
});

describe('readTableFile: Excel workbooks (.xlsx made with SheetJS)', () => {
  it('skips a cover sheet and hidden sheets, reads saved formula values, serial dates as dates and percentages', () => {
    const result = table(read('roster.xlsx', rosterWorkbook()));
    expect(result).toMatchObject({ format: 'xlsx', encoding: null, sheets: ['Read me', 'People'], sheet: 'People' });
    expect(result.headers).toEqual(['Employee ID', 'First Name', 'Last Name', 'Full name', 'Email', 'Start date', 'FTE', 'Department']);
    expect(result.rows[0]).toEqual(['E1', 'Ada', 'Lovelace', 'Ada Lovelace', 'ada@example.com', '2026-01-01', '50%', 'Engineering']);
    expect(result.rows[1]?.[5]).toBe('2025-01-01');
    expect(result.lines).toEqual([2, 3]);
  });

  it('reads the sheet the user chooses, and names the sheets when asked for one that is not there', () => {
    expect(table(read('roster.xlsx', rosterWorkbook(), { sheet: 'Read me' })).headers).toEqual(['Roster exported from Workday']);
    expect(refusal(read('roster.xlsx', rosterWorkbook(), { sheet: 'Staff' }))).toBe('roster.xlsx has no sheet called “Staff”; its sheets are “Read me”, “People”.');
  });

  it('recognises a workbook by its content even when it is named .csv', () => {
    expect(table(read('roster.csv', singleSheetWorkbook([['Name'], ['Ada']]))).format).toBe('xlsx');
  });

  it('refuses a header row with merged cells, saying where and how to fix it', () => {
    expect(refusal(read('roster.xlsx', rosterWorkbook({ mergedHeader: true })))).toMatch(
      /^The header row on sheet “People” of roster.xlsx has merged cells \(B1:C1\).*Unmerge them in Excel/,
    );
  });
});

describe('readTableFile: bad input gets one clear sentence', () => {
  it('refuses an empty file, a blank one and a header without rows', () => {
    expect(refusal(read('empty.csv', new Uint8Array()))).toBe('empty.csv is empty (0 bytes): choose a file with a header row and one row per record.');
    expect(refusal(read('blank.csv', encodeUtf8('\r\n \r\n')))).toMatch(/^blank.csv is empty/);
    expect(refusal(read('header.csv', encodeUtf8('Name,Email,Title\r\n')))).toMatch(/^header.csv has only a header row \(Name, Email, Title…\) and no data below it/);
  });

  it('refuses an image renamed .csv, naming what it is', () => {
    expect(refusal(read('roster.csv', pngRenamedCsv()))).toBe(
      'roster.csv is a PNG image, not a table: choose a CSV, TSV or text file, or an Excel workbook (.xlsx).',
    );
    expect(refusal(read('roster.csv', new Uint8Array([1, 2, 3, 0, 5, 6, 7, 8])))).toMatch(/is a binary file, not text/);
  });

  it('tells an old .xls (read) from a password-protected .xlsx (refused) by the streams of the compound file', () => {
    const old = read('old.xls', legacyXls());
    expect(old.ok && old.table.workbookKind).toBe('xls');
    expect(refusal(read('secret.xlsx', encryptedXlsx()))).toMatch(/^secret.xlsx is protected with a password.*remove the password/);
  });

  it('refuses a file over 50 MB, naming its size and the limit', () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES + 3 * 1024 * 1024).fill(0x41);
    expect(refusal(read('huge.csv', bytes))).toBe('huge.csv is 53 MB, over the 50 MB an import reads: split it into smaller files.');
  });
});

import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../../renderer/import/readTable';
import { describeProblem, suggestColumnMapping, validateRoster, type ReadOptions, type ReadTable, type RosterValidation } from '../../../shared/import';
import { defaultDepartments } from '../rules/orgFactories';
import { decodeSingleByte, SINGLE_BYTE_ENCODINGS } from '../../../shared/import/codePages';
import { toDelimited } from '../../fixtures/import/importFiles';
import {
  adpPipeText,
  bambooHrCsv,
  centralEuropeanCsv,
  excelKeptListCsv,
  frenchPayrollCsv,
  hibobCsv,
  macLineEndingsCsv,
  macRomanCsv,
  htmlTableXls,
  spreadsheetXmlXls,
  legacyXlsRoster,
  encodeSingleByte,
  MAC_ROMAN_ROWS,
  personioUtf16BeText,
  workdayWorkersWorkbook,
} from '../../fixtures/import/realRosters';

const TODAY = '2026-12-01';

function read(name: string, bytes: Uint8Array, options: ReadOptions = {}): ReadTable {
  const outcome = readTableFile({ name, bytes }, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.table;
}

function preview(table: ReadTable, skipInactive = true): RosterValidation {
  return validateRoster({ table, mapping: suggestColumnMapping(table.headers), departments: defaultDepartments(), existingPeople: [], damagedRows: table.damagedRows, today: TODAY, skipInactive });
}

const names = (result: RosterValidation, status = 'new') => result.rows.filter((r) => r.status === status).map((r) => r.person?.name);

describe('BambooHR employee list (UTF-8, comma, LF)', () => {
  const table = read('employees.csv', bambooHrCsv());

  it('maps the preferred name, the work email (not the manager’s) and the status column', () => {
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, firstName: 1, preferredName: 2, middleName: 3, lastName: 4, email: 6, title: 7, department: 8, status: 9 });
  });

  it('shows the preferred first name with the last name, keeps leading zeros and tidies the email', () => {
    const result = preview(table);
    expect(names(result)).toEqual(['Bob Smith', 'Grete van der Berg', 'Siobhán Áine O\'Connor', 'María José de la Cruz']);
    expect(result.rows[0]?.person).toMatchObject({ employeeId: '00042', email: 'Bob.Smith@ACME.example' });
    // A zero-width space pasted into an address is not part of it.
    expect(result.rows[2]?.person?.email).toBe('siobhan.oconnor@acme.example');
  });

  it('skips the terminated row by default, and imports it when asked', () => {
    const result = preview(table);
    expect(result.totals).toMatchObject({ new: 4, inactive: 1, refused: 0 });
    expect(result.rows[3]).toMatchObject({ status: 'inactive', dataRow: 4 });
    expect(result.rows[3]?.inactiveReason).toBe('status “Terminated”');
    expect(preview(table, false).totals).toMatchObject({ new: 5, inactive: 0 });
  });
});

describe('Central European Excel (Windows-1250, semicolons)', () => {
  it('detects Windows-1250 and reads Polish, Czech, Hungarian and Slovak names intact', () => {
    const table = read('pracownicy.csv', centralEuropeanCsv());
    expect(table.encoding).toBe('windows-1250');
    expect(table.separator).toBe(';');
    expect(table.damagedRows).toEqual([]);
    // "Dział": ł has no accent to strip; it still reads as the department.
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, firstName: 1, lastName: 2, email: 3, title: 4, department: 5 });
    const result = preview(table);
    expect(names(result)).toEqual(['Łukasz Wiśniewski', 'Małgorzata Żółkiewska', 'Jiří Dvořák', 'Ödön Kővári', 'Ágnes Szőke-Erdős', 'Ľubomír Šťastný']);
  });

  it('reads ISO-8859-2 when chosen, and flags letters a Western code page turns into control characters', () => {
    expect(read('pracownicy.csv', centralEuropeanCsv('iso-8859-2'), { encoding: 'iso-8859-2' }).rows[0]?.[1]).toBe('Łukasz');
    const western = read('pracownicy.csv', centralEuropeanCsv(), { encoding: 'windows-1252' });
    // Ť and ť have no Windows-1252 letter: the row is flagged, never stored with an invisible control character.
    expect(western.damagedRows).toContain(5);
    // The other rows have no � but misspelt names ("£ukasz"): the preview says which encoding reads better.
    expect(western.notices[0]).toBe(
      'Read as Windows-1252 / ISO-8859-1 (Western European), names in this file look misspelt; it reads better as Windows-1250 (Central European: Polish, Czech, Hungarian…): choose that encoding above.',
    );
  });
});

describe('Excel for Mac “CSV (Macintosh)” (Mac OS Roman, semicolons, CR)', () => {
  it('decodes every byte as the platform’s own Mac OS Roman decoder does, for each code page', () => {
    const everyByte = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    for (const encoding of SINGLE_BYTE_ENCODINGS) {
      if (encoding === 'windows-1252') continue; // Node's decoder lacks Windows-1252's 0x80–0x9F: the reason this table exists.
      expect([encoding, decodeSingleByte(everyByte, encoding)]).toEqual([encoding, new TextDecoder(encoding).decode(everyByte)]);
    }
  });

  it('detects Mac OS Roman and reads French, German, Spanish and Nordic names intact', () => {
    const table = read('mitarbeiter.csv', macRomanCsv());
    expect(table.encoding).toBe('macintosh');
    expect(table.separator).toBe(';');
    expect(table.damagedRows).toEqual([]);
    expect(names(preview(table))).toEqual(['René Lefèvre', 'Jürgen Weiß', 'Dörte Müller-Schäfer', 'José Núñez', 'Björn Åström', 'Françoise Brontë']);
  });

  it('tells a German-only Mac file (ä, ö, ü, ß: each a plausible letter in Windows-1252) from a Windows one', () => {
    const german = encodeSingleByte(toDelimited([['Name'], ['Jürgen Weiß'], ['Dörte Müller'], ['Käthe Schäfer']], ';', '\r'), 'macintosh');
    expect(read('namen.csv', german).encoding).toBe('macintosh');
    expect(read('namen.csv', german).rows.map((r) => r[0])).toEqual(['Jürgen Weiß', 'Dörte Müller', 'Käthe Schäfer']);
  });

  it('read as Windows-1252 by hand, says the file reads better as Mac OS Roman', () => {
    const western = read('mitarbeiter.csv', macRomanCsv(), { encoding: 'windows-1252' });
    expect(western.notices.join(' ')).toContain('it reads better as Mac OS Roman');
  });

  it('keeps Windows files in their code page (a Mac reading spells “RenÈ” and “M¸ller”)', () => {
    expect(read('salaries.csv', frenchPayrollCsv()).encoding).toBe('windows-1252');
    expect(read('pracownicy.csv', centralEuropeanCsv()).encoding).toBe('windows-1250');
    expect(MAC_ROMAN_ROWS.length).toBe(7);
  });
});

describe('“Export to Excel” files that are not .xlsx (old .xls, a web page table, Excel 2003 XML)', () => {
  it('reads a web HR system’s HTML table saved as .xls: title row skipped, personnel numbers with their zeros, accents intact', () => {
    const table = read('employees.xls', htmlTableXls());
    expect(table.format).toBe('xlsx');
    expect(table.workbookKind).toBe('html');
    expect(table.encoding).toBe('utf-8');
    expect(table.headers).toEqual(['Personnel No.', 'First Name', 'Last Name', 'E-Mail', 'Position', 'Department']);
    expect(table.rows.map((r) => r[0])).toEqual(['00012345', '00012346', '00012347']);
    expect(table.damagedRows).toEqual([]);
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, firstName: 1, lastName: 2, email: 3, title: 4, department: 5 });
    const result = preview(table);
    expect(names(result)).toEqual(['Zoë Ångström', 'René Lefèvre', "Siobhán O'Connor"]);
    expect(result.rows.find((r) => r.person?.name === 'Zoë Ångström')?.person?.employeeId).toBe('00012345');
  });

  it('reads the same page saved in Windows-1252, and lets the encoding be chosen again', () => {
    const table = read('employees.xls', htmlTableXls('windows-1252'));
    expect(table.workbookKind).toBe('html');
    expect(table.encoding).toBe('windows-1252');
    expect(names(preview(table))).toEqual(['Zoë Ångström', 'René Lefèvre', "Siobhán O'Connor"]);
    const chosen = read('employees.xls', htmlTableXls('windows-1252'), { encoding: 'iso-8859-2' });
    expect(chosen.encoding).toBe('iso-8859-2');
    expect(chosen.encodingChosen).toBe(true);
  });

  it('reads Excel 2003 XML: the workers’ sheet after a parameters sheet, typed cells and dates', () => {
    const table = read('workers.xls', spreadsheetXmlXls(), { prefer: 'people' });
    expect(table.workbookKind).toBe('spreadsheet-xml');
    expect(table.sheet).toBe('Workers');
    expect(table.sheets).toEqual(['Report parameters', 'Workers']);
    expect(table.rows.map((r) => r[6])).toEqual(['2019-04-01', '2021-09-15']);
    expect(names(preview(table))).toEqual(['Jürgen Weiß', 'Dörte Müller']);
  });

  it('reads an old Excel 97–2003 workbook (.xls) past its cover sheet', () => {
    const table = read('headcount.xls', legacyXlsRoster(), { prefer: 'people' });
    expect(table.workbookKind).toBe('xls');
    expect(table.sheet).toBe('Employees');
    expect(names(preview(table))).toEqual(['Łukasz Wiśniewski', 'Ödön Kővári', 'Jiří Dvořák']);
  });

  it('refuses a web page without a table (a login page an expired session exported) by name, with what to do', () => {
    const outcome = readTableFile({ name: 'report.xls', bytes: new TextEncoder().encode('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Your session has expired.</p></body></html>') });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toBe(
      'report.xls is a web page (HTML) with no table in it: export the list from your HR system as CSV or Excel (.xlsx), or save the page that shows the table, and import that file.',
    );
  });

  it('keeps a CSV whose cells mention HTML a CSV', () => {
    const table = read('notes.csv', new TextEncoder().encode('Name,Note\nAda,"uses <table> layouts"\nGrace,ok\n'));
    expect(table.format).toBe('text');
    expect(table.rows).toEqual([['Ada', 'uses <table> layouts'], ['Grace', 'ok']]);
  });
});

describe('French payroll list (Windows-1252, NOM in capitals)', () => {
  const table = read('salaries.csv', frenchPayrollCsv());

  it('detects Windows-1252 and maps Nom, Prénom, Matricule, Courriel, Service and Statut', () => {
    expect(table.encoding).toBe('windows-1252');
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, lastName: 1, firstName: 2, email: 3, title: 4, department: 5, status: 7 });
  });

  it('writes surnames in capitals as names, keeping particles lower case, and skips the leaver', () => {
    const result = preview(table);
    expect(names(result)).toEqual(['Jean Dupont', 'Marie-Hélène de la Fontaine', "Aïssatou N'Diaye", 'Seán McDonald']);
    expect(result.rows[3]).toMatchObject({ status: 'inactive', inactiveReason: 'status “Sorti”' });
    expect(result.rows[0]?.person?.employeeId).toBe('000123');
  });
});

describe('ADP export (pipes, "Last, First" payroll names, US dates)', () => {
  const table = read('adp.txt', adpPipeText());

  it('reads the pipes and maps the payroll name, work email and position status', () => {
    expect(table.separator).toBe('|');
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, name: 1, status: 2, email: 3, title: 4, department: 5, endDate: 8 });
  });

  it('turns "Last, First" into "First Last", keeps suffixes with the surname, and skips the terminated', () => {
    const result = preview(table);
    expect(names(result)).toEqual(['Ada Okafor', 'Jean-Luc Lefèvre', 'John Smith Jr.', 'Piotr Kowalski']);
    expect(result.totals).toMatchObject({ new: 4, inactive: 1 });
  });
});

describe('HiBob (Known as, lifecycle status)', () => {
  it('uses “Known as” with the last name and skips the terminated, keeping people on garden leave', () => {
    const table = read('bob.csv', hibobCsv());
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, firstName: 1, preferredName: 2, lastName: 3, status: 7 });
    const result = preview(table);
    expect(names(result)).toEqual(['Sasha Petrov', 'Lisa Groß', 'Bill Turner']);
    expect(result.totals.inactive).toBe(1);
  });
});

describe('line endings and byte orders', () => {
  it('reads an old Mac CSV whose lines end in CR alone, with line numbers right', () => {
    const table = read('mac.csv', macLineEndingsCsv());
    expect(table.rows.map((r) => r[0])).toEqual(['Zoë Ångström', 'Ólafur Þórsson', 'Chloé Brontë']);
    expect(table.lines).toEqual([2, 3, 4]);
  });

  it('reads Personio “Unicode text” in UTF-16 BE and skips the inactive (German status words)', () => {
    const table = read('personio.txt', personioUtf16BeText());
    expect(table.encoding).toBe('utf-16be');
    const result = preview(table);
    expect(names(result)).toEqual(['Jürgen Weiß']);
    expect(result.rows[0]?.person?.employeeId).toBe('0815');
    expect(result.rows[1]).toMatchObject({ status: 'inactive', inactiveReason: 'status “inaktiv”' });
  });
});

describe('Workday workbook (summary sheet first, two-row merged header, hidden column, footer)', () => {
  const table = read('Workers.xlsx', workdayWorkersWorkbook(), { prefer: 'people' });

  it('reads the people’s sheet, not the summary before it', () => {
    expect(table.sheet).toBe('Workers');
    expect(table.sheets).toEqual(['Summary', 'Workers']);
  });

  it('takes the column names from under the merged group row, numbering repeated ones', () => {
    expect(table.headers).toEqual(['Employee ID', 'Legal First Name', 'Preferred First Name', 'Last Name', 'Email', 'Email (2)', 'Business Title', 'Supervisory Organization', 'Status']);
    expect(table.hiddenColumns).toEqual([5]);
    expect(table.notices.slice(0, 2)).toEqual([
      'The column names are on file row 4: 1 row above it (“Workers — Contoso Ltd”) is a title and is not imported.',
      'File row 3 holds group names merged across several columns (“Worker”, “Contact”, “Position”); the column names are read from row 4 below it.',
    ]);
  });

  it('keeps employee IDs shown with leading zeros as the sheet shows them, and leaves out the footer', () => {
    expect(table.rows.map((r) => r[0])).toEqual(['001207', '000088', '045001', '000003']);
    expect(table.notices.join(' ')).toContain('Confidential');
  });

  it('imports the active people under their preferred names', () => {
    const result = preview(table);
    expect(suggestColumnMapping(table.headers, table.hiddenColumns)).toMatchObject({ email: 4, preferredName: 2, department: 7 });
    expect(names(result)).toEqual(['Kasia Nowak-Jabłońska', 'Håkon Bjørnstad', 'Seun Adébáyọ̀']);
    expect(result.totals).toMatchObject({ new: 3, inactive: 1, refused: 0 });
  });
});

describe('a list kept in Excel, saved as CSV', () => {
  const table = read('team list.csv', excelKeptListCsv());

  it('honours Excel’s “sep=;” line and does not take it for a title', () => {
    expect(table.separator).toBe(';');
    expect(table.headers[0]).toBe('Staff no.');
    expect(table.lines[0]).toBe(3);
    expect(table.notices.join(' ')).not.toContain('title');
  });

  it('reads ="00123" as the ID 00123 and maps Surname, Forename and E-mail address', () => {
    expect(suggestColumnMapping(table.headers)).toMatchObject({ employeeId: 0, lastName: 1, firstName: 2, email: 4, department: 5, title: 6 });
    const result = preview(table);
    expect(result.rows[0]?.person).toMatchObject({ employeeId: '00123', name: 'João Ferreira' });
  });

  it('refuses a cell holding an Excel error, naming its column, the value and what to do', () => {
    const result = preview(table);
    expect(result.totals).toMatchObject({ new: 2, refused: 1 });
    expect(result.rows[1]?.problems.map((p) => describeProblem(p))).toEqual([
      '“Team / Department” (column F): is an Excel error, not a value: “#N/A” — correct the formula in the sheet, or clear the cell, then save and import again',
    ]);
    expect(result.newDepartments.map((d) => d.name)).toEqual(['Plataforma']);
  });
});

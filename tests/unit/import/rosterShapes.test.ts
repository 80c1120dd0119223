import { describe, expect, it } from 'vitest';
import { codePageScore, likeliestCodePage } from '../../../shared/import/codePages';
import { detectEncoding } from '../../../shared/import/encoding';
import { combineGroupedHeader, trailingFooterRows } from '../../../shared/import/headerRow';
import {
  composeName,
  detectDayMonthOrder,
  endDateSaysLeft,
  lastCommaFirst,
  nameCase,
  parseExportDate,
  rosterIdKey,
  statusSaysLeft,
  surnameFirstInCapitals,
  tidyCell,
  DEFAULT_TITLE_ROLE_SYNONYMS,
  suggestColumnMapping,
  suggestMembershipMapping,
  validateMemberships,
  weekHoursOfColumn,
  rememberedMapping,
  withNewFieldsSuggested,
  ROSTER_FIELDS,
} from '../../../shared/import';
import { defaultRoles } from '../rules/factories';
import { person, team } from '../rules/orgFactories';
import { encodeWindows1252 } from '../../fixtures/import/importFiles';
import { encodeSingleByte } from '../../fixtures/import/realRosters';

describe('names as HR exports write them', () => {
  it('puts the preferred first name before the last name, dropping the legal first and middle names', () => {
    expect(composeName({ full: '', first: 'Robert', middle: 'James', last: 'Smith', preferred: 'Bob' })).toBe('Bob Smith');
    expect(composeName({ full: '', first: 'Robert', middle: '', last: 'Smith', preferred: '' })).toBe('Robert Smith');
    expect(composeName({ full: '', first: 'Mary', middle: '', last: 'Smith', preferred: 'Mary Ann' })).toBe('Mary Ann Smith');
    expect(composeName({ full: '', first: 'Robert', middle: '', last: 'Smith', preferred: 'Bob Smith' })).toBe('Bob Smith');
  });

  it('puts a one-word preferred name in front of a full name’s surname, and takes a longer one as the whole name', () => {
    expect(composeName({ full: 'Katarzyna Nowak', first: '', middle: '', last: '', preferred: 'Kasia' })).toBe('Kasia Nowak');
    expect(composeName({ full: '王芳', first: '', middle: '', last: '', preferred: 'Wang Fang' })).toBe('Wang Fang');
    expect(composeName({ full: '', first: '', middle: '', last: '', preferred: 'Cher' })).toBe('Cher');
  });

  it('turns "Last, First" round, but not "First Last, Jr."', () => {
    expect(lastCommaFirst('Okafor, Ada')).toBe('Ada Okafor');
    expect(lastCommaFirst('Smith Jr., John')).toBe('John Smith Jr.');
    expect(lastCommaFirst('John Smith, Jr.')).toBe('John Smith, Jr.');
    expect(lastCommaFirst('Smith, John, Dr')).toBe('Smith, John, Dr');
  });

  it('writes words in capitals as names: particles lower case, Mc, apostrophes and hyphens, Roman numerals kept', () => {
    expect(nameCase('Marie-Hélène DE LA FONTAINE')).toBe('Marie-Hélène de la Fontaine');
    expect(nameCase('Seán MCDONALD')).toBe('Seán McDonald');
    expect(nameCase("Aïssatou N'DIAYE")).toBe("Aïssatou N'Diaye");
    expect(nameCase('François LEFÈVRE-DUBŒUF')).toBe('François Lefèvre-Dubœuf');
    expect(nameCase('JOHN SMITH III')).toBe('John Smith III');
    expect(nameCase('Jan van der Berg')).toBe('Jan van der Berg');
    expect(nameCase('DE VRIES Anna')).toBe('De Vries Anna');
  });

  it('reads "DUPONT Jean" as surname first, but leaves "JP Morgan" and names wholly in capitals in order', () => {
    expect(surnameFirstInCapitals('DUPONT Jean')).toBe('Jean DUPONT');
    expect(surnameFirstInCapitals('DE LA FONTAINE Marie-Hélène')).toBe('Marie-Hélène DE LA FONTAINE');
    expect(surnameFirstInCapitals('JP Morgan')).toBe('JP Morgan');
    expect(surnameFirstInCapitals('JEAN DUPONT')).toBe('JEAN DUPONT');
    expect(composeName({ full: 'DUPONT Jean', first: '', middle: '', last: '' })).toBe('Jean Dupont');
  });

  it('drops the ID or state Workday adds to a worker’s name, but keeps other brackets', () => {
    expect(composeName({ full: 'Ada Okafor (100234)', first: '', middle: '', last: '' })).toBe('Ada Okafor');
    expect(composeName({ full: 'Okafor, Ada (On Leave)', first: '', middle: '', last: '' })).toBe('Ada Okafor');
    expect(composeName({ full: 'Li Wei (Vivian)', first: '', middle: '', last: '' })).toBe('Li Wei (Vivian)');
  });

  it('drops zero-width spaces, byte-order marks and soft hyphens pasted into cells', () => {
    expect(tidyCell('\uFEFFana@example.com\u200B')).toBe('ana@example.com');
    expect(tidyCell('Jo\u00ADhanna\u00A0 Berg')).toBe('Johanna Berg');
  });

  it('matches employee IDs without the leading zeros Excel drops, and only for numeric IDs', () => {
    expect(rosterIdKey('000042')).toBe(rosterIdKey('42'));
    expect(rosterIdKey('0')).toBe('0');
    expect(rosterIdKey('E-0042')).not.toBe(rosterIdKey('E-42'));
  });
});

describe('who has left', () => {
  it('reads leaving statuses in several languages and keeps people on leave', () => {
    for (const value of ['Terminated', 'Terminated - Voluntary', 'Inactive', 'inaktiv', 'Ausgetreten', 'Sorti', 'Withdrawn', 'Baja', 'Retired']) {
      expect(statusSaysLeft('Status', value)).toBe(`status “${value}”`);
    }
    for (const value of ['Active', 'Aktiv', 'Leave', 'On leave', 'Garden leave', 'Full-Time', 'Part-Time', 'Employed', 'Actif', '']) {
      expect(statusSaysLeft('Status', value)).toBeNull();
    }
  });

  it('reads a yes/no “Active” or “Terminated” column', () => {
    expect(statusSaysLeft('Active', 'No')).toBe('Active “No”');
    expect(statusSaysLeft('Is active', 'FALSE')).toBe('Is active “FALSE”');
    expect(statusSaysLeft('Active', 'Yes')).toBeNull();
    expect(statusSaysLeft('Active Status', 'No')).toBe('Active Status “No”');
    expect(statusSaysLeft('Terminated', 'Yes')).toBe('Terminated “Yes”');
    expect(statusSaysLeft('Terminated', 'No')).toBeNull();
    expect(suggestColumnMapping(['Name', 'Email', 'Terminated?']).status).toBe(2);
  });

  it('counts a leaving date before today as gone, today or later as still here', () => {
    expect(endDateSaysLeft('Termination Date', '10/31/2025', 'mdy', '2026-12-01')).toBe('left on 2025-10-31 (Termination Date “10/31/2025”)');
    expect(endDateSaysLeft('Austrittsdatum', '31.12.2026', 'dmy', '2026-12-01')).toBeNull();
    expect(endDateSaysLeft('End date', '2026-12-01', 'dmy', '2026-12-01')).toBeNull();
    expect(endDateSaysLeft('End date', 'n/a', 'dmy', '2026-12-01')).toBeNull();
  });
});

describe('dates as HR exports write them', () => {
  it('reads ISO, dotted, slashed (by the column’s order), named months and Excel serials', () => {
    expect(parseExportDate('2025-03-04', 'mdy')).toBe('2025-03-04');
    expect(parseExportDate('2025-03-04T00:00:00', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('04.03.2025', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('4/3/2025', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('3/4/2025', 'mdy')).toBe('2025-03-04');
    expect(parseExportDate('04-Mar-2025', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('4. März 2025', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('45720', 'dmy')).toBe('2025-03-04');
    expect(parseExportDate('31/02/2025', 'dmy')).toBeNull();
    expect(parseExportDate('Q1', 'dmy')).toBeNull();
  });

  it('tells day-first from month-first by the values, else by the file’s decimal mark', () => {
    expect(detectDayMonthOrder(['03/04/2025', '31/01/2025'])).toBe('dmy');
    expect(detectDayMonthOrder(['03/04/2025', '12/31/2025'])).toBe('mdy');
    expect(detectDayMonthOrder(['03/04/2025'], '.')).toBe('mdy');
    expect(detectDayMonthOrder(['03.04.2025'], '.')).toBe('dmy');
    expect(detectDayMonthOrder(['03/04/2025'], ',')).toBe('dmy');
  });
});

describe('Central European code pages', () => {
  it('prefers the reading that spells names: Windows-1250 for Polish, Windows-1252 for French and Nordic names', () => {
    const polish = encodeSingleByte('Łukasz;Wiśniewski\nMałgorzata;Żółkiewska\n', 'windows-1250');
    expect(codePageScore(polish, 'windows-1250')).toBeGreaterThan(codePageScore(polish, 'windows-1252'));
    expect(likeliestCodePage(polish, 'windows-1252')).toBe('windows-1250');
    const western = encodeWindows1252('Hélène;Lefèvre\nJørgen;Ødegård\nJoão;Gonçalves\nÞór;Ólafsson\n');
    expect(likeliestCodePage(western, 'windows-1252')).toBe('windows-1252');
  });

  it('detects Czech and Hungarian letters that Windows-1252 reads as other letters (ř as ø, ő as õ)', () => {
    expect(detectEncoding(encodeSingleByte('Jiří;Dvořák;Tesztelő;Kővári\n', 'windows-1250')).encoding).toBe('windows-1250');
    expect(detectEncoding(encodeSingleByte('Łukasz;Wiśniewski\n', 'iso-8859-2')).encoding).toBe('iso-8859-2');
  });
});

describe('report layouts', () => {
  it('combines a group row merged over column names with the names below it', () => {
    expect(combineGroupedHeader(['ID', 'Worker', '', 'Manager', ''], ['ID', 'Name', 'Email', 'Name', 'Email'], [{ start: 1, end: 2 }, { start: 3, end: 4 }])).toEqual([
      'ID', 'Worker Name', 'Worker Email', 'Manager Name', 'Manager Email',
    ]);
  });

  it('does not take a data row for column names under a merged header', () => {
    expect(combineGroupedHeader(['ID', 'Name', ''], ['E1', 'Ada', 'ada@example.com'], [{ start: 1, end: 2 }])).toBeNull();
    expect(combineGroupedHeader(['ID', 'Name'], ['ID', 'Name'], [])).toBeNull();
  });

  it('leaves out a report’s footer lines but never a person with only a name', () => {
    expect(trailingFooterRows([['E1', 'Ada', 'ada@x'], ['Confidential — generated by Workday on 01.12.2026']], 3)).toBe(1);
    expect(trailingFooterRows([['E1', 'Ada', 'ada@x'], ['Page 1 of 1'], ['42 records']], 3)).toBe(2);
    expect(trailingFooterRows([['E1', 'Ada', 'ada@x'], ['', 'Grace Hopper', '']], 3)).toBe(0);
    expect(trailingFooterRows([['Ada'], ['Report generated today']], 1)).toBe(0);
  });
});

describe('allocations in hours', () => {
  const roles = defaultRoles();
  const people = [person('ana', 'Ana Souza', { email: 'ana@example.com' }), person('ben', 'Ben Okafor', { email: 'ben@example.com' }), person('cy', 'Cy Lee', { email: 'cy@example.com' })];
  const validate = (headers: string[], rows: string[][], decimalMark: ',' | '.' = ',') =>
    validateMemberships({
      table: { headers, rows, lines: rows.map((_, i) => i + 2) },
      mapping: suggestMembershipMapping(headers),
      decimalMark, people, teams: [team('payments', 'Payments')], roles, memberships: [], synonyms: DEFAULT_TITLE_ROLE_SYNONYMS, defaultAllocation: 100,
    });

  it('reads “32” in a column whose header says hours as 80 % of a 40-hour week, and a stated week of 38,5 hours', () => {
    const rows = [['ana@example.com', 'Payments', 'Developer', '32'], ['ben@example.com', 'Payments', 'Developer', '20'], ['cy@example.com', 'Payments', 'Developer', '']];
    expect(validate(['E-Mail', 'Team', 'Rolle', 'Wochenstunden'], rows).rows.map((r) => r.allocation)).toEqual([80, 50, 100]);
    expect(validate(['Email', 'Team', 'Role', 'Hours per week (of 38,5)'], [['ana@example.com', 'Payments', 'Developer', '38,5']]).rows[0]?.allocation).toBe(100);
  });

  it('leaves “32” a percentage when the header does not say hours, and “80 %” a percentage under any header', () => {
    expect(validate(['Email', 'Team', 'Role', 'Allocation'], [['ana@example.com', 'Payments', 'Developer', '32']]).rows[0]?.allocation).toBe(32);
    expect(validate(['Email', 'Team', 'Role', 'Weekly hours'], [['ana@example.com', 'Payments', 'Developer', '80 %']]).rows[0]?.allocation).toBe(80);
    expect(weekHoursOfColumn('Allocation %')).toBeNull();
    expect(weekHoursOfColumn('Std./Woche (35 h)')).toBe(35);
  });
});

describe('mappings remembered before the preferred name and status existed', () => {
  it('keeps every remembered choice and suggests only the fields the saved mapping does not know', () => {
    const headers = ['Employee #', 'First Name', 'Preferred Name', 'Last Name', 'Work Email', 'Employment Status'];
    const saved = { employeeId: 0, name: null, firstName: 1, middleName: null, lastName: 3, email: 4, title: null, department: null, departmentKind: null };
    const remembered = rememberedMapping(saved, headers, ROSTER_FIELDS);
    expect(remembered).not.toBeNull();
    const mapping = withNewFieldsSuggested(saved, remembered!, suggestColumnMapping(headers));
    expect(mapping).toMatchObject({ employeeId: 0, firstName: 1, lastName: 3, email: 4, preferredName: 2, status: 5, title: null });
    // A field the person set to "not in the file" stays so.
    expect(withNewFieldsSuggested({ ...saved, preferredName: null }, { ...remembered!, preferredName: null }, suggestColumnMapping(headers)).preferredName).toBeNull();
  });
});

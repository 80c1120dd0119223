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
} from '../../../shared/import';
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

  it('reads a yes/no “Active” column', () => {
    expect(statusSaysLeft('Active', 'No')).toBe('Active “No”');
    expect(statusSaysLeft('Is active', 'FALSE')).toBe('Is active “FALSE”');
    expect(statusSaysLeft('Active', 'Yes')).toBeNull();
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

import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../shared/import/encoding';
import { excelSerialToIso } from '../../../shared/import/excelDates';
import { classifyCompoundStreams, recogniseFileContent } from '../../../shared/import/fileContent';
import { detectDecimalMark, parseLocaleNumber } from '../../../shared/import/numbers';
import { detectSeparator } from '../../../shared/import/separator';
import { columnLetter, tidyHeaders } from '../../../shared/import/table';
import { encodeUtf16, encodeUtf8, encodeWindows1252 } from '../../fixtures/import/importFiles';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', encodeUtf8('Name\nZoë', true), 'utf-8', 3, 'byte-order mark'],
    ['UTF-8 without BOM', encodeUtf8('Name\nZoë'), 'utf-8', 0, 'valid UTF-8'],
    ['ASCII', encodeUtf8('Name\nZoe'), 'utf-8', 0, 'plain ASCII'],
    ['UTF-16 LE with BOM', encodeUtf16('Name\nZoë', 'le'), 'utf-16le', 2, 'byte-order mark'],
    ['UTF-16 BE with BOM', encodeUtf16('Name\nZoë', 'be'), 'utf-16be', 2, 'byte-order mark'],
    ['UTF-16 LE without BOM', encodeUtf16('Name,Email\nZoë,z@x.org', 'le', false), 'utf-16le', 0, 'zero bytes of UTF-16'],
    ['Windows-1252', encodeWindows1252('Name\nŽeljko Dubœuf'), 'windows-1252', 0, 'not valid UTF-8'],
    ['Latin-1 letters only', encodeWindows1252('Name\nJosé Núñez'), 'windows-1252', 0, 'not valid UTF-8'],
  ])('%s', (_label, bytes, encoding, bomLength, reason) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, bomLength, reason });
  });

  it('does not take a UTF-8 sequence cut at the end of a 1 MiB sample for invalid', () => {
    const text = 'a'.repeat((1 << 20) - 1) + 'é';
    expect(detectEncoding(encodeUtf8(text)).encoding).toBe('utf-8');
  });
});

describe('detectSeparator', () => {
  it('prefers the separator the header repeats on every row over one that occurs in values', () => {
    expect(detectSeparator('Name;Salary;Note\nAna;1,5;a, b\nBen;2,5;c\n')).toBe(';');
    expect(detectSeparator('Name,Team\nAna;Ben,Payments\n')).toBe(',');
  });

  it('ignores separators inside quotes, including quoted line breaks', () => {
    expect(detectSeparator('"a;b";c\n"x\n;y";z\n')).toBe(';');
    expect(detectSeparator('Name\tTeam\n"Souza, Ana"\tPayments\n')).toBe('\t');
  });

  it('returns null for a file of one column', () => {
    expect(detectSeparator('Name\nAna\nBen\n')).toBeNull();
  });
});

describe('numbers as the file writes them', () => {
  it('detects decimal commas by majority and ignores ambiguous thousands', () => {
    expect(detectDecimalMark(['0,5', '12,75', '1.234', 'x'])).toBe(',');
    expect(detectDecimalMark(['0.5', '1,234', '1,234.5'])).toBe('.');
    expect(detectDecimalMark(['1,234', ''])).toBe('.');
  });

  it.each([
    ['1.234,5', ',', 1234.5],
    ['1 234,5', ',', 1234.5],
    ['50 %', ',', 50],
    ['1,234.5', '.', 1234.5],
    ['-0.25', '.', -0.25],
    ['abc', '.', null],
    ['', ',', null],
  ] as const)('%j with %j → %j', (text, mark, value) => {
    expect(parseLocaleNumber(text, mark)).toBe(value);
  });
});

describe('excelSerialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45658, '2025-01-01'],
    [46023, '2026-01-01'],
    [46023.5, '2026-01-01T12:00'],
  ])('serial %d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('reads the 1904 date system and refuses what is no date', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(-1)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });
});

describe('recogniseFileContent and compound files', () => {
  it('recognises ZIP, compound, images, text and empty files', () => {
    expect(recogniseFileContent(new Uint8Array([0x50, 0x4b, 3, 4, 0]), false).kind).toBe('zip');
    expect(recogniseFileContent(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), false).kind).toBe('compound');
    expect(recogniseFileContent(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), false)).toEqual({ kind: 'binary', looksLike: 'a PDF document' });
    expect(recogniseFileContent(encodeUtf16('Name', 'le'), true).kind).toBe('text');
    expect(recogniseFileContent(new Uint8Array(), false).kind).toBe('empty');
  });

  it('tells an .xls from a password-protected .xlsx by stream names', () => {
    expect(classifyCompoundStreams(['Root Entry/', 'Root Entry/Workbook', 'Root Entry/\u0005SummaryInformation'])).toBe('legacy-excel');
    expect(classifyCompoundStreams(['Root Entry/EncryptionInfo', 'Root Entry/EncryptedPackage'])).toBe('encrypted-office');
    expect(classifyCompoundStreams(['Root Entry/WordDocument'])).toBe('other');
  });
});

describe('headers', () => {
  it('names columns by letter as sheets do', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('tidies spaces and numbers repeats without case', () => {
    expect(tidyHeaders([' First  Name ', 'EMAIL', 'email']).headers).toEqual(['First Name', 'EMAIL', 'email (2)']);
  });
});

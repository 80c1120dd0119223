import { describe, expect, it } from 'vitest';
import { decideDecimalSeparator, decimalEvidence, readNumber } from '../../../shared/import/okrs/numbers';

const value = (text: string, separator: '.' | ',' = '.', decided = true) => {
  const reading = readNumber(text, separator, decided);
  return reading.kind === 'number' ? reading.value : reading.kind;
};

describe('reading numbers as people type them', () => {
  it('reads percentages and returns % as the unit', () => {
    expect(readNumber('40 %', '.')).toEqual({ kind: 'number', value: 40, unit: '%' });
    expect(readNumber('-4.5%', '.')).toEqual({ kind: 'number', value: -4.5, unit: '%' });
  });
  it('reads k, M and bn suffixes and currency symbols', () => {
    expect(value('1.2k')).toBe(1200);
    expect(value('$3M')).toBe(3_000_000);
    expect(value('€1,5 M', ',')).toBe(1_500_000);
    expect(value('2bn')).toBe(2_000_000_000);
    expect(value('USD 250')).toBe(250);
  });
  it('reads accounting negatives and grouping by spaces and apostrophes', () => {
    expect(value('(250)')).toBe(-250);
    expect(value('1 200,5', ',')).toBe(1200.5);
    expect(value("1'000")).toBe(1000);
    expect(value('1\u00a0234')).toBe(1234);
  });
  it('reads "1,200" as twelve hundred in a file whose decimal separator is "."', () => {
    expect(value('1,200', '.')).toBe(1200);
    expect(value('1.200', ',')).toBe(1200);
    expect(value('3,5', ',')).toBe(3.5);
  });
  it('flags "1,200" as ambiguous when nothing in the file decides the separator, never guessing', () => {
    const reading = readNumber('1,200', '.', false);
    expect(reading.kind).toBe('ambiguous');
    expect(reading.kind === 'ambiguous' && reading.message).toContain('could be 1200 or 1.200');
  });
  it('refuses a value that contradicts the file\'s separator, naming the fix', () => {
    const reading = readNumber('3,5', '.');
    expect(reading.kind).toBe('invalid');
    expect(reading.kind === 'invalid' && reading.message).toContain('write it as 3.5');
    expect(readNumber('12,34,567', '.').kind).toBe('invalid');
  });
  it('refuses words with a message that shows how to write a number', () => {
    expect(readNumber('about forty', '.')).toEqual({ kind: 'invalid', message: '"about forty" is not a number: write it like 40, 40 %, 1.2k or $3M' });
    expect(readNumber('  ', '.')).toEqual({ kind: 'empty' });
  });
  it('passes spreadsheet numbers through', () => {
    expect(readNumber(0.25, ',')).toEqual({ kind: 'number', value: 0.25, unit: '' });
  });
});

describe('deciding the decimal separator once per file', () => {
  it('takes the evidence of values that can be read only one way', () => {
    expect(decimalEvidence('3,5')).toBe(',');
    expect(decimalEvidence('1,234.5')).toBe('.');
    expect(decimalEvidence('1.234,5')).toBe(',');
    expect(decimalEvidence('1.200.000')).toBe(',');
    expect(decimalEvidence('1,200')).toBeUndefined();
    expect(decimalEvidence('42')).toBeUndefined();
  });
  it('decides "," for a file with "3,5" and reads its "1,200" as 1.2', () => {
    const decision = decideDecimalSeparator(['3,5', '1,200', '42']);
    expect(decision).toEqual({ separator: ',', decided: true, votes: { '.': 0, ',': 1 } });
    expect(value('1,200', decision.separator, decision.decided)).toBe(1.2);
  });
  it('assumes "." but says it was not decided when no value can tell', () => {
    expect(decideDecimalSeparator(['1,200', '42'])).toEqual({ separator: '.', decided: false, votes: { '.': 0, ',': 0 } });
  });
});

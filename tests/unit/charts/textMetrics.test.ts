import { describe, expect, it } from 'vitest';
import { ELLIPSIS, textWidth, truncateText, wrapText } from '../../../shared/charts';

const body = { size: 10, weight: 400 } as const;
const bold = { size: 10, weight: 700 } as const;

describe('textWidth (Inter metrics)', () => {
  it('measures nothing as zero and grows with every character', () => {
    expect(textWidth('', body)).toBe(0);
    expect(textWidth('Payments', body)).toBeGreaterThan(textWidth('Payment', body));
  });

  it('scales with the font size and is wider in bold', () => {
    expect(textWidth('Payments Platform', { size: 20, weight: 400 })).toBeCloseTo(2 * textWidth('Payments Platform', body), 6);
    expect(textWidth('Payments Platform', bold)).toBeGreaterThan(textWidth('Payments Platform', body));
  });

  it('knows that "W" is wider than "i", as in the real font', () => {
    expect(textWidth('W', body)).toBeGreaterThan(3 * textWidth('i', body));
  });

  it('measures accented and unknown letters without failing, never as zero', () => {
    expect(textWidth('Zoë Ørsted', body)).toBeGreaterThan(textWidth('Zoe Orsted', body) * 0.9);
    expect(textWidth('Łukasz Šimek', body)).toBeGreaterThan(0);
    expect(textWidth('日本', body)).toBeGreaterThanOrEqual(20);
  });
});

describe('truncateText', () => {
  it('keeps a text that fits as it is', () => {
    expect(truncateText('Data Platform', 200, body)).toBe('Data Platform');
  });

  it('cuts a text that does not fit and ends it with an ellipsis, within the width', () => {
    const cut = truncateText('Supply Chain Visibility and Logistics Integrations', 100, body);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(cut, body)).toBeLessThanOrEqual(100);
    expect('Supply Chain Visibility and Logistics Integrations'.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(truncateText('Anything', 2, body)).toBe('');
  });
});

describe('wrapText', () => {
  const mission = 'Technicians fix it on the first visit, with everything they need in their pocket.';

  it('wraps at spaces into lines no wider than the width, keeping every word', () => {
    const lines = wrapText(mission, 120, body);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, body)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(mission);
  });

  it('ends on the last allowed line with an ellipsis when the text needs more lines', () => {
    const lines = wrapText(mission, 120, body, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(lines[1]!, body)).toBeLessThanOrEqual(120);
  });

  it('breaks a word longer than a line into pieces that fit', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 50, body);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/-/g, '')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, body)).toBeLessThanOrEqual(50);
  });

  it('hyphenates a long single word where it breaks instead of cutting it silently mid-word', () => {
    const lines = wrapText('Zahlungsverkehrsabwicklung', 60, bold);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/\p{L}-$/u);
    expect(lines.at(-1)).not.toMatch(/-$/);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Zahlungsverkehrsabwicklung');
    for (const line of lines) expect(textWidth(line, bold)).toBeLessThanOrEqual(60);
  });

  it('treats runs of whitespace as one space and an empty text as no lines', () => {
    expect(wrapText('  Data \n  Platform ', 500, body)).toEqual(['Data Platform']);
    expect(wrapText('   ', 500, body)).toEqual([]);
    expect(wrapText('', 500, body)).toEqual([]);
  });

  it('gives no lines when no line is allowed', () => {
    expect(wrapText(mission, 120, body, 0)).toEqual([]);
  });
});

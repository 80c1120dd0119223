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

describe('measuring fast gives the same answers as measuring character by character', () => {
  // Deterministic pseudo-random texts: ASCII, Latin-1, dashes and quotes from the extra table, Polish, Greek, CJK, emoji (surrogate pairs), a lone surrogate.
  const alphabet = [...'abcdefghij KLMNOP qrstu 0123 -–—’“ éüßøñ łśżę ΑΒΓ 東京 👩🏽‍💻 \uD800'];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const texts = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));

  /** What wrapText did before it kept line widths: measure each candidate line whole. */
  function wrapByRemeasuring(text: string, maxWidth: number, font: typeof body): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (!line || textWidth(candidate, font) <= maxWidth) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  it('textWidth of a text is the sum of its characters’ widths, whatever the script', () => {
    for (const text of texts) {
      const bySum = [...text].reduce((sum, character) => sum + (textWidth(character, bold) * 1000) / (bold.size * 1.02), 0);
      expect(textWidth(text, bold)).toBeCloseTo((bySum * bold.size * 1.02) / 1000, 9);
    }
  });

  it('wrapText breaks lines exactly where measuring each candidate line whole does', () => {
    let compared = 0;
    for (const text of texts) {
      for (const maxWidth of [40, 90, 200]) {
        // Words wider than the line are split first by both; compare on texts whose words fit.
        if (text.split(/\s+/).some((word) => textWidth(word, body) > maxWidth)) continue;
        expect(wrapText(text, maxWidth, body)).toEqual(wrapByRemeasuring(text, maxWidth, body));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});

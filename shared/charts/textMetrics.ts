import { EXTRA_CHARACTERS, INTER_ADVANCES } from './interAdvances';

/** The weights of the bundled Inter that charts use. */
export type FontWeight = 400 | 500 | 600 | 700;

export interface FontSpec {
  /** In the layout's unit (points); widths come back in the same unit. */
  size: number;
  weight: FontWeight;
}

export const ELLIPSIS = '…';

/**
 * Charts are laid out before they are drawn (SVG text does not wrap, and pagination needs every
 * height in advance), so widths come from Inter's measured advances. Kerning only ever narrows
 * Inter's text, so the sum of advances is an upper bound; the small slack covers rounding in
 * the table and sub-pixel positioning.
 */
const SLACK = 1.02;
/** Letters outside the table: Latin ones are about as wide as an "o", other scripts up to an em. */
const LATIN_FALLBACK = 620;
const WIDE_FALLBACK = 1000;

const extraIndex = new Map([...EXTRA_CHARACTERS].map((character, index) => [character, 95 + 96 + index]));

function advance(character: string, weight: FontWeight): number {
  const code = character.codePointAt(0) ?? 32;
  const table = INTER_ADVANCES[weight];
  if (code >= 32 && code <= 126) return table[code - 32]!;
  if (code >= 160 && code <= 255) return table[95 + code - 160]!;
  const extra = extraIndex.get(character);
  if (extra !== undefined) return table[extra]!;
  return code < 0x0250 ? LATIN_FALLBACK : WIDE_FALLBACK;
}

/**
 * The sum of `text`'s advances in thousandths of an em (whole numbers, so sums of parts add up
 * exactly). A 200-team deck measures hundreds of thousands of words: ASCII and Latin-1 are read
 * straight from the table, without building a string per character.
 */
function advanceSum(text: string, weight: FontWeight): number {
  const table = INTER_ADVANCES[weight];
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 32 && code <= 126) total += table[code - 32]!;
    else if (code >= 160 && code <= 255) total += table[95 + code - 160]!;
    else {
      const point = text.codePointAt(index)!;
      if (point > 0xffff) index++;
      total += advance(String.fromCodePoint(point), weight);
    }
  }
  return total;
}

const toWidth = (sum: number, font: FontSpec) => (sum * font.size * SLACK) / 1000;

/** Width of `text` set in Inter at `font`, never less than the drawn width. */
export function textWidth(text: string, font: FontSpec): number {
  return toWidth(advanceSum(text, font.weight), font);
}

/** `text` as it fits in `maxWidth`: whole when it fits, else cut at a character and ended with "…". */
export function truncateText(text: string, maxWidth: number, font: FontSpec): string {
  if (textWidth(text, font) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, font);
  if (room <= 0) return '';
  let used = 0;
  let end = 0;
  const characters = [...text];
  for (; end < characters.length; end++) {
    const next = (advance(characters[end]!, font.weight) * font.size * SLACK) / 1000;
    if (used + next > room) break;
    used += next;
  }
  return `${characters.slice(0, end).join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits a word wider than a line into pieces that each fit: after its hyphens where it has
 * them ("Hohenberg-" "Schwarzenfels"), else between letters (a long URL, a name without spaces).
 */
function breakWord(word: string, maxWidth: number, font: FontSpec): string[] {
  const parts = word.split(/(?<=-)/);
  if (parts.length > 1) {
    const joined: string[] = [];
    for (const part of parts) {
      const last = joined.length - 1;
      if (last >= 0 && textWidth(joined[last]! + part, font) <= maxWidth) joined[last] += part;
      else joined.push(part);
    }
    return joined.flatMap((part) => (textWidth(part, font) > maxWidth ? breakLetters(part, maxWidth, font) : [part]));
  }
  return breakLetters(word, maxWidth, font);
}

/** A word too long for its line ("Zahlungsverkehrsabwicklung") breaks with a hyphen, so a reader sees it continues. */
function breakLetters(word: string, maxWidth: number, font: FontSpec): string[] {
  const pieces: string[] = [];
  let piece = '';
  const characters = [...word];
  characters.forEach((character, index) => {
    const more = index < characters.length - 1;
    const needed = more ? `${piece}${character}-` : `${piece}${character}`;
    if (piece && textWidth(needed, font) > maxWidth) {
      pieces.push(/\p{L}$/u.test(piece) && [...piece].length > 1 ? `${piece}-` : piece);
      piece = '';
    }
    piece += character;
  });
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`. With `maxLines`, text that needs more
 * lines ends on the last allowed line with "…" (nothing is ever drawn outside its box).
 * Whitespace runs count as one space; an empty text has no lines.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): string[] {
  // Each word is measured once, and the line's width kept as it grows (advances add up).
  const words: string[] = [];
  const sums: number[] = [];
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const sum = advanceSum(word, font.weight);
    if (toWidth(sum, font) <= maxWidth) {
      words.push(word);
      sums.push(sum);
    } else {
      for (const piece of breakWord(word, maxWidth, font)) {
        words.push(piece);
        sums.push(advanceSum(piece, font.weight));
      }
    }
  }
  const lines: string[] = [];
  const space = advanceSum(' ', font.weight);
  let line = '';
  let lineSum = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const wordSum = sums[index]!;
    if (!line) {
      line = word;
      lineSum = wordSum;
      continue;
    }
    if (toWidth(lineSum + space + wordSum, font) <= maxWidth) {
      line = `${line} ${word}`;
      lineSum += space + wordSum;
      continue;
    }
    lines.push(line);
    line = word;
    lineSum = wordSum;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return [];
  const last = kept.length - 1;
  const cut = truncateText(`${kept[last]} ${lines[last + 1]}`, maxWidth, font);
  kept[last] = cut.endsWith(ELLIPSIS) ? cut : truncateText(`${cut}${ELLIPSIS}`, maxWidth, font);
  return kept;
}

/**
 * Bidirectional isolation for user text (names, titles, missions…). A name can hold a
 * right-to-left override (U+202E) or right-to-left letters; set inside a longer line it would
 * reorder the text after it ("flip the rest of the row"). Wrapping it in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE (U+2068 … U+2069) keeps its direction to itself, in SVG text and in
 * strings (titles, labels, messages). HTML uses `<bdi>` (renderer/ui/UserText) for the same.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, …) and every bidi control character. */
const BIDI_SENSITIVE = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

/** True when `text` could change the order of the text around it. */
export function affectsBidiOrder(text: string): boolean {
  return BIDI_SENSITIVE.test(text);
}

/**
 * Drops POP DIRECTIONAL ISOLATE characters that close no isolate opened inside `text`: such a
 * character would end the isolation around it early and let what follows escape.
 */
export function dropStrayIsolateEnds(text: string): string {
  if (!text.includes(PDI)) return text;
  let open = 0;
  let result = '';
  for (const character of text) {
    if (character === '\u2066' || character === '\u2067' || character === FSI) open += 1;
    else if (character === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    result += character;
  }
  return result;
}

/**
 * `text` isolated for display inside a longer line: wrapped in FSI … PDI when it holds
 * right-to-left letters or bidi controls; left as it is otherwise (plain left-to-right text
 * cannot reorder its neighbours, and labels and search stay byte for byte the same).
 */
export function isolateBidi(text: string): string {
  return affectsBidiOrder(text) ? `${FSI}${dropStrayIsolateEnds(text)}${PDI}` : text;
}

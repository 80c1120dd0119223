/**
 * The single-byte code pages spreadsheets are saved in ("ANSI" in Excel's Save As), their upper
 * halves (bytes 0x80–0xFF) written out, and how to tell them apart by the names they spell.
 * A Central European file read as Western European has no U+FFFD to give it away: "Łukasz"
 * reads "£ukasz", "Kővári" "Kõvári" — so the choice is made by which reading spells real words.
 */
export const SINGLE_BYTE_ENCODINGS = ['windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2', 'macintosh'] as const;
export type SingleByteEncoding = (typeof SINGLE_BYTE_ENCODINGS)[number];

/** Bytes 0x80–0xFF of each code page; U+0080–U+009F where the page has no character. */
const UPPER_HALF: Record<SingleByteEncoding, string> = {
  'windows-1252': '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'iso-8859-15': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0¡¢£€¥Š§š©ª«¬\u00ad®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'windows-1250': '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  // Mac OS Roman: Excel for Mac's "CSV (Macintosh)" and old Mac exports (0xF0 is the Apple logo, a private-use character).
  macintosh: 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
  'iso-8859-2': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
};

/** Decodes bytes of a single-byte code page; the same on every platform (Node's TextDecoder lacks Windows-1252's 0x80–0x9F). */
export function decodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding): string {
  const upper = UPPER_HALF[encoding];
  const CHUNK = 8192;
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + CHUNK)) codes.push(byte < 0x80 ? byte : upper.charCodeAt(byte - 0x80));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * The letters beyond ASCII of the languages whose names fill European rosters. A word whose
 * accented letters all belong to one of them is a plausible name; "Dvoøák" (ø with á) and
 * "£ukasz" are not.
 */
const ALPHABETS = [
  'àâæçéèêëîïôœùûüÿ', 'äöüß', 'áéíñóúü', 'áâãàçéêíóôõú', 'àèéìíòóù', 'éëïöüèáó', 'åäöé', 'æøåéó', 'áéíóúýþæöð', 'àçèéíïòóúü',
  'ąćęłńóśźż', 'áčďéěíňóřšťúůýž', 'áäčďéíĺľňóôŕšťúýž', 'áéíóöőúüű', 'čćđšž', 'ăâîșşțţ', 'ëç', 'šžõäöü', 'āčēģīķļņšūž', 'ąčęėįšųūž',
];

/** Runs of text between separators, quotes and spaces. */
const WORD = /[^\s,;|"'()/\\.:\d-]+/g;

/** A capital beyond ASCII right after a small letter: "RenŽ", "MŸller" (a Mac "René", "Müller" read as Windows-1252). */
const CAPITAL_INSIDE_WORD = /\p{Ll}[^\u0000-\u007f\p{Ll}]/u;

/**
 * How plausible a reading of the bytes is: +1 for each word whose accented letters fit one
 * language, −1 for each word with a symbol or control character where a letter should be
 * ("£ukasz", "Wi\u009Cniewski"), 0 for a mix no language writes.
 */
export function codePageScore(bytes: Uint8Array, encoding: SingleByteEncoding, sampleBytes = 65_536): number {
  const text = decodeSingleByte(bytes.subarray(0, sampleBytes), encoding);
  let score = 0;
  for (const word of text.match(WORD) ?? []) {
    const beyondAscii = [...word].filter((ch) => ch.charCodeAt(0) >= 0x80);
    if (beyondAscii.length === 0) continue;
    if (beyondAscii.some((ch) => !/\p{L}/u.test(ch)) || CAPITAL_INSIDE_WORD.test(word)) {
      score--;
      continue;
    }
    const letters = beyondAscii.map((ch) => ch.toLowerCase());
    if (ALPHABETS.some((alphabet) => letters.every((ch) => alphabet.includes(ch)))) score++;
  }
  return score;
}

/**
 * The code page a non-UTF-8 file is most plausibly in. Western European wins ties: it is the
 * most common, and a Central European reading of a Western file spells fewer names.
 */
export function likeliestCodePage(bytes: Uint8Array, western: 'windows-1252' | 'iso-8859-15'): SingleByteEncoding {
  const candidates: SingleByteEncoding[] = [western, 'windows-1250', 'iso-8859-2', 'macintosh'];
  let best: { encoding: SingleByteEncoding; score: number } | null = null;
  for (const encoding of candidates) {
    const score = codePageScore(bytes, encoding);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding ?? western;
}

/** A code page that spells the file's names better than the one in use, or null when none does. */
export function betterCodePage(bytes: Uint8Array, used: SingleByteEncoding): SingleByteEncoding | null {
  const usedScore = codePageScore(bytes, used);
  let best: { encoding: SingleByteEncoding; score: number } | null = null;
  for (const encoding of SINGLE_BYTE_ENCODINGS) {
    if (encoding === used) continue;
    const score = codePageScore(bytes, encoding);
    if (score > usedScore && (!best || score > best.score)) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

import Papa from 'papaparse';
import { bomLengthFor, detectEncoding, isUtf16, type TextEncoding } from '../../shared/import/encoding';
import { detectSeparator, type Separator } from '../../shared/import/separator';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Windows-1252's letters at 0x80–0x9F (the rest of the byte range is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1 and drops 0x80–0x9F (Š, Ž, œ, €);
 * Chromium's is right. Checked once, so tests under Node read what the app reads.
 */
let platformCp1252IsRight: boolean | undefined;
function decodeWindows1252(bytes: Uint8Array): string {
  platformCp1252IsRight ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80, 0x8e)) === '€Ž';
  if (platformCp1252IsRight) return new TextDecoder('windows-1252').decode(bytes);
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + CHUNK)) codes.push(byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte);
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Decodes with the platform's TextDecoder: the encoding chosen, else the one detected. */
export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): DecodedText {
  const encoding = chosen ?? detectEncoding(bytes).encoding;
  const bomLength = chosen ? bomLengthFor(bytes, chosen) : detectEncoding(bytes).bomLength;
  const body = bytes.subarray(bomLength);
  // Not fatal: undecodable bytes become U+FFFD, and the reader flags every row holding one.
  const text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  return { text, encoding };
}

export { isUtf16 };

export interface SplitRecords {
  /** Every non-blank record, header first. */
  records: string[][];
  /** The file line each record starts on (1-based). */
  lines: number[];
  separator: Separator | null;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Splits delimited text into records with papaparse (quoted separators, quotes and line breaks
 * inside fields), remembering the line each record starts on, so errors can point at it.
 */
export function splitRecords(text: string, chosen?: Separator): SplitRecords {
  const separator = chosen ?? detectSeparator(text);
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  const countBreaksUpTo = (end: number) => {
    for (let i = counted; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    }
    counted = Math.max(counted, end);
  };
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator ?? ',',
    newline: undefined,
    skipEmptyLines: false,
    step: (result) => {
      countBreaksUpTo(start);
      const record = result.data;
      if (!isBlank(record)) {
        records.push(record);
        lines.push(line);
      }
      start = result.meta.cursor;
    },
  });
  return { records, lines, separator };
}

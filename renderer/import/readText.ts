import Papa from 'papaparse';
import { SINGLE_BYTE_ENCODINGS, decodeSingleByte, type SingleByteEncoding } from '../../shared/import/codePages';
import { bomLengthFor, detectEncoding, isUtf16, type TextEncoding } from '../../shared/import/encoding';
import { detectSeparator, type Separator } from '../../shared/import/separator';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export const isSingleByte = (encoding: TextEncoding): encoding is SingleByteEncoding => (SINGLE_BYTE_ENCODINGS as readonly string[]).includes(encoding);

/** Decodes with the encoding chosen, else the one detected: code pages from their tables, Unicode with the platform's TextDecoder. */
export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): DecodedText {
  const encoding = chosen ?? detectEncoding(bytes).encoding;
  const bomLength = chosen ? bomLengthFor(bytes, chosen) : detectEncoding(bytes).bomLength;
  const body = bytes.subarray(bomLength);
  // Not fatal: undecodable bytes become U+FFFD, and the reader flags every row holding one.
  const text = isSingleByte(encoding) ? decodeSingleByte(body, encoding) : new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
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

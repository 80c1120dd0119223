/**
 * Text encodings a roster or OKR file comes in, detected from its bytes. Decoding itself is the
 * platform's TextDecoder (in renderer/import); this module only decides which one to use.
 */
import { likeliestCodePage } from './codePages';

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-15', 'windows-1250', 'iso-8859-2', 'macintosh'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * What the user sees. WHATWG decoders read ISO-8859-1 as Windows-1252 (a superset of its
 * printable letters), so the two are one choice.
 */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / ISO-8859-1 (Western European)',
  'iso-8859-15': 'ISO-8859-15 (Western European with €)',
  'windows-1250': 'Windows-1250 (Central European: Polish, Czech, Hungarian…)',
  'iso-8859-2': 'ISO-8859-2 (Central European)',
  macintosh: 'Mac OS Roman (Excel for Mac “CSV (Macintosh)”)',
};

/** Text a reading could not decode: U+FFFD, or a C1 control character that no spreadsheet cell holds (a byte with no letter in the code page). */
const UNREADABLE = /[\uFFFD\u0080-\u009F]/;

export function hasUnreadableText(cell: string): boolean {
  return UNREADABLE.test(cell);
}

/** The cell as the preview shows it: unreadable characters as �, so an invisible one is seen. */
export function showUnreadable(cell: string): string {
  return cell.replace(/[\u0080-\u009F]/g, '\uFFFD');
}

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip before decoding. */
  bomLength: number;
  /** Why this encoding, for the preview ("byte-order mark", "valid UTF-8", …). */
  reason: 'byte-order mark' | 'zero bytes of UTF-16' | 'valid UTF-8' | 'plain ASCII' | 'not valid UTF-8';
}

/** How many bytes are checked; a file invalid as UTF-8 past this point is still caught by the U+FFFD check. */
const SAMPLE_BYTES = 1 << 20;

function bomOf(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, reason: 'byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, reason: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, reason: 'byte-order mark' };
  return null;
}

/** UTF-16 without a byte-order mark: text in Latin scripts has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): DetectedEncoding | null {
  const end = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (end < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0, reason: 'zero bytes of UTF-16' };
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0, reason: 'zero bytes of UTF-16' };
  return null;
}

/** 'ascii' when every byte is below 0x80, 'utf-8' when the multi-byte sequences are valid, else 'invalid'. */
function utf8Validity(bytes: Uint8Array): 'ascii' | 'utf-8' | 'invalid' {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let multiByte = false;
  let i = 0;
  while (i < end) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return 'invalid';
    // A sequence cut off by the sample's end is not evidence either way.
    if (i + length > end) break;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 'invalid';
    multiByte = true;
    i += length;
  }
  return multiByte ? 'utf-8' : 'ascii';
}

/**
 * ISO-8859-15 differs from Windows-1252 mainly by the euro sign at 0xA4 (¤ there). Without any
 * byte of 0x80–0x9F (unused in ISO-8859-15, letters and quotes in Windows-1252), a 0xA4 means €.
 */
function westernEuropean(bytes: Uint8Array): 'windows-1252' | 'iso-8859-15' {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let euroAtA4 = false;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1252';
    if (byte === 0xa4) euroAtA4 = true;
  }
  return euroAtA4 ? 'iso-8859-15' : 'windows-1252';
}

/** Detects the encoding of a text file: byte-order mark, then UTF-16's zeros, then UTF-8 validity, else Western European. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomOf(bytes) ?? utf16WithoutBom(bytes);
  if (bom) return bom;
  const validity = utf8Validity(bytes);
  if (validity === 'ascii') return { encoding: 'utf-8', bomLength: 0, reason: 'plain ASCII' };
  if (validity === 'utf-8') return { encoding: 'utf-8', bomLength: 0, reason: 'valid UTF-8' };
  const western = westernEuropean(bytes);
  return { encoding: western === 'windows-1252' || western === 'iso-8859-15' ? likeliestCodePage(bytes, western) : western, bomLength: 0, reason: 'not valid UTF-8' };
}

/** The byte-order mark length for an encoding the user chose, so it is not read as a character. */
export function bomLengthFor(bytes: Uint8Array, encoding: TextEncoding): number {
  const bom = bomOf(bytes);
  return bom && bom.encoding === encoding ? bom.bomLength : 0;
}

export function isUtf16(encoding: TextEncoding): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}

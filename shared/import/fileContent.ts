/**
 * What a file is, judged by its first bytes rather than its name: HR systems and colleagues send
 * CSVs named .xls, spreadsheets named .csv and images by mistake.
 */
export type FileContent =
  | { kind: 'empty' }
  /** A ZIP container: an .xlsx workbook (or an OpenDocument sheet) when the spreadsheet library can read it. */
  | { kind: 'zip' }
  /** An OLE compound file: an old binary .xls or a password-protected .xlsx; its streams tell which. */
  | { kind: 'compound' }
  | { kind: 'text' }
  /** Not text and not a spreadsheet; `looksLike` names what it is, for the message ("a PNG image"). */
  | { kind: 'binary'; looksLike: string };

const SIGNATURES: readonly { bytes: readonly number[]; looksLike: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document' },
  { bytes: [0x1f, 0x8b], looksLike: 'a compressed (gzip) file' },
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'a 7-Zip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'a Rich Text (RTF) document' },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** How much of the start is inspected for control characters. */
const SAMPLE_BYTES = 8192;

/** True when the bytes hold control characters no text file has (NUL outside UTF-16, most of C0). */
function hasBinaryControls(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in real text; other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls > Math.max(2, end / 200);
}

/**
 * Recognises a file from its content. UTF-16 text (with or without a byte-order mark) is text;
 * its zero bytes do not make it binary.
 */
export function recogniseFileContent(bytes: Uint8Array, utf16: boolean): FileContent {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, ZIP)) return { kind: 'zip' };
  if (startsWith(bytes, COMPOUND)) return { kind: 'compound' };
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  if (known) return { kind: 'binary', looksLike: known.looksLike };
  if (!utf16 && hasBinaryControls(bytes)) return { kind: 'binary', looksLike: 'a binary file, not text' };
  return { kind: 'text' };
}

/** What a compound file holds, from the names of its streams. */
export type CompoundContent = 'legacy-excel' | 'encrypted-office' | 'other';

/**
 * Excel 97–2003 keeps its sheets in a `Workbook` (Excel 5: `Book`) stream; Office's password
 * protection wraps the whole .xlsx into `EncryptedPackage` beside `EncryptionInfo`.
 */
export function classifyCompoundStreams(streamNames: readonly string[]): CompoundContent {
  const names = new Set(streamNames.map((name) => name.replace(/^.*\//, '').toLowerCase()));
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) return 'encrypted-office';
  if (names.has('workbook') || names.has('book')) return 'legacy-excel';
  return 'other';
}

/** A text file that is a sheet in markup: what HR systems' "Export to Excel" often writes under an .xls name. */
export type MarkupSheet = 'html' | 'html-without-table' | 'spreadsheet-xml';

const SPREADSHEET_XML = /^(?:<\?xml[^>]*>\s*)?(?:<\?mso-application[^>]*progid="Excel\.Sheet"[^>]*\?>|[^]{0,2000}<Workbook[^>]+urn:schemas-microsoft-com:office:spreadsheet)/i;
const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*(?:<!doctype html|<html|<head|<body|<meta|<table|<style)/i;

/**
 * Whether decoded text is a spreadsheet written as markup: Excel 2003 XML (a Workbook in the
 * office:spreadsheet namespace) or an HTML page holding a table. Judged by how it starts, so a CSV
 * whose cells mention "<table>" stays a CSV.
 */
export function markupSheetKind(text: string): MarkupSheet | null {
  const start = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (SPREADSHEET_XML.test(start)) return 'spreadsheet-xml';
  if (!HTML_START.test(start)) return null;
  return /<table[\s>]/i.test(text) ? 'html' : 'html-without-table';
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * Which spreadsheet a ZIP container holds: OpenDocument (LibreOffice, OpenOffice) or Excel's
 * .xlsx. An OpenDocument file starts with an uncompressed entry named `mimetype` holding its type
 * (ODF 1.2, part 3, §3.3), so its first bytes tell, whatever the file is called.
 */
export function zipSpreadsheetKind(bytes: Uint8Array): 'ods' | 'xlsx' {
  const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
  const extraLength = (bytes[28] ?? 0) | ((bytes[29] ?? 0) << 8);
  const name = String.fromCharCode(...bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return 'xlsx';
  const start = 30 + nameLength + extraLength;
  const content = String.fromCharCode(...bytes.subarray(start, start + ODS_MIMETYPE.length));
  return content === ODS_MIMETYPE ? 'ods' : 'xlsx';
}

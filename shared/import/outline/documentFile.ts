/**
 * A published quarter saved as a file (a Markdown page, a text outline, a saved web page, a Notion
 * or Confluence export, a Word document): what kind of document it is, told from its name and its
 * bytes, and whether a file chosen in the spreadsheet import is such a document rather than a table.
 */
import { detectSeparator } from '../separator';

/** A document is read into the paste's text box: larger than this is no quarter of OKRs. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What the file chooser of the paste offers; every file is still judged by its content. */
export const DOCUMENT_EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'html', 'htm', 'xhtml', 'docx'] as const;

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'word';

export const DOCUMENT_FORMAT_LABELS: Record<DocumentFormat, string> = {
  markdown: 'Markdown',
  text: 'plain text',
  html: 'web page (HTML)',
  word: 'Word document',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'xlsx', 'xls', 'xlsm', 'ods']);
const DOCUMENT_ONLY_EXTENSIONS = new Set(['md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'doc', 'odt', 'rtf', 'pdf']);

function containsAscii(bytes: Uint8Array, text: string, limit = bytes.length): boolean {
  const first = text.charCodeAt(0);
  const end = Math.min(bytes.length, limit) - text.length;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** What a ZIP container holds, from the names of its entries (stored uncompressed in its headers). */
export function zipDocumentKind(bytes: Uint8Array): 'word' | 'spreadsheet' | 'opendocument-text' | 'other' {
  if (containsAscii(bytes, 'word/document.xml')) return 'word';
  if (containsAscii(bytes, 'xl/workbook.xml') || containsAscii(bytes, 'opendocument.spreadsheet', 200)) return 'spreadsheet';
  if (containsAscii(bytes, 'opendocument.text', 200)) return 'opendocument-text';
  return 'other';
}

/** An old binary Word file names its main stream "WordDocument" (in UTF-16 in the compound file's directory). */
export function isLegacyWordDocument(bytes: Uint8Array): boolean {
  return containsAscii(bytes, 'W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0');
}

/** A whole web page or an HTML export, rather than text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(start)) return true;
  // A fragment saved as a file: it starts with a tag and is mostly block elements.
  return start.startsWith('<') && (start.match(/<(?:p|div|li|ul|ol|h[1-6]|table|tr|br)\b/gi)?.length ?? 0) >= 3;
}

/**
 * True when text is delimited rows (a CSV saved as .txt, Excel's "Unicode text"): most lines split
 * into the same number of cells as the first. An outline's commas ("3,000 per week") do not.
 */
export function looksLikeDelimitedTable(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').slice(0, 50);
  if (lines.length < 2) return false;
  const separator = detectSeparator(lines.join('\n'));
  if (!separator) return false;
  const count = (line: string) => line.split(separator).length - 1;
  const header = count(lines[0]!);
  if (header === 0) return false;
  return lines.filter((line) => count(line) === header).length >= lines.length * 0.8;
}

/**
 * Whether a file chosen in the spreadsheet import is a document to read as an outline: its name
 * when that says so (.md, .html, .docx), else its content (a Word document in a ZIP, a web page, or
 * text whose lines are not delimited rows). `text` is the file decoded, when it is text.
 */
export function isOutlineDocument(name: string, bytes: Uint8Array, text: string | null): boolean {
  const extension = extensionOf(name);
  if (TABLE_EXTENSIONS.has(extension)) return false;
  if (DOCUMENT_ONLY_EXTENSIONS.has(extension)) return true;
  if (containsAscii(bytes, 'PK\u0003\u0004', 4)) return zipDocumentKind(bytes) === 'word' || zipDocumentKind(bytes) === 'opendocument-text';
  if (text === null || text.trim() === '') return false;
  return looksLikeHtml(text) || !looksLikeDelimitedTable(text);
}

/** A Markdown export's YAML front matter ("---" … "---": title, tags, dates) is no objective. */
export function withoutFrontMatter(text: string): { text: string; removed: boolean } {
  const match = /^\uFEFF?---[ \t]*\r?\n(?:[^\r\n]*\r?\n){0,60}?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match || !/^\uFEFF?---[ \t]*\r?\n[\w-]+\s*:/.test(match[0])) return { text, removed: false };
  return { text: text.slice(match[0].length).replace(/^(?:[ \t]*\r?\n)+/, ''), removed: true };
}

/**
 * Reads a published quarter saved as a document into the text the outline paste parses: text and
 * Markdown decoded with the importers' encoding detection, a saved web page through the same
 * HTML-to-outline path as pasted HTML, a Word document through mammoth (offline, loaded on first
 * use). Whatever cannot be read gets one sentence naming the file and what to do instead.
 */
import { recogniseFileContent } from '../../shared/import/fileContent';
import { detectEncoding, ENCODING_LABELS, hasUnreadableText, isUtf16, type TextEncoding } from '../../shared/import/encoding';
import {
  DOCUMENT_FORMAT_LABELS, extensionOf, isLegacyWordDocument, isOutlineDocument, looksLikeDelimitedTable, looksLikeHtml, MAX_DOCUMENT_BYTES, withoutFrontMatter, zipDocumentKind, type DocumentFormat,
} from '../../shared/import/outline/documentFile';
import { htmlToOutlineText } from '../../shared/import/outline/htmlText';
import { countOf, megabytes } from '../../shared/import/wording';
import { decodeText } from './readText';
import type { FileToRead } from './readTable';

export type DocumentRead =
  | { ok: true; text: string; format: DocumentFormat; encoding: TextEncoding | null; notices: string[] }
  | { ok: false; message: string };

const PASTE_INSTEAD = 'open it, copy the OKRs and paste them into the text box instead';

function refuse(message: string): DocumentRead {
  return { ok: false, message };
}

/** Lines holding letters the encoding could not decode. */
function unreadableLines(text: string): number {
  return text.split('\n').filter(hasUnreadableText).length;
}

async function readWord(file: FileToRead): Promise<DocumentRead> {
  let html: string;
  try {
    const mammoth = await import('mammoth');
    const buffer = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
    // Headings, nested numbered and bulleted lists and struck-through text come out as HTML, read like a paste from Word.
    // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`: both get the same bytes.
    const input = { arrayBuffer: buffer, buffer };
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true })).value;
  } catch (cause) {
    return refuse(`${file.name} looks like a Word document but could not be read (${cause instanceof Error ? cause.message : String(cause)}): ${PASTE_INSTEAD}.`);
  }
  const text = htmlToOutlineText(html);
  if (text.trim() === '') return refuse(`${file.name} is a Word document with no text in it: choose the document that holds the OKRs.`);
  return { ok: true, text, format: 'word', encoding: null, notices: [] };
}

function readTextDocument(file: FileToRead): DocumentRead {
  const { text: decoded, encoding } = decodeText(file.bytes);
  if (decoded.trim() === '') return refuse(`${file.name} holds only blank lines: choose the file that holds the OKRs.`);
  const notices: string[] = [];
  const unreadable = unreadableLines(decoded);
  if (unreadable > 0) notices.push(`${countOf(unreadable, 'line has', 'lines have')} letters that ${ENCODING_LABELS[encoding]} cannot read (shown as �): correct them below, or save the file as UTF-8 and choose it again.`);
  const extension = extensionOf(file.name);
  // "Save as single file" (Chrome, Edge): the page wrapped in MIME parts, its text quoted-printable.
  if (['mht', 'mhtml'].includes(extension) || /^(?:From: <Saved by |MIME-Version: 1\.0\r?\n(?:[^\r\n]+\r?\n)*Content-Type: multipart\/related)/i.test(decoded.trimStart())) {
    return refuse(`${file.name} is a web archive (.mhtml, "single file"), which Teamshape does not read: save the page again as "Webpage, HTML only" (.html) and choose that, or ${PASTE_INSTEAD}.`);
  }
  const isHtml = ['html', 'htm', 'xhtml'].includes(extension) || looksLikeHtml(decoded);
  if (['csv', 'tsv'].includes(extension) || (!isHtml && !['md', 'markdown'].includes(extension) && looksLikeDelimitedTable(decoded))) {
    return refuse(`${file.name} is a table (rows of delimited cells), not a document: import it with “Import OKRs…”, which reads one row per key result.`);
  }
  if (isHtml) {
    const text = htmlToOutlineText(decoded);
    if (text.trim() === '') return refuse(`${file.name} is a web page with no text in its content (only navigation, scripts or styles): save the page that shows the OKRs, or copy them from the browser and paste them.`);
    return { ok: true, text, format: 'html', encoding, notices };
  }
  const { text, removed } = withoutFrontMatter(decoded.replace(/\r\n?/g, '\n'));
  if (removed) notices.push('The file’s front matter (the “---” block of title, tags and dates at the top) was left out.');
  return { ok: true, text, format: ['md', 'markdown'].includes(extension) || /^#{1,6} /m.test(text) ? 'markdown' : 'text', encoding, notices };
}

/** Reads a document the person chose or dropped; judged by its content, its name only breaks ties. */
export async function readOutlineDocument(file: FileToRead): Promise<DocumentRead> {
  if (file.bytes.length > MAX_DOCUMENT_BYTES) {
    return refuse(`${file.name} is ${megabytes(file.bytes.length)}, over the ${megabytes(MAX_DOCUMENT_BYTES)} a document may have: save only the page or section with the OKRs, or copy them and paste them.`);
  }
  const detected = detectEncoding(file.bytes);
  const content = recogniseFileContent(file.bytes, isUtf16(detected.encoding));
  switch (content.kind) {
    case 'empty':
      return refuse(`${file.name} is empty (0 bytes): choose the file that holds the OKRs, or paste them.`);
    case 'binary':
      return refuse(`${file.name} is ${content.looksLike}, not a document Teamshape reads: ${PASTE_INSTEAD}, or choose a .md, .txt, .html or .docx file.`);
    case 'compound':
      if (isLegacyWordDocument(file.bytes)) return refuse(`${file.name} is an old Word 97–2003 document (.doc), which Teamshape does not read: save it in Word as a Word Document (.docx) and choose that, or ${PASTE_INSTEAD}.`);
      return refuse(`${file.name} is an Office file Teamshape cannot read as a document (perhaps protected with a password): ${PASTE_INSTEAD}.`);
    case 'zip': {
      const kind = zipDocumentKind(file.bytes);
      if (kind === 'word') return readWord(file);
      if (kind === 'spreadsheet') return refuse(`${file.name} is a spreadsheet, not a document: import it with “Import OKRs…” (one row per key result).`);
      if (kind === 'opendocument-text') return refuse(`${file.name} is an OpenDocument text (.odt), which Teamshape does not read: save it as Word (.docx) and choose that, or ${PASTE_INSTEAD}.`);
      return refuse(`${file.name} is a ZIP archive (Notion and Confluence exports come as one): unpack it and choose the page’s .md or .html file inside.`);
    }
    case 'text':
      return readTextDocument(file);
  }
}

/** "Read Q3 OKRs.html (web page (HTML), UTF-8)": how the file was read, for the line under the chooser. */
export function describeDocumentRead(name: string, read: Extract<DocumentRead, { ok: true }>): string {
  const encoding = read.encoding ? `, ${ENCODING_LABELS[read.encoding]}` : '';
  return `Read ${name} (${DOCUMENT_FORMAT_LABELS[read.format]}${encoding}): ${countOf(read.text.split('\n').filter((l) => l.trim() !== '').length, 'line')} of text below; correct them there if the preview is wrong.`;
}

/** How much of a text file is decoded to tell an outline from delimited rows. */
const SNIFF_BYTES = 65_536;

/** Whether a file chosen in the spreadsheet import is a document to read as an outline instead. */
export function isDocumentFile(file: FileToRead): boolean {
  const detected = detectEncoding(file.bytes);
  const content = recogniseFileContent(file.bytes, isUtf16(detected.encoding));
  const text = content.kind === 'text' ? decodeText(file.bytes.subarray(0, SNIFF_BYTES)).text : null;
  return isOutlineDocument(file.name, file.bytes, text);
}

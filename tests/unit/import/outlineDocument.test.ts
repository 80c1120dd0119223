import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDocumentFile, readOutlineDocument } from '../../../renderer/import/readDocument';
import { parseOutline } from '../../../shared/import/outline/outline';
import { MAX_DOCUMENT_BYTES } from '../../../shared/import/outline/documentFile';
import { strToU8, wordDocument, zipSync } from './wordDocument';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/okr-documents/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom: boolean) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return bytes;
};
const utf16be = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) bytes[3 + i * 2] = text.charCodeAt(i);
  return bytes;
};
/** Latin-1 letters written one byte each, as Windows-1252 does for these. */
const windows1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const OUTLINE = 'Qualité de service\n- Réduire le délai de réponse à 4 h\n- Increase NPS from 31 to 40';

async function readText(name: string, bytes: Uint8Array) {
  const read = await readOutlineDocument({ name, bytes });
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe('reading a document file into outline text', () => {
  it('decodes UTF-8 with and without a byte-order mark, UTF-16 LE/BE and Windows-1252 alike', async () => {
    for (const [bytes, encoding] of [
      [utf8(OUTLINE), 'utf-8'],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(OUTLINE)]), 'utf-8'],
      [utf16le(OUTLINE, true), 'utf-16le'],
      [utf16le(OUTLINE, false), 'utf-16le'],
      [utf16be(OUTLINE), 'utf-16be'],
      [windows1252(OUTLINE), 'windows-1252'],
    ] as const) {
      const read = await readText('okrs.txt', bytes);
      expect(read).toMatchObject({ text: OUTLINE, encoding, format: 'text', notices: [] });
    }
  });

  it('reads a saved web page through the paste’s HTML path: navigation, sidebar, breadcrumbs, contents, footer, scripts and styles left out', async () => {
    const read = await readText('Q3 2026 OKRs _ Acme Handbook.html', fixture('saved-handbook-page.html'));
    expect(read.format).toBe('html');
    expect(read.text.split('\n')).toEqual([
      '# Q3 2026 OKRs',
      'These are the objectives of every team for the quarter. Check-ins happen every Monday.',
      '## Payments',
      '1. Customers pay without friction',
      '    - Increase checkout conversion from 62 % to 70 %',
      '    - Reduce failed card payments to 1.5 %',
      '## Growth squad',
      '1. More customers find us on their own',
      '    - Increase organic sign-ups from 1,200 to 2,000 per month',
      '    - Ship the referral programme by September',
    ]);
    const parsed = parseOutline(read.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.period).toBe('Q3 2026');
    expect(parsed.objectives.map((o) => [o.title, o.section, o.keyResults.length])).toEqual([
      ['Customers pay without friction', 'Payments', 2],
      ['More customers find us on their own', 'Growth squad', 2],
    ]);
  });

  it('reads a Confluence export: the page title names the quarter; breadcrumbs, metadata, attachments and footer are left out; struck text by style is struck', async () => {
    const read = await readText('Q3-2026-OKRs_98306.html', fixture('confluence-export.html'));
    expect(read.text.split('\n')).toEqual([
      '# Product : Q3 2026 OKRs',
      '## Payments',
      '1. Customers pay without friction',
      '    - Increase checkout conversion from 62 % to 70 %',
      '    - Reduce failed card payments to 1.5 %',
      '## Growth squad',
      '1. More customers find us on their own',
      '    - ~~Launch the podcast~~',
      '    - Ship the referral programme by September',
    ]);
    expect(parseOutline(read.text).period).toBe('Q3 2026');
  });

  it('reads a Notion HTML export without its page properties, each list item in a list of its own', async () => {
    const read = await readText('Q3 2026 OKRs 1b2c3d4e.html', fixture('notion-export.html'));
    const parsed = parseOutline(read.text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.objectives.map((o) => [o.title, o.section, o.keyResults.map((k) => k.title)])).toEqual([
      ['Customers pay without friction', 'Payments team', ['Increase checkout conversion from 62 % to 70 %', 'Reduce failed card payments to 1.5 %']],
      ['More customers find us on their own', 'Growth squad', ['Ship the referral programme by September']],
    ]);
  });

  it('leaves a Markdown export’s front matter out and says so', async () => {
    const read = await readText('Q3 2026 OKRs.md', fixture('notion-export.md'));
    expect(read.format).toBe('markdown');
    expect(read.text.startsWith('# Q3 2026 OKRs\n')).toBe(true);
    expect(read.notices).toEqual(['The file’s front matter (the “---” block of title, tags and dates at the top) was left out.']);
    expect(parseOutline(read.text).objectives.map((o) => o.section)).toEqual(['Payments team', 'Growth squad']);
  });

  it('reads a Word document’s headings, numbered and bulleted levels and struck-through key results', async () => {
    const bytes = wordDocument([
      { heading: 1, text: 'Q3 2026 OKRs' },
      { heading: 2, text: 'Payments team' },
      { level: 0, text: 'Customers pay without friction' },
      { level: 1, text: 'Increase checkout conversion from 62 % to 70 %' },
      { level: 1, text: 'Launch Apple Pay by July', struck: true },
      { heading: 2, text: 'Growth squad' },
      { level: 0, text: 'More customers find us on their own' },
      { level: 1, text: 'Ship the referral programme by September' },
    ]);
    const read = await readText('Quarter.docx', bytes);
    expect(read.format).toBe('word');
    expect(read.text.split('\n')).toEqual([
      '# Q3 2026 OKRs',
      '## Payments team',
      '1. Customers pay without friction',
      '    - Increase checkout conversion from 62 % to 70 %',
      '    - ~~Launch Apple Pay by July~~',
      '## Growth squad',
      '1. More customers find us on their own',
      '    - Ship the referral programme by September',
    ]);
    expect(isDocumentFile({ name: 'Quarter', bytes })).toBe(true);
  });

  it('says which file is empty, binary, an old Word file, a spreadsheet, an archive or too large, and what to do', async () => {
    const message = async (name: string, bytes: Uint8Array) => {
      const read = await readOutlineDocument({ name, bytes });
      return read.ok ? null : read.message;
    };
    expect(await message('okrs.md', new Uint8Array())).toBe('okrs.md is empty (0 bytes): choose the file that holds the OKRs, or paste them.');
    expect(await message('okrs.md', utf8('\n  \n\t\n'))).toBe('okrs.md holds only blank lines: choose the file that holds the OKRs.');
    expect(await message('scan.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      'scan.md is a PNG image, not a document Teamshape reads: open it, copy the OKRs and paste them into the text box instead, or choose a .md, .txt, .html or .docx file.',
    );
    expect(await message('okrs.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(/^okrs\.pdf is a PDF document, not a document Teamshape reads: open it, copy the OKRs/);
    const legacyWord = new Uint8Array(4096);
    legacyWord.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    legacyWord.set([...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    expect(await message('Q3.doc', legacyWord)).toMatch(/^Q3\.doc is an old Word 97–2003 document \(\.doc\), which Teamshape does not read: save it in Word as a Word Document \(\.docx\)/);
    expect(await message('okrs.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('okrs.docx is a spreadsheet, not a document: import it with “Import OKRs…” (one row per key result).');
    expect(await message('Export-1b2c.zip', zipSync({ 'Q3 OKRs 1b2c.md': strToU8('# Q3') }))).toBe('Export-1b2c.zip is a ZIP archive (Notion and Confluence exports come as one): unpack it and choose the page’s .md or .html file inside.');
    expect(await message('okrs.csv', utf8('Objective,Key result\nGrow,Sign-ups\n'))).toBe('okrs.csv is a table (rows of delimited cells), not a document: import it with “Import OKRs…”, which reads one row per key result.');
    expect(await message('export.txt', utf8('Objective\tKey result\tTarget\nGrow\tSign-ups\t2000\n'))).toMatch(/^export\.txt is a table/);
    expect(await message('Q3 OKRs.mhtml', utf8('From: <Saved by Blink>\r\nSnapshot-Content-Location: https://handbook.example.com/okrs\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'))).toMatch(/^Q3 OKRs\.mhtml is a web archive \(\.mhtml, "single file"\), which Teamshape does not read: save the page again as "Webpage, HTML only"/);
    expect(await message('big.html', new Uint8Array(MAX_DOCUMENT_BYTES + 1))).toBe('big.html is 10 MB, over the 10 MB a document may have: save only the page or section with the OKRs, or copy them and paste them.');
    expect(await message('blank.html', utf8('<!doctype html><html><head><title>OKRs</title><script>x()</script></head><body><nav><ul><li>Home</li></ul></nav></body></html>'))).toMatch(/^blank\.html is a web page with no text in its content/);
  });

  it('flags lines with letters the encoding could not read', async () => {
    // 0x81 is no letter in Windows-1252: the file is in some other code page.
    const read = await readText('okrs.txt', Uint8Array.from([...utf8('Qualit'), 0xe9, 0x81, ...utf8('\n- Increase NPS from 31 to 40')]));
    expect(read.notices[0]).toMatch(/^1 line has letters that /);
  });
});

describe('telling a document from a table in the spreadsheet import', () => {
  it('takes .md, .html and .docx as documents, .csv and .xlsx as tables, and decides .txt by its content', () => {
    const outline = utf8('Customers pay without friction\n- Increase checkout conversion from 62 % to 70 %\n- Reduce calls to 3,000 per week');
    expect(isDocumentFile({ name: 'q3.md', bytes: outline })).toBe(true);
    expect(isDocumentFile({ name: 'q3.htm', bytes: utf8('<p>x</p>') })).toBe(true);
    expect(isDocumentFile({ name: 'q3.csv', bytes: outline })).toBe(false);
    expect(isDocumentFile({ name: 'q3.txt', bytes: outline })).toBe(true);
    expect(isDocumentFile({ name: 'q3.txt', bytes: utf16le('Objective\tKey result\tTarget\nGrow\tSign-ups\t2000\nKeep\tChurn\t2\n', true) })).toBe(false);
    expect(isDocumentFile({ name: 'export', bytes: utf8('<!DOCTYPE html><html><body><h1>Q3</h1></body></html>') })).toBe(true);
    expect(isDocumentFile({ name: 'okrs.txt', bytes: utf8('Period;Objective;Owner teams\nQ3 2026;Grow;Payments\n') })).toBe(false);
  });
});

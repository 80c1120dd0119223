/**
 * A web page or document copied as HTML (a handbook page, a Google Doc, Word) turned into the
 * outline text the paste reads: headings as "#", nested list items indented with "-" or "1.",
 * table rows as "| a | b |", struck text as "~~…~~". Pure string work: no DOM needed.
 */
import { pageContent } from './htmlContent';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', euro: '€', pound: '£', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Google Docs writes a list item's level as aria-level="2" or a class ending in "-1" (0-based), not by nesting. */
function levelOf(tag: string, depth: number): number {
  const aria = /aria-level\s*=\s*["']?(\d+)/i.exec(tag);
  if (aria) return Number(aria[1]);
  const kix = /lst-kix_[\w]+-(\d+)/i.exec(tag);
  if (kix && depth <= 1) return Number(kix[1]) + 1;
  return Math.max(depth, 1);
}

export function htmlToOutlineText(html: string): string {
  // A saved page's navigation, sidebar and footer are no OKRs: only its content is read.
  const body = pageContent(html);
  const out: string[] = [];
  const lists: { ordered: boolean; count: number; tag: string }[] = [];
  let line = '';
  let inCell = false;
  /** Open <span>s, true where the span strikes its text through. */
  const spans: boolean[] = [];
  const flush = () => {
    if (line.trim()) out.push(line.replace(/[ \t]+$/, ''));
    line = '';
  };
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      const text = decode(token).replace(/[\s\u00a0]+/g, ' ');
      line += line.trim() === '' && !inCell ? text.trimStart() : text;
      continue;
    }
    const tag = /^<\s*(\/)?\s*([a-z0-9]+)/i.exec(token);
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name === 'br') flush();
    else if (/^h[1-6]$/.test(name)) {
      flush();
      if (!closing) line = `${'#'.repeat(Number(name[1]))} `;
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', count: 0, tag: token });
    } else if (name === 'li') {
      flush();
      if (!closing) {
        const list = lists.at(-1);
        const level = levelOf(`${token} ${list?.tag ?? ''}`, lists.length);
        if (list) list.count++;
        line = `${'    '.repeat(level - 1)}${list?.ordered ? `${list.count}.` : '-'} `;
      }
    } else if (name === 'tr') {
      flush();
      if (!closing) line = '|';
    } else if (name === 'td' || name === 'th') {
      inCell = !closing;
      if (closing) line = `${line.trimEnd()} |`;
      else line += ' ';
    } else if (name === 'del' || name === 's' || name === 'strike') line += '~~';
    else if (name === 'span') {
      // Google Docs and Confluence strike text through with a style, not a tag.
      if (!closing) spans.push(/text-decoration[^;"']*line-through/i.test(token));
      if (closing ? spans.pop() : spans.at(-1)) line += '~~';
    }
    else if (['p', 'div', 'table', 'section', 'article', 'blockquote', 'pre'].includes(name) && !inCell && !/^\s*(?:[-\d.]+\s|\|)$/.test(line)) flush();
  }
  flush();
  return out.join('\n');
}

/** One line of a pasted document, with the structure its writer gave it. */
export interface OutlineLine {
  /** 1-based line of the paste. */
  number: number;
  raw: string;
  indent: number;
  marker: 'bullet' | 'number' | 'subnumber' | 'letter' | null;
  /** Markdown heading level (1–6); 0 for other lines. */
  heading: number;
  /** The whole line was in italics (_…_): a remark, unless key results follow it. */
  italic: boolean;
  text: string;
  label: 'objective' | 'keyResult' | null;
  /** "Owner: Ada", "Supports: Grow revenue": a line about the line above. */
  meta: { key: string; value: string } | null;
  /** The cells of a table row ("| a | b |"), read by outlineTables. */
  cells: string[] | null;
}

// Bullets of markdown, Word ("o", "§", "" from Symbol fonts), Google Docs and plain text; "1." "1)" "a)" "(i)"; "1.1" outline numbers.
const MARKER = /^(?:(?<bullet>[-*+•◦‣▪●○·–—➢►▸\uF0B7\uF0A7\uF076§]|o(?=\t))|(?<sub>\d{1,2}(?:\.\d{1,2})+\.?)|(?<number>\d{1,2}[.)]|\(\d{1,2}\))|(?<letter>[a-z][.)]|\([a-z]{1,4}\)|[ivx]{1,4}[.)]))\s+/i;
const OBJECTIVE_LABEL = /^(?:objective|obj|o)\s*\d*\s*[:.)\-–—]\s*/i;
// "KR1.2: …", "KR 1.1 …" (no colon, as Google Docs outlines write it), "KR: …", "Key result 3 – …".
const KEY_RESULT_LABEL = /^(?:key\s*results?|kr)(?:\s*\d+(?:\.\d+)*\s*[:.)\-–—]?|\s*[:.)\-–—])\s*/i;
const META = /^(owners?|dri|lead|responsible|accountable|teams?|squad|supports|aligned to|aligns to|aligned with|contributes to|parent objective|parent|progress|status|current|currently|now|score|due|deadline|timeline|notes?|context|why|description|rationale|comments?|summary|background)\s*:\s*(.*)$/i;

function indentOf(raw: string): number {
  const lead = /^[\t \u00a0]*/.exec(raw)![0];
  return lead.replace(/\t/g, '    ').length;
}

/** Markdown emphasis, links and code become plain words; the meaning stays. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`([^`]*)`/g, '$1');
}

export function readOutlineLine(raw: string, number: number): OutlineLine | undefined {
  const trimmed = raw.trim();
  if (!trimmed || /^(?:[-*_=]\s*){3,}$/.test(trimmed)) return undefined;
  const base = { number, raw, indent: indentOf(raw), marker: null, heading: 0, italic: false, label: null, meta: null, cells: null };
  if (trimmed.startsWith('|')) {
    const cells = trimmed.replace(/^\||\|$/g, '').split('|').map((cell) => plainMarkdown(cell).trim());
    return { ...base, text: trimmed, cells };
  }
  const heading = /^(#{1,6})\s+/.exec(trimmed);
  let text = plainMarkdown(heading ? trimmed.slice(heading[0].length) : trimmed).trim();
  const marker = MARKER.exec(text);
  if (marker) text = text.slice(marker[0].length);
  const italic = /^([_*])[^_*].*\1$/.test(text.trim());
  if (italic) text = text.trim().slice(1, -1);
  let label: OutlineLine['label'] = null;
  let meta: OutlineLine['meta'] = null;
  // "~~KR 1.4 Launch …~~": the label is read inside the strike-through, which stays for the key result reader.
  const struck = text.startsWith('~~') ? '~~' : '';
  text = text.slice(struck.length);
  if (KEY_RESULT_LABEL.test(text)) {
    label = 'keyResult';
    text = struck + text.replace(KEY_RESULT_LABEL, '');
  } else if (OBJECTIVE_LABEL.test(text) && !/^o\s+\w/i.test(text)) {
    label = 'objective';
    text = struck + text.replace(OBJECTIVE_LABEL, '');
  } else {
    text = struck + text;
    const found = META.exec(text.trim());
    if (found) meta = { key: found[1]!.toLowerCase(), value: found[2]!.trim() };
  }
  const groups = marker?.groups ?? {};
  const kind: OutlineLine['marker'] = !marker ? null : groups.bullet ? 'bullet' : groups.sub ? 'subnumber' : groups.number ? 'number' : 'letter';
  // Tabs separate an annotation ("…\tOwner: Service Desk"): kept for the key result reader, other runs of space collapse.
  const clean = text.trim().replace(/[ \u00a0]+/g, ' ').replace(/ ?\t+ ?/g, '\t');
  return { ...base, marker: kind, heading: heading ? heading[1]!.length : 0, italic, text: clean, label, meta };
}

import { decideDecimalSeparator } from '../okrs/numbers';
import { annotateLine } from './lineAnnotations';
import { numberTokens, type OutlineDecimal } from './keyResultText';
import { readKeyResultLine, type OutlineKeyResult, type OutlineMessage } from './keyResultLine';
import { readOutlineLine, type OutlineLine } from './outlineLines';
import { tableLines } from './outlineTables';

export { readKeyResultLine, type OutlineKeyResult, type OutlineMessage } from './keyResultLine';
export type OutlineProblem = OutlineMessage;

export const MAX_OUTLINE_LINES = 2_000;

export interface OutlineObjective {
  line: number;
  title: string;
  keyResults: OutlineKeyResult[];
  /** The heading it sits under ("Payments team", "## Data Platform"): often the owner team. */
  section: string | null;
  /** Owner teams as written ("Owner: Payments", "(Owner: Payments & Checkout)"). */
  owner: string | null;
  /** "Supports: …", "Aligned to: …": the parent objective's title. */
  parentTitle: string | null;
}

export interface ParsedOutline {
  objectives: OutlineObjective[];
  /** What must be corrected before saving. */
  problems: OutlineProblem[];
  /** What was assumed or left out (shown, never blocking). */
  notes: OutlineMessage[];
  /** The period a heading names ("Q2 FY27", "H1 2026"), as written. */
  period: string | null;
}

const PERIOD = /\b(?:(?:Q[1-4]|H[12])\s*(?:FY|CY)?\s*'?\d{2,4}|(?:FY|CY)\s*'?\d{2,4}(?:\s*[-–]?\s*(?:Q[1-4]|H[12]))?|\d{4}\s*[-–]?\s*(?:Q[1-4]|H[12]))\b/i;
const SECTION_WORDS = /\b(?:team|squad|tribe|department|chapter|group|area|domain|function)\b/i;

interface Candidate {
  line: OutlineLine;
  objective: OutlineObjective;
  /** Key result lines with the annotation lines written under them. */
  keyResults: { line: OutlineLine; text: string }[];
}

function isProse(line: OutlineLine): boolean {
  return line.marker === null && line.label === null && line.heading === 0 && (line.italic || /[.!?]$/.test(line.text) || line.text.length > 120);
}

/** Meta lines under an objective or key result: owner, alignment, status, notes. */
function applyMeta(candidate: Candidate, line: OutlineLine, notes: OutlineMessage[]): void {
  const { key, value } = line.meta!;
  const lastKr = candidate.keyResults.at(-1);
  const onKeyResult = lastKr !== undefined && line.indent > candidate.line.indent && line.indent >= lastKr.line.indent && line.number > lastKr.line.number;
  if (/^(?:supports|aligned to|aligns to|aligned with|contributes to|parent(?: objective)?)$/.test(key)) candidate.objective.parentTitle = value.replace(/^["“]|["”]$/g, '').trim() || null;
  else if (/^(?:owners?|dri|lead|responsible|accountable|teams?|squad)$/.test(key) && !onKeyResult) candidate.objective.owner = value || null;
  else if (onKeyResult && /^(?:owners?|dri|lead|responsible|accountable|progress|status|current|score|now|currently)$/.test(key)) lastKr.text += ` — ${key === 'status' ? '' : `${key}: `}${value}`;
  else notes.push({ line: line.number, message: `"${line.raw.trim().slice(0, 80)}" is read as a remark and not imported` });
}

/**
 * Reads OKRs pasted from a document — a handbook page in markdown, a Google Doc or Word outline,
 * plain text: objective lines each followed by their key results (bulleted, numbered, indented or
 * labelled "KR 1.1"), team headings above them, owners, alignment and status written around
 * them, or a table with objective and key result columns. Deterministic; nothing leaves the machine.
 */
export function parseOutline(text: string): ParsedOutline {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  if (rawLines.length > MAX_OUTLINE_LINES) {
    return {
      objectives: [],
      problems: [{ line: MAX_OUTLINE_LINES + 1, message: `The paste has ${rawLines.length.toLocaleString('en-GB')} lines; at most ${MAX_OUTLINE_LINES.toLocaleString('en-GB')} are read at once: paste one part at a time.` }],
      notes: [],
      period: null,
    };
  }
  const problems: OutlineProblem[] = [];
  const notes: OutlineMessage[] = [];
  const lines = tableLines(rawLines.map((raw, index) => readOutlineLine(raw, index + 1)).filter((line): line is OutlineLine => line !== undefined), problems);
  const candidates: Candidate[] = [];
  let current: Candidate | undefined;
  let periodLine = null as string | null;
  lines.forEach((line, index) => {
    if (line.meta && current) return applyMeta(current, line, notes);
    // "# Engineering OKRs — Q2 FY27", "OKRs H1 2026 – Customer Service": the document's period, not an objective.
    const periodText = line.label === null && line.marker === null ? PERIOD.exec(line.text)?.[0] : undefined;
    const below = lines[index + 1];
    // "# Grow revenue in H1 2026" with key results under it is an objective that names its period.
    const headsKeyResults = below !== undefined && (below.indent > line.indent || (below.heading === 0 && (below.marker !== null || below.label === 'keyResult')));
    const onlyPeriod = periodText !== undefined && line.text.replace(periodText, '').replace(/[\s:—–\-|]+/g, '') === '';
    if (periodText && (/\bokrs?\b/i.test(line.text) || onlyPeriod || (line.heading > 0 && !headsKeyResults)) && !(below && below.indent > line.indent)) {
      periodLine ??= periodText;
      return;
    }
    // A line with more-indented lines under it heads them: an objective, whatever its marker.
    const next = lines[index + 1];
    const hasChildren = next !== undefined && next.indent > line.indent && next.label !== 'objective' && next.meta === null;
    const isKeyResult =
      line.label === 'keyResult' ||
      (line.label === null &&
        line.heading === 0 &&
        !hasChildren &&
        current !== undefined &&
        (line.indent > current.line.indent || (line.indent === current.line.indent && line.marker !== null && line.marker !== current.line.marker)));
    if (!isKeyResult) {
      current = { line, objective: { line: line.number, title: line.text, keyResults: [], section: null, owner: null, parentTitle: null }, keyResults: [] };
      candidates.push(current);
    } else if (!current) problems.push({ line: line.number, message: `Line ${line.number} is a key result before any objective: write its objective on the line above.` });
    else current.keyResults.push({ line, text: line.text });
  });

  let period = periodLine;
  let section: string | null = null;
  // The paste's decimal mark, from every number that shows it ("99.9 %", "2,5 Mio."): "4.200" is then read, not guessed.
  const decision = decideDecimalSeparator(candidates.flatMap((c) => c.keyResults.flatMap((k) => numberTokens(k.text))));
  const decimal: OutlineDecimal = { separator: decision.separator, decided: decision.decided };
  const objectives: OutlineObjective[] = [];
  candidates.forEach((candidate, index) => {
    const { line } = candidate;
    const next = candidates[index + 1];
    if (candidate.keyResults.length === 0 && line.label !== 'objective') {
      const periodText = PERIOD.exec(line.text)?.[0];
      if (periodText && (line.heading > 0 || /\bokrs?\b/i.test(line.text) || index === 0)) {
        period ??= periodText;
        return;
      }
      if (isProse(line)) return notes.push({ line: line.number, message: `Line ${line.number} is read as a remark and not imported` });
      // A heading with nothing of its own under it, over objectives that have key results, is a section ("## Payments").
      const headsObjectives = line.heading > 0 && next !== undefined && next.line.heading === 0 && next.keyResults.length > 0;
      const headsOthers = next !== undefined && (next.line.label === 'objective' || (line.heading > 0 && next.line.heading > line.heading) || headsObjectives || SECTION_WORDS.test(line.text));
      if (headsOthers) {
        section = line.text.replace(/:$/, '').trim();
        return;
      }
    }
    const annotated = annotateLine(line.text);
    if (annotated.struck) problems.push({ line: line.number, message: `The objective "${annotated.text}" is struck through: delete it if it was dropped, or remove the strike-through.` });
    const title = annotated.text;
    if (title.length > 200) problems.push({ line: line.number, message: `The objective on line ${line.number} is longer than 200 characters: shorten it.` });
    const objective: OutlineObjective = { ...candidate.objective, title: title.slice(0, 200), section, owner: candidate.objective.owner ?? annotated.owner };
    for (const kr of candidate.keyResults) {
      const read = readKeyResultLine(kr.text, kr.line.number, decimal);
      if ('problem' in read) problems.push(read.problem);
      else {
        objective.keyResults.push(read.keyResult);
        notes.push(...read.notes);
      }
    }
    if (candidate.keyResults.length === 0) {
      problems.push({ line: line.number, message: `"${objective.title}" has no key results: list them below it, one per line with a bullet or a number.` });
    }
    objectives.push(objective);
  });
  return { objectives, problems: problems.sort((a, b) => a.line - b.line), notes: notes.sort((a, b) => a.line - b.line), period };
}

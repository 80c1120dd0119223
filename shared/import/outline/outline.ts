import type { MetricKind } from '../../model';
import { decimalEvidence, readNumber } from '../okrs/numbers';

export const MAX_OUTLINE_LINES = 2_000;

export interface OutlineKeyResult {
  /** 1-based line of the paste. */
  line: number;
  title: string;
  metric: MetricKind;
  start: number | null;
  target: number;
  unit: string;
}

export interface OutlineObjective {
  line: number;
  title: string;
  keyResults: OutlineKeyResult[];
}

export interface OutlineProblem {
  line: number;
  message: string;
}

export interface ParsedOutline {
  objectives: OutlineObjective[];
  problems: OutlineProblem[];
}

const MARKER = /^(?:[-*•◦‣▪●○–—]|\d{1,2}[.)]|[a-z][.)]|\(\s*(?:\d{1,2}|[a-z])\s*\))\s+/i;
const OBJECTIVE_LABEL = /^(?:objective|obj|o)\s*\d*\s*[:.)\-–—]\s*/i;
// "KR1.2: …", "KR1.2 …" (no colon, as Google Docs outlines write it), "KR: …", "Key result 3 – …".
const KEY_RESULT_LABEL = /^(?:key\s*results?|kr)(?:\s*\d+(?:\.\d+)*\s*[:.)\-–—]?|\s*[:.)\-–—])\s*/i;
/** A heading naming the quarter ("Q1 2027", "Q1 2027 OKRs — Payments", "FY27 H1"): not an objective. */
const PERIOD_HEADING = /^(?:okrs?\s+(?:for\s+)?)?(?:(?:Q[1-4]|H[12])\s*(?:FY\s*)?'?\d{2,4}|FY\s*'?\d{2,4}(?:\s*[-–]?\s*(?:Q[1-4]|H[12]))?)\b(?:\s+okrs?\b.*)?(?:\s*[-–—:].*)?$/i;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const NUMBER = String.raw`[$€£]?\s?\d+(?:[.,'\u00a0\u202f]\d+)*(?:\s?(?:%|k|K|M|bn|Mio\.?|Mrd\.?|Tsd\.?)(?![A-Za-z]))?(?:\s?[$€£])?`;
const INCREASE = /^(?:increase|grow|raise|improve|boost|double|triple|lift|expand|get|reach|achieve|hit|go|move)\b/i;
const DECREASE = /^(?:reduce|decrease|cut|lower|drop|shrink|halve|bring down|minimi[sz]e)\b/i;
const MILESTONE = /^(?:ship|launch|deliver|release|complete|finish|go live|roll out|rollout|introduce|publish|migrate|implement|build|create|sign|hire|open|close|retire|decommission|set up|establish|run|hold)\b/i;
const UNIT_STOPWORDS = new Set(['by', 'in', 'per', 'within', 'before', 'and', 'for', 'of', 'from', 'to', 'at', 'on', 'the', 'a', 'an', 'across', 'while', 'with', 'each', 'every']);

function indentOf(raw: string): number {
  const lead = /^[\t ]*/.exec(raw)![0];
  return lead.replace(/\t/g, '    ').length;
}

function numberOf(token: string): { value: number; unit: string } | undefined {
  // A pasted German or French document writes "1,5 Mio." and "99,9 %": the token itself tells.
  const digits = /\d[\d.,]*\d|\d/.exec(token)?.[0] ?? '';
  const reading = readNumber(token.replace(/'/g, ''), decimalEvidence(digits) ?? '.', true);
  return reading.kind === 'number' ? { value: reading.value, unit: reading.unit } : undefined;
}

/** The word after a target ("to 3,000 calls") names the unit, unless it is a linking word. */
function unitAfter(text: string, index: number): string {
  const word = /^\s+([A-Za-z][A-Za-z\-/]{1,29})/.exec(text.slice(index));
  return word && !UNIT_STOPWORDS.has(word[1]!.toLowerCase()) ? word[1]! : '';
}

/**
 * A key result as people write it, typed: "Increase X from 40 % to 60 %" (increase from 40 to 60),
 * "Reduce churn to 2 %" (decrease, start unknown), "Keep uptime above 99.9 %" (stay above),
 * "Ship the new onboarding by March" (milestone). A message when no target can be read.
 */
export function readKeyResultLine(text: string, line: number): { keyResult: OutlineKeyResult } | { problem: OutlineProblem } {
  const title = text.slice(0, 200);
  const fromTo = new RegExp(String.raw`\bfrom\s+(${NUMBER})\s*(?:to|→|->|–|-)\s*(${NUMBER})`, 'i').exec(text);
  if (fromTo) {
    const start = numberOf(fromTo[1]!);
    const target = numberOf(fromTo[2]!);
    if (start && target) {
      const metric: MetricKind = DECREASE.test(text) ? 'decrease' : INCREASE.test(text) ? 'increase' : target.value < start.value ? 'decrease' : 'increase';
      if (start.value === target.value) return { problem: { line, message: `"${title}" goes from ${start.value} to the same value: write the target it should reach` } };
      if ((metric === 'increase') !== target.value > start.value) {
        return { problem: { line, message: `"${title}" says ${metric} but goes from ${start.value} to ${target.value}: correct the numbers or the verb` } };
      }
      return { keyResult: { line, title, metric, start: start.value, target: target.value, unit: start.unit || target.unit || unitAfter(text, fromTo.index + fromTo[0].length) } };
    }
  }
  // No \b before "≥": it is no word character, so a word boundary never precedes it after a space.
  const line_ = new RegExp(String.raw`(?:\b(above|over|at least|no less than|below|under|at most|no more than|less than)|(≥|>=|≤|<=))\s*(${NUMBER})`, 'i').exec(text);
  if (line_ && !/\bto\s+\d/i.test(text)) {
    const target = numberOf(line_[3]!);
    if (target) {
      const above = /above|over|at least|no less|≥|>=/i.test(line_[1] ?? line_[2]!);
      return { keyResult: { line, title, metric: above ? 'stayAbove' : 'stayBelow', start: null, target: target.value, unit: target.unit || unitAfter(text, line_.index + line_[0].length) } };
    }
  }
  const to = new RegExp(String.raw`\b(?:to|→|->|reach|hit|achieve)\s+(${NUMBER})`, 'i').exec(text);
  if (to) {
    const target = numberOf(to[1]!);
    if (target) {
      const metric: MetricKind = DECREASE.test(text) ? 'decrease' : 'increase';
      return { keyResult: { line, title, metric, start: null, target: target.value, unit: target.unit || unitAfter(text, to.index + to[0].length) } };
    }
  }
  const relative = new RegExp(String.raw`\bby\s+(${NUMBER})`, 'i').exec(text);
  if (relative && (INCREASE.test(text) || DECREASE.test(text))) {
    return { problem: { line, message: `"${title}" names a change ("by ${relative[1]}"), not a value to reach: write it as "from 40 to 60" or "to 60"` } };
  }
  const signed = new RegExp(String.raw`(?:^|\s)([+−-]\s?${NUMBER})(?=\s|$)`).exec(text);
  if (signed) {
    return { problem: { line, message: `"${title}" names a change ("${signed[1]}"), not a value to reach: write where it starts and ends, e.g. "from 30 to 50"` } };
  }
  if (MILESTONE.test(text) || !/\d/.test(text.replace(/\b(?:by|in|before|until)\s+.*$/i, ''))) {
    return { keyResult: { line, title, metric: 'milestone', start: 0, target: 1, unit: '' } };
  }
  return { problem: { line, message: `"${title}" has no target that can be read: write it as "from 40 to 60", "to 60", "above 99.9 %", or as a milestone ("Ship … by March")` } };
}

interface Line {
  number: number;
  indent: number;
  marker: string | null;
  text: string;
  label: 'objective' | 'keyResult' | null;
}

function readLine(raw: string, number: number): Line | undefined {
  const trimmed = raw.trim().replace(MARKDOWN_HEADING, '');
  if (!trimmed || PERIOD_HEADING.test(trimmed)) return undefined;
  const marker = MARKER.exec(trimmed);
  let text = marker ? trimmed.slice(marker[0].length) : trimmed;
  let label: Line['label'] = null;
  if (KEY_RESULT_LABEL.test(text)) {
    label = 'keyResult';
    text = text.replace(KEY_RESULT_LABEL, '');
  } else if (OBJECTIVE_LABEL.test(text) && !/^o\s+\w/i.test(text)) {
    label = 'objective';
    text = text.replace(OBJECTIVE_LABEL, '');
  }
  const kind = marker ? (/^\d/.test(marker[0]) ? 'number' : /^[a-z]/i.test(marker[0]) || marker[0].startsWith('(') ? 'letter' : 'bullet') : null;
  return { number, indent: indentOf(raw), marker: kind, text: text.trim().replace(/\s+/g, ' '), label };
}

/**
 * Reads OKRs pasted from a document: objective lines each followed by their key results (bulleted,
 * numbered, indented or labelled "KR1:"). Deterministic: the same text always gives the same
 * preview; nothing leaves the machine.
 */
export function parseOutline(text: string): ParsedOutline {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  if (rawLines.length > MAX_OUTLINE_LINES) {
    return {
      objectives: [],
      problems: [{ line: MAX_OUTLINE_LINES + 1, message: `The paste has ${rawLines.length.toLocaleString('en-GB')} lines; at most ${MAX_OUTLINE_LINES.toLocaleString('en-GB')} are read at once: paste one part at a time.` }],
    };
  }
  const objectives: OutlineObjective[] = [];
  const problems: OutlineProblem[] = [];
  let current: { objective: OutlineObjective; line: Line } | undefined;
  const lines = rawLines.map((raw, index) => readLine(raw, index + 1)).filter((line): line is Line => line !== undefined && line.text !== '');
  lines.forEach((line, index) => {
    // A line with more-indented lines under it heads them: an objective, whatever its marker.
    const hasChildren = (lines[index + 1]?.indent ?? -1) > line.indent && lines[index + 1]?.label !== 'objective';
    const isKeyResult =
      line.label === 'keyResult' ||
      (line.label === null &&
        !hasChildren &&
        current !== undefined &&
        (line.indent > current.line.indent || (line.indent === current.line.indent && line.marker !== null && line.marker !== current.line.marker)));
    if (!isKeyResult) {
      if (line.text.length > 200) problems.push({ line: line.number, message: `The objective on line ${line.number} is longer than 200 characters: shorten it.` });
      current = { objective: { line: line.number, title: line.text.slice(0, 200), keyResults: [] }, line };
      objectives.push(current.objective);
      return;
    }
    if (!current) {
      problems.push({ line: line.number, message: `Line ${line.number} is a key result before any objective: write its objective on the line above.` });
      return;
    }
    const read = readKeyResultLine(line.text, line.number);
    if ('problem' in read) problems.push(read.problem);
    else current.objective.keyResults.push(read.keyResult);
  });
  for (const objective of objectives) {
    if (objective.keyResults.length === 0 && !problems.some((p) => p.line > objective.line && p.line < (objectives[objectives.indexOf(objective) + 1]?.line ?? Infinity))) {
      problems.push({ line: objective.line, message: `"${objective.title}" has no key results: list them below it, one per line with a bullet or a number.` });
    }
  }
  return { objectives, problems: problems.sort((a, b) => a.line - b.line) };
}

import type { MetricKind } from '../../model';
import { decimalEvidence, readNumber, type DecimalSeparator } from '../okrs/numbers';
import { NUMBER } from './lineAnnotations';

/** A key result statement read as a metric with its numbers, or what to write instead. */
export type StatementReading =
  /** `startScaled`: the start was written bare ("from 1 to 2 M€") and took the target's k/M/bn, as "1" alone means 1 M€ there. */
  | { ok: true; metric: MetricKind; start: number | null; target: number; unit: string; counted?: boolean; startScaled?: { written: string; multiplier: number } }
  | { ok: false; message: string };

const INCREASE = /^(?:increase|grow|raise|improve|boost|double|triple|lift|expand|get|reach|achieve|hit|go|move)\b/i;
const DECREASE = /^(?:reduce|decrease|cut|lower|drop|shrink|halve|bring down|minimi[sz]e)\b/i;
const MILESTONE_VERBS = 'ship|launch|deliver|release|complete|finish|go live|roll out|rollout|introduce|publish|migrate|implement|build|create|sign|hire|onboard|open|close|retire|decommission|set up|establish|run|hold|win|recruit|add|train|certify|interview';
const MILESTONE = new RegExp(String.raw`^(?:${MILESTONE_VERBS})\b`, 'i');
/** Dates in a statement ("by 31.03.2026", "by 2026-03-31") are deadlines, never ranges or targets. */
const DATE = /\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/g;
const UNIT_STOPWORDS = new Set(['by', 'in', 'per', 'within', 'before', 'and', 'for', 'of', 'from', 'to', 'at', 'on', 'the', 'a', 'an', 'across', 'while', 'with', 'each', 'every', 'new', 'more', 'additional', 'extra']);

/** The decimal mark of the whole paste: what its numbers show, or undecided. */
export interface OutlineDecimal {
  separator: DecimalSeparator;
  decided: boolean;
}

const digitsOf = (token: string) => /\d[\d.,]*\d|\d/.exec(token)?.[0] ?? '';

/** One number as written in a pasted document: "1,5 Mio. €" and "99,9 %" say their own decimal mark, "4.200" the paste's. */
export function outlineNumber(token: string, decimal: OutlineDecimal = { separator: '.', decided: true }): { value: number; unit: string; multiplier: number } | undefined {
  const reading = readNumber(token.replace(/'/g, ''), decimalEvidence(digitsOf(token)) ?? decimal.separator, true);
  return reading.kind === 'number' ? { value: reading.value, unit: reading.unit, multiplier: reading.multiplier ?? 1 } : undefined;
}

/**
 * "from 1 to 2 M€", "from 1.5 to 3k users": a bare start takes the target's k/M/bn when it then
 * lands within a hundredfold of the target on the side its verb says, as a reader takes it;
 * "from 500 to 2k" keeps 500.
 */
function startWithTargetScale(start: { value: number; unit: string; multiplier: number }, target: { value: number; multiplier: number }, verb: 'increase' | 'decrease' | undefined): number | undefined {
  if (start.multiplier !== 1 || start.unit !== '' || target.multiplier === 1 || start.value === 0) return undefined;
  const scaled = Math.round(start.value * target.multiplier * 1e6) / 1e6;
  const ratio = Math.abs(scaled / target.value);
  // Scaled, the start must still lie on the side the verb says ("Increase users from 100 to 1M" keeps 100).
  if (verb === 'increase') return ratio >= 0.01 && scaled < target.value ? scaled : undefined;
  if (verb === 'decrease') return ratio <= 100 && scaled > target.value ? scaled : undefined;
  return ratio >= 0.1 && ratio <= 10 && scaled !== target.value ? scaled : undefined;
}

/** Every number-like token of a statement, dates left out: the evidence for the paste's decimal mark. */
export function numberTokens(text: string): string[] {
  return [...text.replace(DATE, ' ').matchAll(new RegExp(NUMBER, 'g'))].map((match) => match[0].trim());
}

/** "4.200" when nothing in the paste shows the decimal mark: 4200 or 4.2, said, never guessed. */
export function ambiguousNumber(text: string, decimal: OutlineDecimal): string | undefined {
  if (decimal.decided) return undefined;
  for (const token of numberTokens(text)) {
    const digits = digitsOf(token);
    if (decimalEvidence(digits) === undefined && /^\d{1,3}[.,]\d{3}$/.test(digits)) {
      const whole = digits.replace(/[.,]/, '');
      const fraction = String(Number(digits.replace(',', '.')));
      return `"${token}" could be ${whole} or ${fraction}, and nothing else in the paste shows which decimal mark it uses: write ${whole} or ${fraction}`;
    }
  }
  return undefined;
}

/** The word after a number ("to 3,000 calls") names the unit, unless it is a linking word. */
function unitAfter(text: string, index: number): string {
  const word = /^\s+([A-Za-z][A-Za-z\-/]{0,29})/.exec(text.slice(index));
  return word && !UNIT_STOPWORDS.has(word[1]!.toLowerCase()) ? word[1]! : '';
}

/**
 * "Hire 12 engineers", "Sign 5 new reseller partners", "Close 3 enterprise deals worth €1M": the
 * noun the number counts — the first plural among the next words, else the last of the first two.
 */
function countedNoun(text: string, index: number): string {
  const words: string[] = [];
  for (const word of text.slice(index).trim().split(/\s+/)) {
    if (!/^[A-Za-z][A-Za-z-]*$/.test(word) || UNIT_STOPWORDS.has(word.toLowerCase())) {
      if (words.length > 0) break;
      continue;
    }
    words.push(word);
  }
  const plural = words.find((word) => word.length > 3 && /s$/i.test(word));
  return (plural ?? words.slice(0, 2).at(-1) ?? '').slice(0, 30);
}

/**
 * A key result statement as people write it, typed: "Increase X from 40 % to 60 %" (increase from
 * 40 to 60), "Reduce p95 latency from 800 ms to 300 ms", "Reduce churn to 2 %" (start unknown),
 * "Keep uptime above 99.9 %" (stay above), "Hire 12 engineers" (count from 0 to 12), "Ship the new
 * onboarding by March" (milestone). Ranges, multiples and changes are refused with what to write.
 */
export function readStatement(text: string, decimal: OutlineDecimal = { separator: '.', decided: true }): StatementReading {
  const quoted = `"${text.slice(0, 200)}"`;
  const fromTo = new RegExp(String.raw`(?:\bfrom\s+)?(${NUMBER})(?:\s*([A-Za-z]{1,12}))?\s*(?:\bto\b|→|->|–|—)\s*(${NUMBER})`, 'i').exec(text);
  const explicitFrom = fromTo && (/\bfrom\s/i.test(fromTo[0]) || /→|->/.test(fromTo[0]));
  if (fromTo && explicitFrom) {
    const written = outlineNumber(fromTo[1]!, decimal);
    const target = outlineNumber(fromTo[3]!, decimal);
    const verb = DECREASE.test(text) ? 'decrease' : INCREASE.test(text) ? 'increase' : undefined;
    const scaledValue = written && target ? startWithTargetScale(written, target, verb) : undefined;
    const start = written && scaledValue !== undefined ? { ...written, value: scaledValue } : written;
    if (start && target) {
      const metric: MetricKind = DECREASE.test(text) ? 'decrease' : INCREASE.test(text) ? 'increase' : target.value < start.value ? 'decrease' : 'increase';
      if (start.value === target.value) return { ok: false, message: `${quoted} goes from ${start.value} to the same value: write the target it should reach` };
      if ((metric === 'increase') !== target.value > start.value) {
        return { ok: false, message: `${quoted} says ${metric} but goes from ${start.value} to ${target.value}: correct the numbers or the verb` };
      }
      const unit = start.unit || target.unit || (fromTo[2] && !UNIT_STOPWORDS.has(fromTo[2].toLowerCase()) ? fromTo[2] : '') || unitAfter(text, fromTo.index + fromTo[0].length);
      const startScaled = scaledValue !== undefined ? { written: fromTo[1]!.trim(), multiplier: target.multiplier } : undefined;
      return { ok: true, metric, start: start.value, target: target.value, unit, ...(startScaled ? { startScaled } : {}) };
    }
  }
  const undated = text.replace(DATE, 'DATE');
  const range = new RegExp(String.raw`(${NUMBER})\s*(?:–|-|—)\s*(${NUMBER})`, 'i').exec(undated);
  if (range && !explicitFrom) {
    return { ok: false, message: `${quoted} gives a range (${range[0].trim()}), not one target: write the value to reach, e.g. "to ${range[2]!.trim()}"` };
  }
  const multiple = /(?:^|\s)(\d+(?:[.,]\d+)?)\s?[x×](?=\s|$)/i.exec(text) ?? /^(double|triple|quadruple|halve)\b/i.exec(text);
  if (multiple) {
    return { ok: false, message: `${quoted} names a multiple ("${multiple[0].trim()}"), not a value to reach: write where it starts and ends, e.g. "from 4 to 40"` };
  }
  // No \b before "≥": it is no word character, so a word boundary never precedes it after a space.
  const line = new RegExp(String.raw`(?:\b(above|over|at least|no less than|below|under|at most|no more than|less than)|(≥|>=|≤|<=))\s*(${NUMBER})`, 'i').exec(text);
  if (line && !/\bto\s+\d/i.test(text)) {
    const target = outlineNumber(line[3]!, decimal);
    if (target) {
      const above = /above|over|at least|no less|≥|>=/i.test(line[1] ?? line[2]!);
      if (!(/^(?:hire|sign|win|add|recruit|onboard)\b/i.test(text) && /at least/i.test(line[1] ?? ''))) {
        return { ok: true, metric: above ? 'stayAbove' : 'stayBelow', start: null, target: target.value, unit: target.unit || unitAfter(text, line.index + line[0].length) };
      }
    }
  }
  const to = new RegExp(String.raw`(?:\b(?:to|reach|hit|achieve)\s+|→\s*)(${NUMBER})`, 'i').exec(text);
  if (to) {
    const target = outlineNumber(to[1]!, decimal);
    if (target) {
      const metric: MetricKind = DECREASE.test(text) ? 'decrease' : 'increase';
      return { ok: true, metric, start: null, target: target.value, unit: target.unit || unitAfter(text, to.index + to[0].length) };
    }
  }
  const relative = new RegExp(String.raw`\bby\s+(${NUMBER})`, 'i').exec(text);
  if (relative && (INCREASE.test(text) || DECREASE.test(text))) {
    return { ok: false, message: `${quoted} names a change ("by ${relative[1]}"), not a value to reach: write it as "from 40 to 60" or "to 60"` };
  }
  const signed = new RegExp(String.raw`(?:^|\s)([+−-]\s?${NUMBER})(?=\s|$)`).exec(text);
  if (signed) {
    return { ok: false, message: `${quoted} names a change ("${signed[1]}"), not a value to reach: write where it starts and ends, e.g. "from 30 to 50"` };
  }
  // "Hire 12 engineers", "Sign at least 5 new partners": a count from zero, not a done-or-not milestone.
  const count = new RegExp(String.raw`^(?:${MILESTONE_VERBS})\s+(?:at least\s+)?(\d+(?:[.,]\d{3})*)(?=\s+[A-Za-z])`, 'i').exec(text);
  if (count) {
    const target = outlineNumber(count[1]!, decimal)!;
    return { ok: true, metric: 'increase', start: 0, target: target.value, unit: countedNoun(text, count.index + count[0].length), counted: true };
  }
  if (MILESTONE.test(text) || !/\d/.test(undated.replace(/\b(?:by|in|before|until|end of|for)\s+.*$/i, ''))) {
    return { ok: true, metric: 'milestone', start: 0, target: 1, unit: '' };
  }
  return { ok: false, message: `${quoted} has no target that can be read: write it as "from 40 to 60", "to 60", "above 99.9 %", or as a milestone ("Ship … by March")` };
}

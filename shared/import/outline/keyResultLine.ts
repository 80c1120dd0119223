import type { MetricKind } from '../../model';
import { annotateLine, type OutlineStatus } from './lineAnnotations';
import { ambiguousNumber, outlineNumber, readStatement, type OutlineDecimal } from './keyResultText';

/** Numbers in messages as people read them: 3,100,000. */
const grouped = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 6 });

export interface OutlineKeyResult {
  /** 1-based line of the paste. */
  line: number;
  title: string;
  metric: MetricKind;
  start: number | null;
  target: number;
  unit: string;
  /** The owner as written ("Ada Lovelace", "alan.turing", "Data Platform"): matched to a person or team on saving. */
  owner: string | null;
  /** Where it stands, in the key result's unit (a milestone: 1 done, 0 not yet): recorded as a check-in. */
  current: number | null;
  /** 0–10, from the status marker (🟢 8, 🟡 5, 🔴 2), 5 when a value has none. */
  confidence: number | null;
  status: OutlineStatus | null;
}

export interface OutlineMessage {
  line: number;
  message: string;
}

export type KeyResultLineReading = { keyResult: OutlineKeyResult; notes: OutlineMessage[] } | { problem: OutlineMessage };

const CONFIDENCE: Record<OutlineStatus, number> = { onTrack: 8, atRisk: 5, offTrack: 2, done: 10, missed: 0 };
const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** "Migrate dashboards to …": what a count of a milestone-like statement counts. */
function objectNoun(statement: string): string {
  const word = /^\S+\s+(?:the\s+|all\s+|our\s+)?([A-Za-z][\w-]*)/.exec(statement)?.[1] ?? '';
  return /s$/i.test(word) ? word.slice(0, 30) : '';
}

/** "50%", "0.45", "45": a share of the way from start to target, 0–1. */
function progressShare(text: string): number | undefined {
  const read = outlineNumber(text);
  if (!read) return undefined;
  return read.unit === '%' || read.value > 1 ? read.value / 100 : read.value;
}

/**
 * One key result line of a document, typed, with its owner, status and where it stands. Every
 * number that cannot be used as written gives a message naming the line and the value.
 */
export function readKeyResultLine(text: string, line: number, decimal: OutlineDecimal = { separator: '.', decided: true }): KeyResultLineReading {
  const notes: OutlineMessage[] = [];
  const annotated = annotateLine(text);
  const title = annotated.text.slice(0, 200);
  if (annotated.struck) {
    return { problem: { line, message: `"${title}" is struck through: delete the line if the key result was dropped, or remove the strike-through (and mark it ✅ if it is done)` } };
  }
  const ambiguous = ambiguousNumber(text, decimal);
  if (ambiguous) return { problem: { line, message: `"${title}": ${ambiguous}` } };
  const reading = readStatement(annotated.text, decimal);
  if (!reading.ok) return { problem: { line, message: reading.message } };
  let { metric, start, target, unit } = reading;
  if (reading.startScaled) {
    const suffix = reading.startScaled.multiplier === 1e3 ? 'k' : reading.startScaled.multiplier === 1e6 ? 'M' : 'bn';
    notes.push({ line, message: `"${title}": the start ${reading.startScaled.written} read as ${grouped(start!)}, taking the target's "${suffix}"; if it means ${reading.startScaled.written}, write the target in full (to ${grouped(target)})` });
  }
  let current: number | null = null;
  if (annotated.current) {
    const value = outlineNumber(annotated.current.value, decimal);
    const outOf = annotated.current.outOf === null ? undefined : outlineNumber(annotated.current.outOf, decimal);
    const written = `${annotated.current.value}${annotated.current.outOf ? ` of ${annotated.current.outOf}` : ''}${annotated.current.unit ? ` ${annotated.current.unit}` : ''}`;
    if (!value || (annotated.current.outOf !== null && !outOf)) return { problem: { line, message: `"${title}": the value now "${written}" is not a number` } };
    if (outOf && metric === 'milestone') {
      notes.push({ line, message: `"${title}" is at ${written}: read as a count from 0 to ${outOf.value}, not a done-or-not milestone` });
      [metric, start, target, unit] = ['increase', 0, outOf.value, annotated.current.unit || objectNoun(annotated.text)];
    } else if (outOf && outOf.value !== target) {
      return { problem: { line, message: `"${title}" is at ${written}, but its target is ${target}: correct one of the two` } };
    }
    if (metric === 'milestone') return { problem: { line, message: `"${title}" is a milestone (done or not) but has the value ${written}: write ✅ when it is done, or give it a target` } };
    const writtenUnit = value.unit || annotated.current.unit;
    if (writtenUnit && unit && writtenUnit !== unit) return { problem: { line, message: `"${title}" is measured in ${unit} but its value now is "${written}": write it in ${unit}` } };
    current = value.value;
  } else if (annotated.progress) {
    const share = progressShare(annotated.progress);
    if (share === undefined || share < 0 || share > 1) return { problem: { line, message: `"${title}": the progress "${annotated.progress}" must be from 0 % to 100 %` } };
    if (metric === 'milestone') {
      current = share === 1 ? 1 : 0;
      if (share > 0 && share < 1) notes.push({ line, message: `"${title}" is a milestone at ${annotated.progress}: recorded as not done yet` });
    } else if (unit === '%' && !/\b(?:progress|score|grade|completion|done|complete)\b/i.test(text)) {
      notes.push({ line, message: `"${title}": "${annotated.progress}" could be the value now or the progress: write "(now ${annotated.progress})" or "(progress ${annotated.progress})"; no check-in is recorded` });
    } else if ((metric === 'increase' || metric === 'decrease') && start !== null) {
      current = round(start + share * (target - start));
      notes.push({ line, message: `"${title}": progress ${annotated.progress} read as the value ${grouped(current)} (that share of the way from ${grouped(start)} to ${grouped(target)})` });
    } else {
      notes.push({ line, message: `"${title}": progress ${annotated.progress} cannot become a value without a start: write the value now, e.g. "(now 38)"; no check-in is recorded` });
    }
  }
  if (current === null && metric === 'milestone' && annotated.status) current = annotated.status === 'done' ? 1 : 0;
  if (current === null && annotated.status && metric !== 'milestone') {
    notes.push({ line, message: `"${title}" is marked ${annotated.status === 'onTrack' ? 'on track' : annotated.status === 'atRisk' ? 'at risk' : annotated.status === 'offTrack' ? 'off track' : annotated.status} but gives no value now: no check-in is recorded` });
  }
  let confidence: number | null = null;
  if (current !== null) {
    confidence = annotated.status ? CONFIDENCE[annotated.status] : 5;
    if (!annotated.status) notes.push({ line, message: `"${title}" has a value now but no status marker (🟢 🟡 🔴): confidence 5 of 10 is recorded` });
  }
  return {
    keyResult: { line, title, metric, start, target, unit: unit.slice(0, 30), owner: annotated.owner, current, confidence, status: annotated.status },
    notes,
  };
}

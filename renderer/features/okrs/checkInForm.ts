import { DateOnly, type KeyResult, type PeriodRange } from '../../../shared/model';
import { checkInDateProblem } from '../../../shared/rules';

export interface CheckInFormValues {
  value: string;
  confidence: string;
  date: string;
  note: string;
}

export interface CheckInFields {
  value: number;
  confidence: number;
  date: string;
  note: string;
}

/** The future-date message, word for word the one the repository gives. */
export function futureDateMessage(date: string, today: string): string {
  return `The check-in date ${date} is in the future: choose today (${today}) or an earlier date.`;
}

/** Checks a check-in before it is recorded; each message names the field and what to enter. */
export function parseCheckInForm(
  values: CheckInFormValues,
  keyResult: Pick<KeyResult, 'metric'>,
  today: string,
  /** The key result's period and the grace window after it: the dates a check-in may have. */
  window?: { period: Pick<PeriodRange, 'name' | 'start' | 'end'>; graceDays: number },
): { fields: CheckInFields } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value = Number(values.value.trim());
  if (values.value.trim() === '') errors.value = keyResult.metric === 'milestone' ? 'Choose whether the milestone is done.' : 'Enter the new value as a number, e.g. 32.';
  else if (!Number.isFinite(value)) errors.value = 'The new value must be a number, e.g. 32 or 4.5.';
  const confidence = Number(values.confidence.trim());
  if (values.confidence.trim() === '' || !Number.isInteger(confidence) || confidence < 0 || confidence > 10) {
    errors.confidence = 'Confidence must be a whole number from 0 (no chance) to 10 (certain).';
  }
  if (!DateOnly.safeParse(values.date).success) errors.date = 'Enter the date of the check-in, e.g. 2026-11-16.';
  else if (values.date > today) errors.date = futureDateMessage(values.date, today);
  else if (window) {
    const problem = checkInDateProblem(values.date, window.period, today, window.graceDays);
    if (problem) errors.date = problem;
  }
  if (values.note.length > 2000) errors.note = 'The note must be at most 2000 characters: shorten it.';
  if (Object.keys(errors).length > 0) return { errors };
  return { fields: { value, confidence, date: values.date, note: values.note.trim() } };
}

import { formatDay } from '../../ui/dates';
import type { KeyResult, PeriodRange } from '../../../shared/model';
import { STATUS_LABELS, type KeyResultStatus, type ObjectiveAssessment, type StatusLabel } from '../../../shared/rules';

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// One formatter each, made once: toLocaleString builds a new one per call (a list of 500 objectives calls it thousands of times).
const values = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const counts = new Intl.NumberFormat('en-GB');

/** 1234.5 → "1,234.5"; units like "%" attach, words get a space: "45%", "38 days". */
export function formatValue(value: number, unit: string): string {
  const number = values.format(value);
  if (!unit) return number;
  return /^[%°]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A calendar day in the app's one date format (the user's locale). */
export function formatDate(day: string): string {
  return formatDay(day);
}

export function periodDates(period: Pick<PeriodRange, 'start' | 'end'>): string {
  return `${formatDate(period.start)} – ${formatDate(period.end)}`;
}

/** "Increase from 20% to 45%", "Increase to 45%" (start unknown), "Stay above 4.2 of 5", "Milestone". */
export function metricSummary(kr: Pick<KeyResult, 'metric' | 'start' | 'target' | 'unit'>): string {
  const value = (n: number) => formatValue(n, kr.unit);
  switch (kr.metric) {
    case 'increase':
      return kr.start === null ? `Increase to ${value(kr.target)}` : `Increase from ${value(kr.start)} to ${value(kr.target)}`;
    case 'decrease':
      return kr.start === null ? `Decrease to ${value(kr.target)}` : `Decrease from ${value(kr.start)} to ${value(kr.target)}`;
    case 'stayAbove':
      return `Stay above ${value(kr.target)}`;
    case 'stayBelow':
      return `Stay below ${value(kr.target)}`;
    case 'milestone':
      return 'Milestone';
  }
}

/** The current value as a person reads it; milestones say done or not. */
export function currentValue(kr: Pick<KeyResult, 'metric' | 'unit'>, value: number | undefined): string {
  if (value === undefined) return 'No check-in yet';
  if (kr.metric === 'milestone') return value >= 1 ? 'Done' : 'Not done yet';
  return formatValue(value, kr.unit);
}

export function statusText(label: StatusLabel | KeyResultStatus | undefined): string {
  return label === undefined ? 'No key results yet' : STATUS_LABELS[label];
}

export function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${counts.format(count)} ${count === 1 ? singular : many}`;
}

export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "76% done against 51% expected · 1 of 3 key results at risk": why the objective has its status. */
export function statusReason(assessment: Pick<ObjectiveAssessment, 'progress' | 'reason' | 'status'>, expected: number): string {
  if (assessment.progress === null) return '';
  const pace = assessment.status === 'done' || assessment.status === 'missed' ? `${percent(assessment.progress)} reached by the end of the period` : `${percent(assessment.progress)} done against ${percent(expected)} expected by today`;
  return assessment.reason ? `${pace} · ${assessment.reason}` : pace;
}

/** An objective in a picker: its title, owners and period, so repeated titles can be told apart. */
export function objectiveChoiceLabel(title: string, ownerNames: readonly string[], periodName: string | undefined): string {
  const owners = ownerNames.length > 0 ? namesList([...ownerNames]) : 'no owner team';
  return `${title} — ${owners}${periodName ? ` · ${periodName}` : ''}`;
}

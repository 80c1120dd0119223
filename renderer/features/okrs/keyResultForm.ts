import { KeyResult, type MetricKind } from '../../../shared/model';
import { keyResultTargetProblem } from '../../../shared/rules';

export interface KeyResultFormValues {
  title: string;
  metric: MetricKind;
  start: string;
  target: string;
  unit: string;
  weight: string;
  ownerId: string;
  contributingTeamIds: string[];
}

export interface KeyResultFields {
  title: string;
  metric: MetricKind;
  start: number;
  target: number;
  unit: string;
  weight: number | null;
  ownerId: string | null;
  contributingTeamIds: string[];
}

/** The labels of start and target depend on the metric: a line to hold is not a target to reach. */
export function numberLabels(metric: MetricKind): { start: string; target: string } {
  if (metric === 'stayAbove') return { start: 'Current value', target: 'Line to stay above' };
  if (metric === 'stayBelow') return { start: 'Current value', target: 'Line to stay below' };
  return { start: 'Start value', target: 'Target value' };
}

export function keyResultFormValues(kr: KeyResult | null): KeyResultFormValues {
  if (!kr) return { title: '', metric: 'increase', start: '', target: '', unit: '', weight: '', ownerId: '', contributingTeamIds: [] };
  return {
    title: kr.title, metric: kr.metric, start: kr.start === null ? '' : String(kr.start), target: String(kr.target), unit: kr.unit,
    weight: kr.weight === null ? '' : String(kr.weight), ownerId: kr.ownerId ?? '', contributingTeamIds: [...kr.contributingTeamIds],
  };
}

function parseNumber(text: string, label: string, errors: Record<string, string>, field: string): number {
  const trimmed = text.trim();
  if (trimmed === '') errors[field] = `${label} is required: enter a number, e.g. 20.`;
  else if (!Number.isFinite(Number(trimmed))) errors[field] = `${label} must be a number, e.g. 20 or 4.5.`;
  return Number(trimmed);
}

/** Checks the form; every message names the field and what to enter. */
export function parseKeyResultForm(values: KeyResultFormValues): { fields: KeyResultFields } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = KeyResult.shape.title.safeParse(values.title);
  if (!title.success) errors.title = title.error.issues[0]?.message ?? 'Key result title is not valid';
  const milestone = values.metric === 'milestone';
  const labels = numberLabels(values.metric);
  const start = milestone ? 0 : parseNumber(values.start, labels.start, errors, 'start');
  const target = milestone ? 1 : parseNumber(values.target, labels.target, errors, 'target');
  let weight: number | null = null;
  if (values.weight.trim() !== '') {
    weight = Number(values.weight.trim());
    if (!Number.isFinite(weight) || weight <= 0 || weight > 1000) {
      errors.weight = 'Weight must be a number above 0 (up to 1000), e.g. 2; leave it empty for equal weight.';
    }
  }
  if (!errors.start && !errors.target) {
    const problem = keyResultTargetProblem(values.metric, start, target);
    if (problem) errors.target = problem;
  }
  if (values.unit.trim().length > 30) errors.unit = 'Unit must be at most 30 characters, e.g. % or days.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    fields: {
      title: title.data ?? values.title.trim(), metric: values.metric, start, target, unit: milestone ? '' : values.unit.trim(), weight,
      ownerId: values.ownerId || null, contributingTeamIds: values.contributingTeamIds,
    },
  };
}

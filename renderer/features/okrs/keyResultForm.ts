import { KeyResult, type MetricKind } from '../../../shared/model';
import { keyResultTargetProblem } from '../../../shared/rules';

export interface KeyResultFormValues {
  title: string;
  metric: MetricKind;
  start: string;
  target: string;
  unit: string;
  weight: string;
  /** "person:<id>", "team:<id>", or '' for no owner: a key result is owned by a person or by a team. */
  owner: string;
  contributingTeamIds: string[];
}

export interface KeyResultFields {
  title: string;
  metric: MetricKind;
  /** null: unknown, progress counts from the first check-in. */
  start: number | null;
  target: number;
  unit: string;
  weight: number | null;
  ownerId: string | null;
  ownerTeamId: string | null;
  contributingTeamIds: string[];
}

/** The owner choice's value for a key result. */
export function ownerValue(kr: Pick<KeyResult, 'ownerId' | 'ownerTeamId'>): string {
  return kr.ownerId ? `person:${kr.ownerId}` : kr.ownerTeamId ? `team:${kr.ownerTeamId}` : '';
}

function ownerFields(value: string): { ownerId: string | null; ownerTeamId: string | null } {
  if (value.startsWith('person:')) return { ownerId: value.slice(7), ownerTeamId: null };
  if (value.startsWith('team:')) return { ownerId: null, ownerTeamId: value.slice(5) };
  return { ownerId: null, ownerTeamId: null };
}

/** The labels of start and target depend on the metric: a line to hold is not a target to reach. */
export function numberLabels(metric: MetricKind): { start: string; target: string } {
  if (metric === 'stayAbove') return { start: 'Current value', target: 'Line to stay above' };
  if (metric === 'stayBelow') return { start: 'Current value', target: 'Line to stay below' };
  return { start: 'Start value', target: 'Target value' };
}

export function keyResultFormValues(kr: KeyResult | null): KeyResultFormValues {
  if (!kr) return { title: '', metric: 'increase', start: '', target: '', unit: '', weight: '', owner: '', contributingTeamIds: [] };
  return {
    title: kr.title, metric: kr.metric, start: kr.start === null ? '' : String(kr.start), target: String(kr.target), unit: kr.unit,
    weight: kr.weight === null ? '' : String(kr.weight), owner: ownerValue(kr), contributingTeamIds: [...kr.contributingTeamIds],
  };
}

function parseNumber(text: string, label: string, errors: Record<string, string>, field: string, optional = false): number | null {
  const trimmed = text.trim();
  if (trimmed === '' && optional) return null;
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
  // An unknown start is allowed: progress then counts from the first check-in.
  const start = milestone ? 0 : parseNumber(values.start, labels.start, errors, 'start', true);
  const target = milestone ? 1 : (parseNumber(values.target, labels.target, errors, 'target') ?? 0);
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
      ...ownerFields(values.owner), contributingTeamIds: values.contributingTeamIds,
    },
  };
}

import type { RoleRule } from '../model';

/** One row of a principle set's role editor, as typed. */
export interface RoleRuleRow {
  roleId: string;
  min: string;
  /** Empty: no upper limit. */
  max: string;
}

export interface RoleRuleRowError {
  row: number;
  field: 'min' | 'max' | 'roleId';
  message: string;
}

export type RoleRuleRowsReading = { ok: true; rules: RoleRule[] } | { ok: false; errors: RoleRuleRowError[] };

const MAX_COUNT = 50;

function count(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_COUNT ? value : null;
}

export function roleRuleRowsOf(rules: readonly RoleRule[] | null): RoleRuleRow[] {
  return (rules ?? []).map((r) => ({ roleId: r.roleId, min: String(r.min), max: r.max === null ? '' : String(r.max) }));
}

/**
 * The role rules of a principle set from its editor's rows: whole counts 0–50, the maximum empty
 * (no limit) or at least the minimum, each role once. Every problem names the role and the value.
 */
export function readRoleRuleRows(rows: readonly RoleRuleRow[], roleName: (roleId: string) => string): RoleRuleRowsReading {
  const errors: RoleRuleRowError[] = [];
  const rules: RoleRule[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = roleName(row.roleId);
    if (seen.has(row.roleId)) {
      errors.push({ row: index, field: 'roleId', message: `${name} is listed twice: keep one row for it.` });
      return;
    }
    seen.add(row.roleId);
    const min = count(row.min);
    if (min === null) {
      errors.push({ row: index, field: 'min', message: `${name}: the minimum must be a whole number from 0 to ${MAX_COUNT}, not “${row.min.trim()}”.` });
    }
    const max = row.max.trim() === '' ? null : count(row.max);
    if (row.max.trim() !== '' && max === null) {
      errors.push({ row: index, field: 'max', message: `${name}: the maximum must be a whole number from 0 to ${MAX_COUNT}, or empty for no upper limit, not “${row.max.trim()}”.` });
    }
    if (min !== null && max !== null && max < min) {
      errors.push({ row: index, field: 'max', message: `${name}: the maximum (${max}) is below the minimum (${min}). Make the maximum at least ${min}, or leave it empty for no upper limit.` });
    }
    if (min !== null && (row.max.trim() === '' || max !== null) && (max === null || max >= min)) rules.push({ roleId: row.roleId, min, max });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}

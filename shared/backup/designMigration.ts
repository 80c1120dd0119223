import { DESIGN_TABLES } from './format';
import type { BackupMigration } from './migrations';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Format 3's one service text → format 4's list: "" (none) is an empty list. */
export function servicesFromLegacy(service: unknown): string[] {
  if (typeof service !== 'string') return [];
  const trimmed = service.trim();
  return trimmed === '' ? [] : [trimmed];
}

/**
 * One record of a format-3 file as format 4 holds it: a team's `service` becomes `services`.
 * A team that already has `services` (a file written by the generators, which write format-4
 * records into format 0) is left alone; anything not shaped like a record is left for validation.
 */
export function recordThreeToFour(table: string, row: unknown): unknown {
  if (table !== 'teams' || !isRecord(row) || !Object.hasOwn(row, 'service')) return row;
  const { service, ...rest } = row;
  // Not text: left as it is, so validation names the field instead of the value silently vanishing.
  if (Object.hasOwn(rest, 'services') || (typeof service !== 'string' && service !== null)) return row;
  return { ...rest, services: servicesFromLegacy(service) };
}

/**
 * Format 3 → 4: teams' services become lists and the design tables start empty. The built-in
 * principle sets are added by the restore like every built-in (builtIns.ts); the Default set is
 * Settings' two-pizza limits and the roles' requirements, which the file already holds.
 */
export const formatThreeToFour: BackupMigration = (file) => {
  const tables = file.tables;
  if (!isRecord(tables)) return { ...file, formatVersion: 4 };
  const next: Record<string, unknown> = { ...tables };
  if (Array.isArray(tables.teams)) next.teams = tables.teams.map((row: unknown) => recordThreeToFour('teams', row));
  for (const table of DESIGN_TABLES) if (!Object.hasOwn(next, table)) next[table] = [];
  return { ...file, formatVersion: 4, tables: next };
};

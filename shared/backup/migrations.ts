import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, DESIGN_TABLES } from './format';
import { formatThreeToFour } from './designMigration';

export type RawBackup = Record<string, unknown>;

export interface MigrationContext {
  /** Stands in for facts an old format did not record, such as the export date. */
  now: string;
}

/** Turns a file of format n into format n + 1. Throws MigrationProblem when it cannot. */
export type BackupMigration = (file: RawBackup, context: MigrationContext) => RawBackup;

export interface MigrationTable {
  latest: number;
  /** steps[n] migrates format n to n + 1. */
  steps: Readonly<Record<number, BackupMigration>>;
}

export class MigrationProblem extends Error {
  override readonly name = 'MigrationProblem';
}

const FORMAT_ZERO_TABLES = BACKUP_TABLES.filter((table) => table !== 'settings');
/** What makes a dump recognisable as format 0: the tables it always had (the design tables of format 4 may ride along). */
const FORMAT_ZERO_MARKERS: readonly string[] = FORMAT_ZERO_TABLES.filter((table) => !(DESIGN_TABLES as readonly string[]).includes(table));

/**
 * Format 0 is the bare table dump (`WorkspaceRecords`: departments … checkIns, no envelope, no
 * settings) that the sample and benchmark generators produce and `bulkAddWorkspace` loads, the
 * one workspace file shape that existed before versioned backups. Reading it through the restore
 * path means those fixtures load the same way a user's backup does.
 */
export function looksLikeFormatZero(value: RawBackup): boolean {
  return !Object.hasOwn(value, 'format') && FORMAT_ZERO_MARKERS.some((table) => Object.hasOwn(value, table));
}

export const formatZeroToOne: BackupMigration = (file, context) => {
  const unknown = Object.keys(file).filter((key) => !(FORMAT_ZERO_TABLES as readonly string[]).includes(key));
  if (unknown.length > 0) throw new MigrationProblem(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  const tables: Record<string, unknown> = { settings: [] };
  for (const table of FORMAT_ZERO_TABLES) tables[table] = file[table] ?? [];
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    app: { name: 'Teamshape', version: 'unknown (format 0)' },
    exportedAt: context.now,
    tables,
  };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Format 1 → 2. The fields format 2 added (employeeId, mergedIntoId, ownerTeamId, correctsId,
 * effectiveFrom/To, derivedFromTeamIds) are optional and stay absent; every format-1 value is a
 * valid format-2 value (a membership's person and a key result's start only became nullable).
 * "This is me" (settings.meId) moved to the device-local table, which backups never carry, so it
 * is dropped. Anything that is not the expected shape is left for the envelope check to report.
 */
export const formatOneToTwo: BackupMigration = (file) => {
  const tables = file.tables;
  if (!isRecord(tables) || !Array.isArray(tables.settings)) return { ...file, formatVersion: 2 };
  const settings = tables.settings.map((row: unknown) => {
    if (!isRecord(row) || !Object.hasOwn(row, 'meId')) return row;
    const rest = { ...row };
    delete rest.meId;
    return rest;
  });
  return { ...file, formatVersion: 2, tables: { ...tables, settings } };
};

/**
 * Format 2 → 3. Format 3 changed the container (gzip, one record per line), not the records: a
 * format-2 JSON text holds exactly what a format-3 file holds.
 */
export const formatTwoToThree: BackupMigration = (file) => ({ ...file, formatVersion: 3 });

export const BACKUP_MIGRATIONS: MigrationTable = {
  latest: BACKUP_FORMAT_VERSION,
  steps: { 0: formatZeroToOne, 1: formatOneToTwo, 2: formatTwoToThree, 3: formatThreeToFour },
};

export type VersionReading = { ok: true; version: number } | { ok: false; problem: string };

function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

/** Which format a parsed file is in, or why it is not a Teamshape backup at all. */
export function detectFormatVersion(value: unknown): VersionReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: `This is not a Teamshape backup: the file holds ${describeKind(value)}, not a backup.` };
  }
  const file = value as RawBackup;
  if (!Object.hasOwn(file, 'formatVersion')) {
    if (looksLikeFormatZero(file)) return { ok: true, version: 0 };
    if (Object.hasOwn(file, 'format')) return { ok: false, problem: 'formatVersion: required' };
    return { ok: false, problem: 'This is not a Teamshape backup: it has no formatVersion and none of the workspace tables.' };
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: `formatVersion: must be a whole number such as ${BACKUP_FORMAT_VERSION}, not ${typeof version === "number" ? String(version) : JSON.stringify(version)}` };
  }
  return { ok: true, version };
}

export type MigrationResult = { ok: true; file: RawBackup } | { ok: false; problem: string };

/** Applies each step from `version` up to the table's latest format. */
export function migrateForward(
  file: RawBackup,
  version: number,
  context: MigrationContext,
  table: MigrationTable = BACKUP_MIGRATIONS,
): MigrationResult {
  if (version > table.latest) {
    return {
      ok: false,
      problem: `formatVersion: this backup was made by a newer Teamshape (format ${version}); this version reads formats 0 to ${table.latest}. Update Teamshape to restore it.`,
    };
  }
  let current = file;
  for (let from = version; from < table.latest; from++) {
    const step = table.steps[from];
    if (!step) return { ok: false, problem: `formatVersion: format ${from} cannot be read by this version of Teamshape.` };
    try {
      current = step(current, context);
    } catch (error) {
      if (error instanceof MigrationProblem) return { ok: false, problem: `format ${from} file: ${error.message}` };
      throw error;
    }
  }
  return { ok: true, file: current };
}

import type { z } from 'zod';
import { BACKUP_MAX_BYTES, BACKUP_TABLES, BackupEnvelope, RECORD_SCHEMAS, countRecords, type BackupFile, type BackupTableName, type BackupTables } from './format';
import { withBuiltIns } from './builtIns';
import { BACKUP_MIGRATIONS, detectFormatVersion, migrateForward, type MigrationTable } from './migrations';
import { integrityProblems } from './integrity';
import { referenceProblems } from './references';
import { formatJsonPath, parseUntrustedJson } from './safeJson';

/** How many problems a rejected file reports at most; enough to fix a file, not a wall of text. */
export const MAX_PROBLEMS = 100;

export interface ReadBackupOptions {
  maxBytes?: number;
  /** Used where an old format lacks a fact (its export date). */
  now: string;
  migrations?: MigrationTable;
}

export type BackupReading =
  | {
      ok: true;
      backup: BackupFile;
      /** The format the file was written in (older ones were migrated forward). */
      formatVersion: number;
      counts: Record<BackupTableName, number>;
    }
  | { ok: false; problems: string[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** True when the issue is about a field the input does not have at all. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(input, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, path.at(-1)!);
}

const NOUNS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null' };

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return NOUNS[typeof value] ?? typeof value;
}

/** zod's generic wording ("Invalid input: expected string, received number") in the app's words. */
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid')) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return issue.values.length === 1 ? `must be ${allowed}` : `must be one of ${allowed}`;
  }
  return issue.message;
}

/** "teams[3].name: required" for a missing field; zod's own message otherwise. */
export function describe(issues: readonly z.core.$ZodIssue[], prefix: (string | number)[], input: unknown): string[] {
  return issues.map((issue) => {
    const path = formatJsonPath([...prefix, ...(issue.path as (string | number)[])]);
    let message = plainMessage(issue, valueAt(input, issue.path));
    if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    else if (isMissing(input, issue.path)) message = 'required';
    return path ? `${path}: ${message}` : message;
  });
}

export function failed(problems: string[]): BackupReading {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`…and more problems after these ${MAX_PROBLEMS}.`);
  return { ok: false, problems: shown };
}

/**
 * Ids are compared as they are stored: trimmed, as the model's Id schema does (" t-1" is "t-1"),
 * so two records cannot reach the database under one key. Letter case counts ("T-1" is not "t-1"),
 * as it does for IndexedDB keys.
 */
export function duplicateIdProblem(table: BackupTableName, i: number, id: string, seen: Map<string, { index: number; raw: string }>): string | undefined {
  const key = id.trim();
  if (key === '') return undefined;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, { index: i, raw: id });
    return undefined;
  }
  if (first.raw === id) return `${table}[${i}].id: duplicate id "${id}", already used by ${table}[${first.index}]`;
  return `${table}[${i}].id: duplicate id ${JSON.stringify(id)}, already used by ${table}[${first.index}] as ${JSON.stringify(first.raw)} (spaces around an id do not count): give each record its own id`;
}

/** Each record parsed on its own (zod's output: known fields only, text trimmed), plus duplicate ids. */
function parseRecords(tables: Record<BackupTableName, unknown[]>): { problems: string[]; records: BackupTables } {
  const problems: string[] = [];
  const records = {} as Record<BackupTableName, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const rows = tables[table];
    const parsed: unknown[] = (records[table] = []);
    const seen = new Map<string, { index: number; raw: string }>();
    for (let i = 0; i < rows.length && problems.length <= MAX_PROBLEMS; i++) {
      const result = RECORD_SCHEMAS[table].safeParse(rows[i]);
      if (result.success) parsed.push(result.data);
      else problems.push(...describe(result.error.issues, [table, i], rows[i]));
      const id = (rows[i] as { id?: unknown } | null)?.id;
      const duplicate = typeof id === 'string' ? duplicateIdProblem(table, i, id, seen) : undefined;
      if (duplicate) problems.push(duplicate);
    }
  }
  return { problems, records: records as unknown as BackupTables };
}

/**
 * THE way into the database from a file: size cap, JSON, prototype keys, format version and
 * migration, envelope, every record against its strict schema, duplicate ids (after trimming),
 * references, what the app guarantees (integrity.ts: no live child of a deleted parent, the live
 * plan and built-in roles alive), and finally the built-ins a file may lack. Nothing here
 * writes; a rejection lists what is wrong.
 */
export function readBackup(text: string, options: ReadBackupOptions): BackupReading {
  const parsed = parseUntrustedJson(text, options.maxBytes ?? BACKUP_MAX_BYTES);
  if (!parsed.ok) return failed(parsed.problems);
  const version = detectFormatVersion(parsed.value);
  if (!version.ok) return failed([version.problem]);
  const migrated = migrateForward(parsed.value as Record<string, unknown>, version.version, { now: options.now }, options.migrations ?? BACKUP_MIGRATIONS);
  if (!migrated.ok) return failed([migrated.problem]);
  const envelope = BackupEnvelope.safeParse(migrated.file);
  if (!envelope.success) return failed(describe(envelope.error.issues, [], migrated.file));
  const { problems, records } = parseRecords(envelope.data.tables as Record<BackupTableName, unknown[]>);
  if (problems.length > 0) return failed(problems);
  return checkWorkspace(envelope.data as Omit<BackupFile, 'tables'>, records, version.version);
}

/**
 * The checks across records, once every record passed its schema (shared by the JSON reader
 * above and the line reader of format 3, lines.ts): references, what the app guarantees, and
 * finally the built-ins a file may lack.
 */
export function checkWorkspace(envelope: Omit<BackupFile, 'tables'>, records: BackupTables, formatVersion: number): BackupReading {
  const dangling = referenceProblems(records, MAX_PROBLEMS + 1);
  if (dangling.length > 0) return failed(dangling);
  const broken = integrityProblems(records, MAX_PROBLEMS + 1);
  if (broken.length > 0) return failed(broken);
  const tables = withBuiltIns(records);
  const backup: BackupFile = { ...envelope, tables };
  return { ok: true, backup, formatVersion, counts: countRecords(tables) };
}

import { z } from 'zod';
import { Timestamp } from '../model';
import { recordJson } from './canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, BackupApp, DESIGN_TABLES, RECORD_SCHEMAS, emptyBackupTables, type BackupFile, type BackupTableName } from './format';
import { recordThreeToFour } from './designMigration';
import { formatJsonPath, parseUntrustedJson } from './safeJson';
import { MAX_PROBLEMS, checkWorkspace, describe, duplicateIdProblem, failed, type BackupReading } from './validate';

/**
 * Format 3, the text inside the gzip: line 1 the envelope
 * `{"format":"teamshape-backup","formatVersion":3,"app":{…},"exportedAt":…,"counts":{"departments":n,…}}`,
 * then one line per record, `{"t":"teams","r":{…}}`, tables in BACKUP_TABLES order, records in id
 * order with their keys in a fixed order (the same workspace always gives the same bytes).
 * Written and read line by line: no string ever holds more than one record.
 */

/** No record comes near this (the longest field is a 2,000-character note); a longer line is not a backup. */
export const MAX_LINE_CHARS = 1024 * 1024;

const count = z.number({ message: 'must be a number' }).int('must be a whole number').nonnegative('cannot be negative');

/** The tables a format-3 file has counts for (format 4 added the design tables). */
const isDesignTable = (table: BackupTableName): boolean => (DESIGN_TABLES as readonly string[]).includes(table);

/** Format 3 files are read too: their records pass through the 3 → 4 migration one by one. */
export const LineBackupEnvelope = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}"` }),
  formatVersion: z.union([z.literal(3), z.literal(BACKUP_FORMAT_VERSION)], { message: `must be 3 or ${BACKUP_FORMAT_VERSION}` }),
  app: BackupApp,
  exportedAt: Timestamp,
  counts: z.strictObject(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, isDesignTable(table) ? count.optional() : count])) as Record<BackupTableName, typeof count>,
  ),
});
type LineBackupEnvelope = z.infer<typeof LineBackupEnvelope>;

const RecordLine = z.strictObject({
  t: z.enum(BACKUP_TABLES, { message: `must be one of the tables ${BACKUP_TABLES.join(', ')}` }),
  r: z.unknown(),
});

/** The file's lines, each ending in "\n": the envelope, then every record. Lazy: one line at a time. */
export function* backupLines(file: BackupFile): Generator<string> {
  const { tables, ...rest } = file;
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, tables[table].length]));
  yield `${JSON.stringify({ format: rest.format, formatVersion: BACKUP_FORMAT_VERSION, app: rest.app, exportedAt: rest.exportedAt, counts })}\n`;
  for (const table of BACKUP_TABLES) {
    const rows = [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const prefix = `{"t":${JSON.stringify(table)},"r":`;
    for (const row of rows) yield `${prefix}${recordJson(row)}}\n`;
  }
}

/** Cuts decoded text chunks into lines ("\n", a "\r" before it dropped); the last line may lack its "\n". */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop()!;
    return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  }

  /** Characters waiting for their line's end: a reader refuses a file whose "line" grows past MAX_LINE_CHARS. */
  get pending(): number {
    return this.rest.length;
  }

  end(): string[] {
    const last = this.rest;
    this.rest = '';
    return last === '' ? [] : [last];
  }
}

/**
 * Reads a format-3 file line by line with the same checks as the JSON reader (validate.ts): no
 * prototype keys, each record against its table's strict schema ("teams[3].name: required"),
 * duplicate ids, then — once the counts of the envelope match — references and integrity.
 * Records are kept table by table (parsed, never as text). Nothing here writes.
 */
export class BackupLineReader {
  private envelope: LineBackupEnvelope | null = null;
  private readonly records = emptyBackupTables() as unknown as Record<BackupTableName, unknown[]>;
  private readonly seen = new Map<BackupTableName, Map<string, { index: number; raw: string }>>();
  private readonly counted = Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTableName, number>;
  private readonly problems: string[] = [];
  private lineNumber = 0;
  private stopped = false;

  /** True once the file is refused: the caller may stop reading. */
  get refused(): boolean {
    return this.stopped;
  }

  /** Refuses the file with a problem found outside the lines (a damaged gzip, a line too long). */
  refuse(problem: string): void {
    this.problems.push(problem);
    this.stopped = true;
  }

  push(line: string): void {
    if (this.stopped) return;
    this.lineNumber++;
    const at = `line ${this.lineNumber}`;
    if (line.length > MAX_LINE_CHARS) return this.refuse(`${at}: longer than ${MAX_LINE_CHARS} characters, which no record is; this is not a Teamshape backup or it is damaged.`);
    if (this.lineNumber === 1) return this.readEnvelope(line.startsWith('\uFEFF') ? line.slice(1) : line);
    if (line.trim() === '') return this.refuse(`${at}: empty; every line after the first holds one record.`);
    const parsed = parseUntrustedJson(line, MAX_LINE_CHARS * 4);
    if (!parsed.ok) {
      const problem = parsed.problems[0]!.replace(/^The file is not valid JSON/, 'not valid JSON');
      return this.refuse(`${at}: ${problem}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}`);
    }
    const shape = RecordLine.safeParse(parsed.value);
    if (!shape.success) return this.refuse(`${at}: ${describe(shape.error.issues, [], parsed.value).join('; ')}`);
    this.readRecord(shape.data.t, shape.data.r);
  }

  private readEnvelope(line: string): void {
    if (line.trim() === '') return this.refuse('The file is empty.');
    const parsed = parseUntrustedJson(line, MAX_LINE_CHARS * 4);
    if (!parsed.ok) return this.refuse(`line 1 (the envelope): ${parsed.problems[0]!.replace(/^The file is not valid JSON/, 'not valid JSON')}`);
    const value = parsed.value as { format?: unknown; formatVersion?: unknown } | null;
    if (value === null || typeof value !== 'object' || value.format !== BACKUP_FORMAT) {
      return this.refuse('This is not a Teamshape backup: the compressed file does not start with a Teamshape envelope.');
    }
    if (typeof value.formatVersion === 'number' && value.formatVersion > BACKUP_FORMAT_VERSION) {
      return this.refuse(`formatVersion: this backup was made by a newer Teamshape (format ${value.formatVersion}); this version reads formats 0 to ${BACKUP_FORMAT_VERSION}. Update Teamshape to restore it.`);
    }
    const envelope = LineBackupEnvelope.safeParse(parsed.value);
    if (!envelope.success) {
      this.problems.push(...describe(envelope.error.issues, [], parsed.value).map((problem) => `line 1 (the envelope): ${problem}`));
      this.stopped = true;
      return;
    }
    this.envelope = envelope.data;
  }

  private readRecord(table: BackupTableName, row: unknown): void {
    const i = this.counted[table]++;
    if (this.envelope?.formatVersion === 3) row = recordThreeToFour(table, row);
    const result = RECORD_SCHEMAS[table].safeParse(row);
    if (result.success) this.records[table].push(result.data);
    else this.problems.push(...describe(result.error.issues, [table, i], row));
    const id = (row as { id?: unknown } | null)?.id;
    let seen = this.seen.get(table);
    if (!seen) this.seen.set(table, (seen = new Map()));
    const duplicate = typeof id === 'string' ? duplicateIdProblem(table, i, id, seen) : undefined;
    if (duplicate) this.problems.push(duplicate);
    if (this.problems.length > MAX_PROBLEMS) this.stopped = true;
  }

  /** After the last line: the counts, then the checks across records. */
  finish(): BackupReading {
    if (this.problems.length > 0) return failed(this.problems);
    const envelope = this.envelope;
    if (!envelope) return failed(['The file is empty.']);
    const said = (table: BackupTableName): number => envelope.counts[table] ?? 0;
    const mismatches = BACKUP_TABLES.filter((table) => said(table) !== this.counted[table]).map(
      (table) => `${table}: the backup says ${said(table)} record${said(table) === 1 ? '' : 's'}, the file holds ${this.counted[table]}`,
    );
    if (mismatches.length > 0) return failed([`The backup is incomplete or damaged: its records do not match its counts (${mismatches.join('; ')}).`]);
    if (this.counted.settings > 1) return failed([`${formatJsonPath(['settings'])}: a workspace has one settings row`]);
    const { counts: _counts, ...rest } = envelope;
    return checkWorkspace({ ...rest, formatVersion: BACKUP_FORMAT_VERSION } as Omit<BackupFile, 'tables'>, this.records as unknown as BackupFile['tables'], envelope.formatVersion);
  }
}

/** gzip's magic bytes: a format-3 backup (formats 0 to 2 are JSON text and start with "{"). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

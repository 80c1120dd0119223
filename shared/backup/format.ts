import { z } from 'zod';
import {
  CheckIn,
  Department,
  KeyResult,
  Membership,
  Objective,
  Period,
  Person,
  Plan,
  Role,
  Settings,
  Team,
  Timestamp,
  PrincipleSet,
  TeamGroup,
  Interaction,
  Dependency,
} from '../model';
import type { WorkspaceRecords } from '../samples/workspace';
import { TEXT_FILE_MAX_BYTES } from '../bridge';

/** Marks a file as a Teamshape backup, so any other JSON is recognised as "not a backup". */
export const BACKUP_FORMAT = 'teamshape-backup';

/**
 * The format this version writes. Older versions are migrated forward (see migrations.ts).
 * 2: employee IDs, vacancies, team-owned key results with an unknown start, check-in corrections,
 * archived plans, team lineage, mergedIntoId; "this is me" left the settings row (device-local).
 * 3: the same records, in a new container: gzip of an envelope line with the counts, then one
 * record per line (lines.ts), written and read record by record, so no size limit of a string
 * applies. Formats 0 to 2 are one JSON text and are still read.
 * 4: organisation design (issue 20): principle sets, groups (teams of teams), interactions and
 * dependencies; a team's type, group and list of services (format 3's one `service` text becomes
 * the list). Same containers as format 3 (lines, or one JSON text where only text is carried).
 */
export const BACKUP_FORMAT_VERSION = 4;

/**
 * The format of the one JSON text (serialize.ts), still written where a channel carries text only
 * (the desktop app's safety copies and daily backups); every reader reads it. Until format 3 this
 * was 2; since format 4 the JSON text carries the current records and says so, so an older
 * Teamshape refuses it as "made by a newer Teamshape" instead of failing on unknown fields.
 */
export const JSON_BACKUP_FORMAT_VERSION = BACKUP_FORMAT_VERSION;

/** Checked on the raw text before it is parsed: the same cap as every text file Teamshape opens. */
export const BACKUP_MAX_BYTES = TEXT_FILE_MAX_BYTES;

/** Every table of the workspace, in the order a backup lists them and a restore writes them. */
export const BACKUP_TABLES = [
  'departments',
  'people',
  'roles',
  'plans',
  'teams',
  'memberships',
  'periods',
  'objectives',
  'keyResults',
  'checkIns',
  'settings',
  'principleSets',
  'teamGroups',
  'interactions',
  'dependencies',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

/** All records of a workspace, table by table, tombstones included (ARCHITECTURE.md). */
export type BackupTables = WorkspaceRecords & { settings: Settings[] };

/** The tables format 4 added: a file of an older format has none of them (see designMigration.ts). */
export const DESIGN_TABLES = ['principleSets', 'teamGroups', 'interactions', 'dependencies'] as const;

export type BackupRecord = BackupTables[BackupTableName][number];

/** The strict schema every record of a table must pass; unknown fields are refused. */
export const RECORD_SCHEMAS: { [T in BackupTableName]: z.ZodType<BackupTables[T][number]> } = {
  departments: Department,
  people: Person,
  roles: Role,
  plans: Plan,
  teams: Team,
  memberships: Membership,
  periods: Period,
  objectives: Objective,
  keyResults: KeyResult,
  checkIns: CheckIn,
  settings: Settings,
  principleSets: PrincipleSet,
  teamGroups: TeamGroup,
  interactions: Interaction,
  dependencies: Dependency,
};

export const BackupApp = z.strictObject({
  name: z.literal('Teamshape', { message: 'must be "Teamshape"' }),
  version: z.string({ message: 'must be text' }).min(1, 'required').max(64, 'must be at most 64 characters'),
});

const rows = z.array(z.unknown(), { message: 'must be a list of records' });

/**
 * The envelope of a backup of the current format. Records are only checked to be lists here: each is then
 * validated on its own, so a problem is reported as "teams[3].name: …" rather than with the
 * envelope's path in front.
 */
export const BackupEnvelope = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `must be "${BACKUP_FORMAT}"` }),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  app: BackupApp,
  exportedAt: Timestamp,
  tables: z.strictObject({
    departments: rows,
    people: rows,
    roles: rows,
    plans: rows,
    teams: rows,
    memberships: rows,
    periods: rows,
    objectives: rows,
    keyResults: rows,
    checkIns: rows,
    settings: rows.max(1, 'a workspace has one settings row'),
    principleSets: rows,
    teamGroups: rows,
    interactions: rows,
    dependencies: rows,
  }),
});

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** In memory always the current format; the container it came in is the reader's business. */
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  app: { name: 'Teamshape'; version: string };
  exportedAt: string;
  tables: BackupTables;
}

export function emptyBackupTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])) as unknown as BackupTables;
}

export function countRecords(tables: BackupTables): Record<BackupTableName, number> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, tables[table].length])) as Record<BackupTableName, number>;
}

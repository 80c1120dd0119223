/**
 * Teamshape's backup format and the one restore path every file goes through.
 *
 * - Format 3 (lines.ts, written by the app): gzip of an envelope line `{ format: "teamshape-backup",
 *   formatVersion: 3, app, exportedAt, counts }`, then one line per record `{"t":"teams","r":{…}}`,
 *   written and read record by record. Format 2 (serialize.ts, still read, and written where a
 *   channel carries text only): one JSON text `{ format, formatVersion: 2, app, exportedAt,
 *   tables: { departments … settings } }`. Both hold every record, tombstones included.
 * - Reading (validate.ts `readBackup`): size cap on the raw text → JSON → no __proto__ /
 *   constructor / prototype key at any depth (safeJson.ts) → format version → migrations up to
 *   the current format (migrations.ts; format 0 is the bare table dump of the sample generators)
 *   → strict envelope → each record against its strict model schema ("teams[3].name: required")
 *   → duplicate ids (after trimming) → references (references.ts) → unique employee IDs,
 *   corrections of the same key result, no live record of a deleted parent, the live plan and
 *   built-in roles alive (integrity.ts) → missing built-ins filled (builtIns.ts).
 * - Merging (merge.ts `mergeWorkspaces`, symmetric; `planMerge` for a restore): same id → newer
 *   updatedAt wins, a tie goes to the higher canonical JSON; same natural key (naturalKeys.ts:
 *   department, role, person by employee ID else email, team by plan + name, custom period,
 *   membership) under different ids → the built-in or smaller id survives with the newest content,
 *   the others become tombstones with mergedIntoId (clashes.ts) and references are rewritten
 *   (remap.ts); what a deletion cascades to is deleted too (cascades.ts).
 * - canonical.ts: a comparable dump of a workspace, for "nothing changed" checks.
 */
export * from './format';
export { builtInRecords, builtInIds, withBuiltIns } from './builtIns';
export { canonicalJson, canonicalDump } from './canonical';
export {
  BACKUP_MIGRATIONS,
  MigrationProblem,
  detectFormatVersion,
  formatZeroToOne,
  formatOneToTwo,
  formatTwoToThree,
  migrateForward,
  type BackupMigration,
  type MigrationTable,
  type RawBackup,
} from './migrations';
export { DEVICE_FIELDS, mergeWorkspaces, planMerge, type MergePlan, type MergeSummary, type WorkspaceMerge } from './merge';
export { NATURAL_KEY_TABLES, foldText, isBuiltInId, naturalKeyOf, survivorOrder, type NaturalKeyTable } from './naturalKeys';
export { REFERENCE_FIELDS, redirectsOf, resolveMergedId, rewriteReferences, toRowMaps, type Redirects, type ReferenceField } from './remap';
export { referenceProblems } from './references';
export { integrityProblems } from './integrity';
export { FORBIDDEN_KEYS, MAX_JSON_DEPTH, parseUntrustedJson, unsafeKeyProblems } from './safeJson';
export { COMPRESSED_BACKUP_EXTENSION, backupFileName, buildBackup, compressedBackupFileName, serializeBackup, type BackupStamp } from './serialize';
export { MAX_PROBLEMS, checkWorkspace, readBackup, type BackupReading, type ReadBackupOptions } from './validate';
export { BackupLineReader, LineBackupEnvelope, LineSplitter, MAX_LINE_CHARS, backupLines, isGzip } from './lines';
export { formatThreeToFour, recordThreeToFour, servicesFromLegacy } from './designMigration';

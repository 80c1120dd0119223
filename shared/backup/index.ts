/**
 * Teamshape's backup format and the one restore path every file goes through.
 *
 * - Format: `{ format: "teamshape-backup", formatVersion: 1, app: { name, version }, exportedAt,
 *   tables: { departments … settings } }`, every table with every record, tombstones included
 *   (format.ts, serialize.ts: one record per line, keys in a fixed order).
 * - Reading (validate.ts `readBackup`): size cap on the raw text → JSON → no __proto__ /
 *   constructor / prototype key at any depth (safeJson.ts) → format version → migrations up to
 *   the current format (migrations.ts; format 0 is the bare table dump of the sample generators)
 *   → strict envelope → each record against its strict model schema ("teams[3].name: required")
 *   → duplicate ids → references (references.ts) → missing built-ins filled (builtIns.ts).
 * - Merging (merge.ts, remap.ts): newer updatedAt wins, a deletion wins a tie, what a deletion
 *   cascades to is deleted too; departments (by name), people (by email) and custom periods (by
 *   name) held under different ids on two machines are matched and their references rewritten.
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
  migrateForward,
  type BackupMigration,
  type MigrationTable,
  type RawBackup,
} from './migrations';
export { planMerge, type MergePlan, type MergeSummary } from './merge';
export { findRemap, applyRemap, type IdRemap } from './remap';
export { referenceProblems } from './references';
export { FORBIDDEN_KEYS, MAX_JSON_DEPTH, parseUntrustedJson, unsafeKeyProblems } from './safeJson';
export { backupFileName, buildBackup, serializeBackup, type BackupStamp } from './serialize';
export { MAX_PROBLEMS, readBackup, type BackupReading, type ReadBackupOptions } from './validate';

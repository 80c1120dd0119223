import { recordJson } from './canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, JSON_BACKUP_FORMAT_VERSION, type BackupFile, type BackupTables } from './format';

export interface BackupStamp {
  appVersion: string;
  /** ISO 8601 UTC timestamp of the export. */
  exportedAt: string;
}

export function buildBackup(tables: BackupTables, stamp: BackupStamp): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: { name: 'Teamshape', version: stamp.appVersion },
    exportedAt: stamp.exportedAt,
    tables,
  };
}

/**
 * Format 2, the last JSON-text format: plain JSON with one record per line. Any JSON reader can
 * open it, a person can read it, and two backups compare well in a diff tool. Records are written
 * in id order, each with its keys in a fixed order, so the same workspace always gives the same
 * text. It is ONE string: the app writes format 3 (lines.ts) wherever it can carry bytes.
 */
export function serializeBackup(file: BackupFile): string {
  const { tables, ...envelope } = file;
  const head = JSON.stringify({ ...envelope, formatVersion: JSON_BACKUP_FORMAT_VERSION }).slice(0, -1);
  const body = BACKUP_TABLES.map((table) => {
    const rows = [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const lines = rows.map(recordJson).join(',\n');
    return `${JSON.stringify(table)}:[${lines ? `\n${lines}\n` : ''}]`;
  }).join(',\n');
  return `${head},"tables":{\n${body}\n}}\n`;
}

/** The extension of a format-3 backup: a gzip file, recognisable as Teamshape's. */
export const COMPRESSED_BACKUP_EXTENSION = '.teamshape.gz';

/** `teamshape-backup-2026-11-16.teamshape.gz` (format 3) for the user's local date `day`. */
export function compressedBackupFileName(day: string): string {
  return `teamshape-backup-${day}${COMPRESSED_BACKUP_EXTENSION}`;
}

/** `teamshape-backup-2026-11-16.json` (format 2 JSON text) for the user's local date `day`. */
export function backupFileName(day: string, kind: 'backup' | 'before-restore' = 'backup'): string {
  return `teamshape-${kind}-${day}.json`;
}

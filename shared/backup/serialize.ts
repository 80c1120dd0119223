import { recordJson } from './canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupFile, type BackupTables } from './format';

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
 * Plain JSON with one record per line: any JSON reader can open it, a person can read it, and
 * two backups compare well in a diff tool. Records are written in id order, each with its keys
 * in a fixed order, so the same workspace always gives the same text.
 */
export function serializeBackup(file: BackupFile): string {
  const { tables, ...envelope } = file;
  const head = JSON.stringify(envelope).slice(0, -1);
  const body = BACKUP_TABLES.map((table) => {
    const rows = [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const lines = rows.map(recordJson).join(',\n');
    return `${JSON.stringify(table)}:[${lines ? `\n${lines}\n` : ''}]`;
  }).join(',\n');
  return `${head},"tables":{\n${body}\n}}\n`;
}

/** `teamshape-backup-2026-11-16.json` for the user's local date `day`. */
export function backupFileName(day: string, kind: 'backup' | 'before-restore' = 'backup'): string {
  return `teamshape-${kind}-${day}.json`;
}

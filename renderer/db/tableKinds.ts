import type { TableName } from './database';

/**
 * Every Dexie table is one of three kinds (ARCHITECTURE.md):
 * - workspace: the organisation's data — backed up, merged, synced;
 * - device: this device only ("this is me", import mappings, layout) — never backed up, merged or synced;
 * - log: the undo log — per window, never backed up, merged or synced.
 * A test fails when a table of the schema is missing here, or when backups touch anything but workspace tables.
 */
export type TableKind = 'workspace' | 'device' | 'log';

export const TABLE_KINDS: Record<TableName, TableKind> = {
  departments: 'workspace',
  people: 'workspace',
  roles: 'workspace',
  plans: 'workspace',
  teams: 'workspace',
  memberships: 'workspace',
  periods: 'workspace',
  objectives: 'workspace',
  keyResults: 'workspace',
  checkIns: 'workspace',
  settings: 'workspace',
  principleSets: 'workspace',
  teamGroups: 'workspace',
  interactions: 'workspace',
  dependencies: 'workspace',
  device: 'device',
  undoLog: 'log',
  // Sync (renderer/sync): the Yjs updates are a log of this device's copy; state and server are its own.
  syncUpdates: 'log',
  syncState: 'device',
  syncConnection: 'device',
};

export function tablesOfKind(kind: TableKind): TableName[] {
  return (Object.keys(TABLE_KINDS) as TableName[]).filter((name) => TABLE_KINDS[name] === kind);
}

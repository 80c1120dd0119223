import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
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
  PrincipleSet,
  TeamGroup,
  Interaction,
  Dependency,
} from '../../shared/model';
import { upgradeToDesignModel } from './designUpgrade';
import { SETTINGS_ID } from '../../shared/model';
import { seedBuiltIns } from './builtIns';
import { DEVICE_KEYS, DEVICE_TABLE, type DeviceEntry } from './device';
import { changeRecorderMiddleware } from './changeRecorder';
import { newId } from '../../shared/ids';

export const DEFAULT_DB_NAME = 'teamshape';

/**
 * Schema history. Never edit a released version: add a new one with an upgrade function and a
 * migration test that opens a fixture of every older version (see ARCHITECTURE.md).
 * `deletedAt` is not indexed: null is not a valid IndexedDB key, so tombstones are filtered in memory.
 */
export const SCHEMA_V1 = {
  departments: 'id, name',
  people: 'id, name, email, departmentId',
  roles: 'id, sortOrder',
  plans: 'id, kind',
  teams: 'id, planId, championId',
  memberships: 'id, teamId, personId, planId, roleId, [planId+personId]',
  periods: 'id, start',
  objectives: 'id, periodId, *ownerTeamIds, parentId',
  keyResults: 'id, objectiveId, ownerId',
  checkIns: 'id, keyResultId, [keyResultId+date], date',
  settings: 'id',
} as const;

/**
 * Version 2 (issue 13): people by employee ID, key results by owner team, check-ins by the one they
 * correct; a device-local table (rows { key, value }: "this is me", import mappings, layout) and
 * the undo log. Its upgrade moves Settings' `meId` into the device table.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  people: 'id, name, email, departmentId, employeeId',
  keyResults: 'id, objectiveId, ownerId, ownerTeamId',
  checkIns: 'id, keyResultId, [keyResultId+date], date, correctsId',
  device: 'key',
  undoLog: '++seq, windowId, at',
} as const;

/** Version 1 kept "this is me" in the settings row; version 2 keeps it on the device. */
async function moveMeIdToDevice(tx: Transaction): Promise<void> {
  const settings = tx.table('settings');
  const row = (await settings.get(SETTINGS_ID)) as (Settings & { meId?: string | null }) | undefined;
  if (!row || !Object.hasOwn(row, 'meId')) return;
  const { meId, ...rest } = row;
  if (meId) await tx.table(DEVICE_TABLE).put({ key: DEVICE_KEYS.meId, value: meId } satisfies DeviceEntry);
  await settings.put(rest);
}

/**
 * Version 3 (issue 20): principle sets per team type, teams of teams (groups), interactions and the
 * dependency register (groups, interactions and dependencies belong to a plan); teams by type and
 * group. Its upgrade (designUpgrade.ts) turns each team's one `service` into a list and adds the
 * built-in principle sets, the Default one standing for Settings' two-pizza limits and role requirements.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  teams: 'id, planId, championId, groupId',
  principleSets: 'id, key',
  teamGroups: 'id, planId',
  interactions: 'id, planId, providerTeamId, consumerTeamId',
  dependencies: 'id, planId, dependentTeamId, dependsOnTeamId',
} as const;

/**
 * Version 4 (issue 21, sync): only tables of the sync engine (renderer/sync), none of them backed
 * up — the Yjs updates of each synced document (a log), the sync state and the server connection
 * (this device's).
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  syncUpdates: '++seq, doc',
  syncState: 'key',
  syncConnection: 'key',
} as const;

/** Every schema version this code declares, oldest first. */
export const SCHEMA_VERSIONS: readonly number[] = [1, 2, 3, 4];

export const TABLE_NAMES = Object.keys(SCHEMA_V4) as (keyof typeof SCHEMA_V4)[];
export type TableName = (typeof TABLE_NAMES)[number];

/** What a window does when another connection changes the database under it (see the constructor). */
export interface ConnectionEvents {
  /** Another window upgrades the schema (or deletes the database): this connection is already closed. */
  onVersionChange: (event: IDBVersionChangeEvent) => void;
  /** This window's upgrade waits for an older window that has not closed its connection yet. */
  onBlocked: (event: IDBVersionChangeEvent) => void;
}

export class TeamshapeDb extends Dexie {
  departments!: EntityTable<Department, 'id'>;
  people!: EntityTable<Person, 'id'>;
  roles!: EntityTable<Role, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  teams!: EntityTable<Team, 'id'>;
  memberships!: EntityTable<Membership, 'id'>;
  periods!: EntityTable<Period, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  keyResults!: EntityTable<KeyResult, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  device!: EntityTable<DeviceEntry, 'key'>;
  principleSets!: EntityTable<PrincipleSet, 'id'>;
  teamGroups!: EntityTable<TeamGroup, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  dependencies!: EntityTable<Dependency, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(moveMeIdToDevice);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToDesignModel);
    this.version(4).stores(SCHEMA_V4);
    this.on('populate', (tx) => seedBuiltIns(tx));
    // Every workspace write goes through applyChange (renderer/db/changes.ts); this enforces it.
    this.use(changeRecorderMiddleware);
    // A newer version in another window waits for this connection: close it at once (no reopen
    // with the old schema, no write half-way through the upgrade) and let the app reload.
    // Returning false stops Dexie's default listener, which would close with auto-reopen.
    this.on('versionchange', (event) => {
      this.close({ disableAutoOpen: true });
      this.connectionEvents.onVersionChange(event);
      return false;
    });
    this.on('blocked', (event) => this.connectionEvents.onBlocked(event));
  }

  /**
   * Whose undo history a change joins: one per window (the app keeps it across reloads of the same
   * tab, renderer/db/context.tsx); two connections in a test are two windows.
   */
  windowId: string = newId();

  /** The app shell reloads the page here; tests observe the calls. Defaults do nothing more. */
  connectionEvents: ConnectionEvents = { onVersionChange: () => {}, onBlocked: () => {} };
}

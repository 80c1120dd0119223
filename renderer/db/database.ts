import Dexie, { type EntityTable } from 'dexie';
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
} from '../../shared/model';
import { seedBuiltIns } from './builtIns';

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

export const TABLE_NAMES = Object.keys(SCHEMA_V1) as (keyof typeof SCHEMA_V1)[];
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

  constructor(name: string = DEFAULT_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.on('populate', (tx) => seedBuiltIns(tx));
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

  /** The app shell reloads the page here; tests observe the calls. Defaults do nothing more. */
  connectionEvents: ConnectionEvents = { onVersionChange: () => {}, onBlocked: () => {} };
}

/**
 * Sync on this laptop, start to end: off until the user connects a server in Settings → Sync;
 * then the engine (engine.ts) and the connection (connection.ts) run for as long as the window is
 * open, and the status (status.ts) tells the app frame what is happening. Disconnecting keeps the
 * data; a reset from the server replaces this laptop's copy with the server's (after a backup).
 */
import Dexie from 'dexie';
import { builtInRecords, BACKUP_TABLES } from '../../shared/backup';
import { readSyncServerAddress } from '../../shared/security';
import type { TeamshapeDb } from '../db/database';
import { applyChange } from '../db/changes';
import { readMeId } from '../db/device';
import { allowSyncServer, readAllowedSyncServer } from '../platform/syncServer';
import { ServerConnection, type WireState } from './connection';
import { SyncEngine } from './engine';
import { CHECK_INS_DOC } from './documents';
import type { SaveProgress } from './bulkJoin';
import { SYNC_OFF, syncStatus, type SyncStatus } from './status';
import { acknowledge, clearUpdates, countWaiting, forgetConnection, readConnection, saveConnection, type SyncConnection } from './syncStore';

export const WORKSPACE_ID_PATTERN = /^[a-z0-9]{16}$/;

export interface ConnectInput {
  address: string;
  workspaceId: string;
  token: string;
}

export type ConnectCheck = { ok: true; connection: Omit<SyncConnection, 'key' | 'since'> } | { ok: false; errors: Partial<Record<keyof ConnectInput, string>> };

/** Checks what the user typed; each error names the field, the value and what to do. */
export function checkConnectInput(input: ConnectInput): ConnectCheck {
  const errors: Partial<Record<keyof ConnectInput, string>> = {};
  const address = readSyncServerAddress(input.address);
  if (!address.ok) errors.address = address.error;
  const workspaceId = input.workspaceId.trim();
  if (!WORKSPACE_ID_PATTERN.test(workspaceId)) {
    errors.workspaceId = `“${workspaceId}” is not a workspace ID: it is 16 lowercase letters and digits, as printed by the server’s create-workspace command.`;
  }
  const token = input.token.trim();
  if (!/^tok_[a-z0-9]{12}\.[A-Za-z0-9_-]{20,}$/.test(token)) {
    errors.token = 'This is not an invitation token: it starts with “tok_” and is printed by the server’s invite command. Paste it whole.';
  }
  if (!address.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, connection: { url: address.address.socketOrigin, workspaceId, token } };
}

export class SyncController {
  status: SyncStatus = SYNC_OFF;
  connection: SyncConnection | null = null;
  engine: SyncEngine | null = null;
  private wire: ServerConnection | null = null;
  private wireState: WireState | null = null;
  private refusedRecords = 0;
  private seeded = false;
  private checkInsAsked = false;
  private saving: SaveProgress | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: TeamshapeDb,
    private readonly reload: () => void,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(status: SyncStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  /** At start-up: connects when this laptop has a server. */
  async boot(): Promise<void> {
    this.connection = await readConnection(this.db);
    if (!this.connection) return this.set(SYNC_OFF);
    const allowed = await readAllowedSyncServer();
    if (allowed !== this.connection.url) {
      // The page's policy does not allow this server yet (another browser profile, a moved setting).
      if (await allowSyncServer(this.connection.url)) return this.reload();
      return this.set({ ...SYNC_OFF, phase: 'failed', label: 'Sync stopped', detail: `Teamshape could not allow connections to ${this.connection.url}. Reconnect in Settings → Sync.` });
    }
    await this.start(this.connection);
  }

  private async start(connection: SyncConnection): Promise<void> {
    this.set({ ...SYNC_OFF, phase: 'starting', label: 'Connecting…' });
    const engine = new SyncEngine(this.db, {
      onApplied: (_count, rejected) => {
        this.refusedRecords += rejected.length;
        void this.refresh();
      },
      onLocalStored: () => void this.refresh(),
      onSaving: (progress) => {
        this.saving = progress;
        void this.refresh();
      },
      onError: (error) => this.set({ ...this.status, phase: 'failed', label: 'Sync error', detail: `Changes from the server could not be saved: ${error instanceof Error ? error.message : String(error)}. Your own changes are safe on this laptop.` }),
    });
    await engine.start();
    this.engine = engine;
    this.checkInsAsked = false;
    let wire: ServerConnection | null = null;
    wire = new ServerConnection(engine.replica, { socketOrigin: connection.url, workspaceId: connection.workspaceId, token: connection.token }, (state) => {
      this.wireState = state;
      const opened = wire;
      if (!this.checkInsAsked && opened?.openedSynced()) {
        // The organisation arrived: once it is on screen, ask for the check-ins.
        this.checkInsAsked = true;
        void engine.shown().then(afterNextFrame).then(() => {
          if (this.wire === opened) opened.openDeferred();
        });
      }
      if (state.synced && !this.seeded) {
        this.seeded = true;
        void engine.seed().then(() => this.refresh());
      }
      // The wire reports from inside whatever runs (a change's transaction writing a Yjs update):
      // these reads and writes are their own, never part of that transaction.
      // The mark is taken now, as the wire reports: a change whose updates reach the documents
      // later is not covered, even if Dexie stores it before this acknowledgement.
      if (state.acknowledged.length > 0) {
        const upToMark = engine.localMark();
        void Dexie.ignoreTransaction(() => acknowledge(this.db, state.acknowledged, upToMark)).then(() => this.refresh());
      }
      else void this.refresh();
    }, [CHECK_INS_DOC]);
    this.wire = wire;
    engine.replica.onDocOpened = (doc) => this.wire?.open(doc);
  }

  /**
   * The wire and the engine report from inside a change's transaction; an async function started
   * there would keep that transaction's zone and trip Dexie's "committed too early" check, so the
   * status is always worked out outside it.
   */
  private refresh(): Promise<void> {
    return Dexie.ignoreTransaction(() => this.refreshOutsideTransactions());
  }

  private async refreshOutsideTransactions(): Promise<void> {
    if (!this.connection || !this.wireState) return;
    const engine = this.engine;
    const waiting = await countWaiting(this.db);
    // Disconnected (or restarted) while counting: this status belongs to a sync that has stopped.
    if (!this.connection || !this.wireState || this.engine !== engine) return;
    this.set(syncStatus(this.wireState, waiting, this.refusedRecords, new URL(this.connection.url.replace(/^ws/, 'http')).host, this.saving));
  }

  /** Saves the server and allows it in the page's policy; the window reloads to apply that policy. */
  async connect(input: ConnectInput): Promise<ConnectCheck> {
    const check = checkConnectInput(input);
    if (!check.ok) return check;
    if (!(await allowSyncServer(check.connection.url))) {
      return { ok: false, errors: { address: 'Teamshape could not allow connections to this server (the local server did not answer). Restart Teamshape and try again.' } };
    }
    await saveConnection(this.db, { ...check.connection, since: new Date().toISOString() });
    this.reload();
    return check;
  }

  private stopRunning(): void {
    this.wire?.close();
    this.wire = null;
    this.engine?.stop();
    this.engine = null;
    this.wireState = null;
    this.seeded = false;
    this.saving = null;
  }

  /** Stops syncing; the workspace stays on this laptop as it is. */
  async disconnect(): Promise<void> {
    this.stopRunning();
    await forgetConnection(this.db);
    await clearUpdates(this.db);
    await allowSyncServer(null);
    this.connection = null;
    this.set(SYNC_OFF);
  }

  /** Replaces this laptop's workspace with the server's copy (the caller made a backup first). */
  async resetFromServer(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    this.stopRunning();
    await clearUpdates(this.db);
    const builtIns = builtInRecords();
    await applyChange(
      this.db,
      'Reset from the sync server',
      async () => {
        for (const name of BACKUP_TABLES) await this.db.table(name).clear();
        for (const [name, records] of Object.entries(builtIns)) await this.db.table(name).bulkAdd(records);
      },
      { replacesWorkspace: true, prevalidated: true, keepTimestamps: true },
    );
    await this.start(connection);
  }

  /** True when the draft is shared with every laptop of the workspace. */
  isShared(planId: string): boolean {
    return this.engine?.replica.isShared(planId) ?? false;
  }

  /** Shares a draft (its author's choice; every laptop of the workspace gets it from now on). */
  async shareDraft(planId: string): Promise<void> {
    if (!this.engine) throw new Error('Sync is off on this laptop: connect a server in Settings → Sync, then share the draft.');
    await this.engine.shareDraft(planId, await readMeId(this.db));
    for (const listener of this.listeners) listener();
    void this.refresh();
  }

  /** Every field change of a record any laptop made (empty while sync is off). */
  history(...args: Parameters<SyncEngine['history']>) {
    return this.engine?.history(...args) ?? [];
  }

  presence() {
    return this.wire?.awareness() ?? null;
  }
}

/** After the browser has painted what is on screen now (or 200 ms, where frames do not come). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(go);
    setTimeout(go, 200);
  });
}

const controllers = new WeakMap<TeamshapeDb, SyncController>();

export function syncController(db: TeamshapeDb, reload: () => void = () => window.location.reload()): SyncController {
  let controller = controllers.get(db);
  if (!controller) {
    controller = new SyncController(db, reload);
    controllers.set(db, controller);
  }
  return controller;
}

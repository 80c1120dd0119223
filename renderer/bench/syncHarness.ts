/**
 * Sync benchmark harness (issue 21), in the browser against the real server on loopback:
 * - uploads a generated workspace as the app's documents (the first laptop), and measures the
 *   Yjs-only apply of the same documents — the floor of any join;
 * - prepares a fresh laptop to join (its connection saved, the server allowed in the policy);
 * - runs a headless laptop in this page (the app's engine and connection, no screens) that goes
 *   offline, makes edits through the app's repositories and comes back.
 */
import * as Y from 'yjs';
import { BACKUP_TABLES, canonicalJson, DEVICE_FIELDS } from '../../shared/backup';
import { LIVE_PLAN_ID } from '../../shared/model';
import type { WorkspaceRecords } from '../../shared/samples/workspace';
import { TeamshapeDb } from '../db/database';
import type { StoredRecord, WorkspaceTable } from '../db/changeRecorder';
import { updateTeam } from '../db/teams';
import { updatePerson } from '../db/people';
import { updateObjective, recordCheckIn } from '../db/okrs';
import { markWhoAmIAsked } from '../db/device';
import { allowSyncServer } from '../platform/syncServer';
import { SyncReplica } from '../sync/replica';
import { ServerConnection, type ConnectionConfig, type WireState } from '../sync/connection';
import { SyncEngine } from '../sync/engine';
import { countWaiting, saveConnection } from '../sync/syncStore';
import { readPending } from '../sync/bulkJoin';

function waitFor(check: () => boolean, what: string, ms = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + ms;
    const poll = () => {
      if (check()) resolve();
      else if (performance.now() > deadline) reject(new Error(`Timed out waiting for ${what}.`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

/** The documents a laptop holding `records` would send: built by the app's own replica code. */
function replicaOf(records: WorkspaceRecords): SyncReplica {
  const replica = new SyncReplica();
  // The live plan is a built-in (every laptop has it): the generator does not list it.
  const kinds = new Map([[LIVE_PLAN_ID, 'live'], ...((records.plans ?? []) as Array<{ id: string; kind: string }>).map((plan) => [plan.id, plan.kind] as const)]);
  const changes = Object.entries(records).flatMap(([table, rows]) => (rows as StoredRecord[]).map((record) => ({ table: table as WorkspaceTable, record, before: null })));
  replica.applyLocal(changes, { kindOf: (id) => kinds.get(id), isShared: () => false });
  return replica;
}

export interface UploadFigures {
  records: number;
  bytes: Record<string, number>;
  /** Applying the documents' full state into fresh Y.Docs in this page (what any join must do). */
  yjsApplyMs: number;
  uploadMs: number;
}

/** The first laptop: sends `records` to the server as the app's documents, until acknowledged. */
async function syncUpload(config: ConnectionConfig, records: WorkspaceRecords): Promise<UploadFigures> {
  const replica = replicaOf(records);
  const bytes: Record<string, number> = {};
  let yjsApplyMs = 0;
  for (const key of replica.docKeys()) {
    const state = Y.encodeStateAsUpdate(replica.doc(key));
    bytes[key || 'workspace'] = state.byteLength;
    const fresh = new Y.Doc();
    const started = performance.now();
    Y.applyUpdate(fresh, state);
    yjsApplyMs += performance.now() - started;
    fresh.destroy();
  }
  const started = performance.now();
  let state: WireState | null = null;
  const wire = new ServerConnection(replica, config, (next) => (state = next));
  const keys = replica.docKeys();
  await waitFor(() => {
    const now = state as WireState | null;
    if (now?.refusal) throw new Error(`The server refused the upload: ${now.refusal}`);
    return now !== null && now.synced && keys.every((key) => now.acknowledged.includes(key));
  }, 'the upload to be acknowledged', 900_000);
  const uploadMs = performance.now() - started;
  wire.close();
  replica.destroy();
  return { records: Object.values(records).reduce((sum, rows) => sum + (rows as unknown[]).length, 0), bytes, yjsApplyMs, uploadMs };
}

/** A fresh laptop about to join: its connection saved and the server allowed, as Settings → Sync does. */
async function syncPrepareJoin(config: ConnectionConfig): Promise<boolean> {
  const db = new TeamshapeDb();
  await db.open();
  await saveConnection(db, { url: config.socketOrigin, workspaceId: config.workspaceId, token: config.token, since: new Date().toISOString() });
  db.close();
  return allowSyncServer(config.socketOrigin);
}

/** Records per table in this laptop's Dexie, and whether a join is still being saved. */
async function syncStoredCounts(): Promise<{ counts: Record<string, number>; pending: boolean }> {
  const db = new TeamshapeDb();
  await db.open();
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) counts[table] = await db.table(table).count();
  const pending = (await readPending(db)) !== null;
  db.close();
  return { counts, pending };
}

interface Edit {
  table: WorkspaceTable;
  id: string;
  field: string;
  value: unknown;
}

class HeadlessLaptop {
  readonly db = new TeamshapeDb();
  engine: SyncEngine | null = null;
  wire: ServerConnection | null = null;
  state: WireState | null = null;
  readonly edits: Edit[] = [];
  readonly checkIns: string[] = [];

  constructor(private readonly config: ConnectionConfig) {}

  async start(): Promise<void> {
    await this.db.open();
    await markWhoAmIAsked(this.db);
    this.engine = new SyncEngine(this.db);
    await this.engine.start();
    this.online();
  }

  private seeded = false;

  online(): void {
    const engine = this.engine!;
    this.state = null;
    this.wire = new ServerConnection(engine.replica, this.config, (state) => {
      this.state = state;
      // As the app does on its first exchange: what this laptop had (its built-ins) goes in too.
      if (state.synced && !this.seeded) {
        this.seeded = true;
        void engine.seed();
      }
    });
    engine.replica.onDocOpened = (doc) => this.wire?.open(doc);
  }

  offline(): void {
    this.wire?.close();
    this.wire = null;
    this.state = null;
  }

  synced(): boolean {
    return this.state !== null && this.state.socket === 'connected' && this.state.synced && this.wire!.unsent() === 0;
  }

  /** `count` edits through the app's repositories; the same records on both sides (conflicts). */
  async edit(side: string, count: number, today: string): Promise<number> {
    const teams = (await this.db.teams.where('planId').equals(LIVE_PLAN_ID).sortBy('id')).filter((t) => t.deletedAt === null);
    const people = (await this.db.people.orderBy('id').toArray()).filter((p) => p.deletedAt === null);
    const objectives = (await this.db.objectives.orderBy('id').toArray()).filter((o) => o.deletedAt === null);
    const candidates = (await this.db.checkIns.orderBy('id').toArray()).filter((c) => c.deletedAt === null && c.date <= today);
    const started = performance.now();
    let made = 0;
    for (let i = 0; made < count; i++) {
      const n = `${side}${i}`;
      try {
        if (i % 5 === 0) {
          const team = teams[i % teams.length]!;
          const name = `${team.name.split(' ·')[0]} · ${n}`;
          await updateTeam(this.db, team.id, { name });
          this.edits.push({ table: 'teams', id: team.id, field: 'name', value: name });
        } else if (i % 5 === 1) {
          const team = teams[(i * 7) % teams.length]!;
          await updateTeam(this.db, team.id, { mission: `Mission ${n}` });
          this.edits.push({ table: 'teams', id: team.id, field: 'mission', value: `Mission ${n}` });
        } else if (i % 5 === 2) {
          const person = people[i % people.length]!;
          await updatePerson(this.db, person.id, { title: `Title ${n}` });
          this.edits.push({ table: 'people', id: person.id, field: 'title', value: `Title ${n}` });
        } else if (i % 5 === 3) {
          const objective = objectives[i % objectives.length]!;
          await updateObjective(this.db, objective.id, { title: `Objective ${n}` });
          this.edits.push({ table: 'objectives', id: objective.id, field: 'title', value: `Objective ${n}` });
        } else {
          const base = candidates[(i * 13) % candidates.length]!;
          const checkIn = await recordCheckIn(this.db, { keyResultId: base.keyResultId, date: base.date, value: i, confidence: 5, note: `Offline ${n}` }, today);
          this.checkIns.push(checkIn.id);
        }
        made++;
      } catch {
        // A check-in dated outside its period's window is refused by the rules: choose another.
        if (i > count * 4) throw new Error(`Only ${made} of ${count} edits could be made.`);
      }
    }
    return performance.now() - started;
  }

  async digest(): Promise<string> {
    const parts: string[] = [];
    for (const table of BACKUP_TABLES) {
      const device = DEVICE_FIELDS[table] ?? [];
      const rows = (await this.db.table(table).orderBy(':id').toArray()) as StoredRecord[];
      for (const row of rows) {
        const copy: Record<string, unknown> = { ...row };
        for (const field of device) delete copy[field];
        parts.push(`${table}:${canonicalJson(copy)}`);
      }
    }
    const text = parts.join('\n');
    let hash = 2166136261;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    return `${parts.length}:${(hash >>> 0).toString(16)}`;
  }

  /** Every edit of both logs accounted for: each field holds one side's last value, each check-in exists. */
  async accountFor(logs: Array<{ edits: Edit[]; checkIns: string[] }>): Promise<string[]> {
    const problems: string[] = [];
    const last = new Map<string, unknown[]>();
    for (const log of logs) {
      const mine = new Map<string, unknown>();
      for (const edit of log.edits) mine.set(`${edit.table}/${edit.id}/${edit.field}`, edit.value);
      for (const [key, value] of mine) last.set(key, [...(last.get(key) ?? []), value]);
    }
    for (const [key, values] of last) {
      const [table, id, field] = key.split('/') as [WorkspaceTable, string, string];
      const record = (await this.db.table(table).get(id)) as StoredRecord | undefined;
      if (!record || !values.includes(record[field])) problems.push(`${key} is ${JSON.stringify(record?.[field])}, not one of ${JSON.stringify(values)}`);
    }
    for (const log of logs) for (const id of log.checkIns) if (!(await this.db.checkIns.get(id))) problems.push(`check-in ${id} is missing`);
    return problems;
  }
}

let laptop: HeadlessLaptop | null = null;

export const syncBench = {
  /** The page's policy allows this sync server from the next load on (as Settings → Sync does). */
  syncAllow: (origin: string) => allowSyncServer(origin),
  syncUpload,
  syncPrepareJoin,
  syncStoredCounts,
  syncLaptopStart: async (config: ConnectionConfig) => {
    laptop = new HeadlessLaptop(config);
    await laptop.start();
  },
  syncLaptopSynced: () => Boolean(laptop?.synced()),
  syncLaptopWaiting: () => countWaiting(laptop!.db),
  syncLaptopOffline: () => laptop!.offline(),
  syncLaptopOnline: () => laptop!.online(),
  syncLaptopEdit: (side: string, count: number, today: string) => laptop!.edit(side, count, today),
  syncLaptopLog: () => ({ edits: laptop!.edits, checkIns: laptop!.checkIns }),
  syncLaptopDigest: async () => {
    await laptop!.engine!.settled();
    return laptop!.digest();
  },
  syncLaptopAccountFor: (logs: Array<{ edits: Edit[]; checkIns: string[] }>) => laptop!.accountFor(logs),
};

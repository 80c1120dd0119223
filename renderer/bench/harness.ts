/**
 * Benchmark and scale-test harness, served beside the app (same origin, so same IndexedDB).
 * It loads generated organisations through the app's own write path (validation + one
 * transaction) or through a raw Dexie bulkPut, so the two can be compared in the same page.
 */
import '../platform/strictCsp';
import Dexie from 'dexie';
import { TeamshapeDb } from '../db/database';
import { bulkAddWorkspace } from '../db/bulkLoad';
import { generateOrganisation, ORGANISATION_SIZES } from '../../shared/samples/generateOrganisation';
import { generateOkrWorkspace } from '../../shared/samples/generateOkrs';
import type { WorkspaceRecords } from '../../shared/samples/workspace';
import { organisationHealth } from '../../shared/rules';
import { LIVE_PLAN_ID } from '../../shared/model';
import { readSettings } from '../db/settings';
import { markWhoAmIAsked } from '../db/device';
import { exportWorkspace } from '../db/backup';
import { restoreIntoNewWorkspace, type RestoreProgress } from '../db/stagedRestore';
import { WorkspaceDirectory } from '../db/workspaceDirectory';
import { workspaceMemory } from '../db/memory/workspaceMemory';
import { okrImportRun } from './okrImportRun';
import { createDraft } from '../db/scenarios';
import { readComparison } from '../db/scenarioPromotion';
import { withDesign } from '../../shared/samples/generateDesign';
import { typeChangeHealth } from './typeChangeHealth';
import { syncBench } from './syncHarness';

type Size = keyof typeof ORGANISATION_SIZES;

const OKR_SCALE: Record<Size, { objectives: number; keyResults: number; checkIns: number }> = {
  S: { objectives: 24, keyResults: 96, checkIns: 1_000 },
  M: { objectives: 400, keyResults: 1_600, checkIns: 20_000 },
  L: { objectives: 2_000, keyResults: 8_000, checkIns: 100_000 },
};

/** Organisation of the given size with OKRs owned by its own teams. */
export function generateWorkspace(size: Size, today: string): WorkspaceRecords {
  return generateScaled(ORGANISATION_SIZES[size], OKR_SCALE[size], today);
}

/**
 * Twice size L (1,000 teams, 10,000 people, 16,000 key results, 200,000 check-ins), every check-in
 * with a note of about 140 characters: the workspace whose backup passed 50 MiB (issue 14).
 */
/** Resolves once the database's workspace is in memory, as it is in the app after its cold start. */
function workspaceLoaded(db: TeamshapeDb): Promise<void> {
  const memory = workspaceMemory(db);
  return new Promise((resolve, reject) => {
    const check = () => {
      if (memory.status.state === 'ready') resolve();
      else if (memory.status.state === 'failed') reject(new Error(memory.status.error));
      else return;
      stop();
    };
    const stop = memory.subscribeStatus(check);
    check();
  });
}

export function generateDoubleL(today: string): WorkspaceRecords {
  const scale = (n: number) => n * 2;
  const records = generateScaled(
    { teams: scale(ORGANISATION_SIZES.L.teams), people: scale(ORGANISATION_SIZES.L.people) },
    { objectives: scale(OKR_SCALE.L.objectives), keyResults: scale(OKR_SCALE.L.keyResults), checkIns: scale(OKR_SCALE.L.checkIns) },
    today,
  );
  const words = 'the team shipped the change behind a flag and measured adoption over the week; support tickets fell while latency held steady'.split(' ');
  records.checkIns = records.checkIns.map((checkIn, i) => {
    const length = 100 + ((i * 37) % 80);
    let note = '';
    for (let w = i % words.length; note.length < length; w = (w + 1) % words.length) note += `${words[w]} `;
    return { ...checkIn, note: note.trim() };
  });
  return records;
}

function generateScaled(
  organisationScale: { teams: number; people: number },
  okrScale: { objectives: number; keyResults: number; checkIns: number },
  today: string,
): WorkspaceRecords {
  const organisation = generateOrganisation(today, organisationScale);
  const scale = { ...okrScale, teams: organisation.teams.length, people: 1, quarters: 4 };
  const okrs = generateOkrWorkspace(today, scale);
  // Re-home the generated objectives onto the organisation's teams and people.
  const teamIds = new Map(okrs.teams.map((t, i) => [t.id, organisation.teams[i]!.id]));
  const owner = organisation.people[0]!.id;
  return {
    ...organisation,
    objectives: okrs.objectives.map((o) => ({ ...o, ownerTeamIds: o.ownerTeamIds.map((id) => teamIds.get(id)!) })),
    keyResults: okrs.keyResults.map((k) => ({ ...k, ownerId: owner })),
    checkIns: okrs.checkIns.map((c) => ({ ...c, authorId: owner })),
  };
}

/** The same database through plain Dexie (same schema, no middleware). */
function rawConnection(db: TeamshapeDb): Dexie {
  const raw = new Dexie(db.name);
  const stores = Object.fromEntries(
    db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ')]),
  );
  raw.version(db.verno).stores(stores);
  return raw;
}

async function withDb<T>(run: (db: TeamshapeDb) => Promise<T>): Promise<T> {
  const db = new TeamshapeDb();
  try {
    await db.open();
    return await run(db);
  } finally {
    db.close();
  }
}

const harness = {
  ...syncBench,
  generate: (size: Size, today: string) => generateWorkspace(size, today),
  /** Issue 20: the organisation with teams of teams and interactions (L: 50 groups, 2,000 interactions). */
  generateDesigned: (size: Size, today: string, design: { groups: number; interactions: number }) => withDesign(generateWorkspace(size, today), design, today),
  counts: (records: WorkspaceRecords) => Object.fromEntries(Object.entries(records).map(([k, v]) => [k, (v as unknown[]).length])),
  /** The app's own path: validate every record, then one transaction. Returns elapsed ms. */
  loadViaApp: (records: WorkspaceRecords) =>
    withDb(async (db) => {
      const started = performance.now();
      await bulkAddWorkspace(db, records);
      return performance.now() - started;
    }),
  /** Raw Dexie bulkPut of the same rows, the engine's floor. Returns elapsed ms. */
  loadRaw: (records: WorkspaceRecords) =>
    withDb(async (db) => {
      const started = performance.now();
      // A plain Dexie connection, without the app's change recorder: the engine's floor.
      const raw = rawConnection(db);
      await raw.transaction('rw', raw.tables, async () => {
        for (const [table, rows] of Object.entries(records)) if ((rows as unknown[]).length) await raw.table(table).bulkPut(rows as unknown[]);
      });
      raw.close();
      return performance.now() - started;
    }),
  /** Reads the live plan and computes every team's health once: { readMs, computeMs, teams }. */
  organisationHealth: () =>
    withDb(async (db) => {
      const started = performance.now();
      const alive = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => r.deletedAt === null);
      const [teams, memberships, people, departments, roles, settings] = await Promise.all([
        db.teams.where('planId').equals(LIVE_PLAN_ID).toArray().then(alive),
        db.memberships.where('planId').equals(LIVE_PLAN_ID).toArray().then(alive),
        db.people.toArray().then(alive),
        db.departments.toArray().then(alive),
        db.roles.toArray().then(alive),
        readSettings(db),
      ]);
      const read = performance.now();
      const health = organisationHealth({ teams, memberships, people, departments, roles, settings });
      return { readMs: read - started, computeMs: performance.now() - read, teams: health.byTeam.size };
    }),
  /** Health re-evaluated after a team's type changes, and unchanged, per run (issue 20). */
  typeChangeHealth: (runs: number, today: string) => withDb((db) => typeChangeHealth(db, runs, today)),
  /** Id and name of the team with the most members, and a person not on it (for edit-latency runs). */
  editTarget: () =>
    withDb(async (db) => {
      const teams = await db.teams.where('planId').equals(LIVE_PLAN_ID).toArray();
      const team = teams[0]!;
      const members = new Set((await db.memberships.where('teamId').equals(team.id).toArray()).map((m) => m.personId));
      const allocated = new Set((await db.memberships.toArray()).map((m) => m.personId));
      const person = (await db.people.toArray()).find((p) => !members.has(p.id) && allocated.has(p.id))!;
      return { teamId: team.id, teamName: team.name, personName: person.name };
    }),
  /** An "increase" key result of the current quarter, for the check-in latency run. */
  checkInTarget: (periodId: string) =>
    withDb(async (db) => {
      const objectives = await db.objectives.where('periodId').equals(periodId).toArray();
      for (const objective of objectives) {
        const keyResult = (await db.keyResults.where('objectiveId').equals(objective.id).toArray()).find((k) => k.metric === 'increase');
        if (keyResult) return { keyResultId: keyResult.id, unit: keyResult.unit };
      }
      throw new Error(`No "increase" key result in ${periodId}.`);
    }),
  /** Raw Dexie: every workspace table read with one toArray each, the floor of a cold start. Returns elapsed ms. */
  readAllRaw: () =>
    withDb(async (db) => {
      const raw = rawConnection(db);
      const started = performance.now();
      for (const table of raw.tables) if (table.name !== 'undoLog' && table.name !== 'device') await table.toArray();
      const elapsed = performance.now() - started;
      raw.close();
      return elapsed;
    }),
  /**
   * Issue 14's round trip at twice size L: back up the workspace (format 3), restore the file
   * (replace, into a new database, switched to through a meta database of its own), and a raw
   * Dexie bulkPut of the same records into another fresh database as the limit. All in ms.
   */
  backupRoundTrip: async (today: string) => {
    const records = generateDoubleL(today);
    const meta = new WorkspaceDirectory('teamshape-bench-meta');
    const created: string[] = [];
    try {
      return await withDb(async (db) => {
        await bulkAddWorkspace(db, records);
        // The app holds its workspace in memory from the first screen on: so does this run.
        await workspaceLoaded(db);
        const exportStarted = performance.now();
        const { bytes, counts } = await exportWorkspace(db, 'bench');
        const backupMs = performance.now() - exportStarted;
        const progress: RestoreProgress[] = [];
        const restoreStarted = performance.now();
        const result = await restoreIntoNewWorkspace(db, bytes, 'replace', { directory: meta, fileName: 'bench.teamshape.gz', onProgress: (p) => progress.push(p) });
        const restoreMs = performance.now() - restoreStarted;
        created.push(result.dbName);

        const rawTarget = new TeamshapeDb('teamshape-bench-raw');
        await rawTarget.open();
        rawTarget.close();
        created.push(rawTarget.name);
        const raw = rawConnection(rawTarget);
        const rawStarted = performance.now();
        await raw.transaction('rw', raw.tables, async () => {
          for (const [table, rows] of Object.entries(records)) if ((rows as unknown[]).length) await raw.table(table).bulkPut(rows as unknown[]);
        });
        const rawMs = performance.now() - rawStarted;
        raw.close();
        const recordsWritten = Object.values(counts).reduce((a, b) => a + b, 0);
        return { backupMs, backupBytes: bytes.length, restoreMs, rawMs, records: recordsWritten, progressEvents: progress.filter((p) => p.phase === 'writing').length };
      });
    } finally {
      meta.close();
      await meta.delete();
      for (const name of created) await Dexie.delete(name);
    }
  },
  /**
   * Issue 16: the workspace's OKRs as the OKR CSV export writes them, imported through the app
   * (parse, plan, one transaction with progress) against a raw Dexie write of the same records.
   */
  okrSpreadsheetImport: (size: Size, today: string) => withDb((db) => okrImportRun(db, generateWorkspace(size, today), today, rawConnection)),
  /** Issue 18: copies the live plan into a new draft (one change) and compares the two (change list + health of both). */
  scenarioCopyAndCompare: (name: string) =>
    withDb(async (db) => {
      const started = performance.now();
      const draft = await createDraft(db, { name, fromPlanId: LIVE_PLAN_ID });
      const copied = performance.now();
      const comparison = await readComparison(db, LIVE_PLAN_ID, [draft.id]);
      return { copyMs: copied - started, compareMs: performance.now() - copied, teams: comparison.candidates[0]!.health.teams };
    }),
  /** Answers "Who are you?" for this device (asked once, before the first authored write), so a timed check-in is not held by it. */
  skipWhoAreYou: () => withDb((db) => markWhoAmIAsked(db)),
  /** Empties the workspace (keeps the built-in catalogue). */
  clear: () =>
    withDb(async (db) => {
      await db.delete();
    }),
};

declare global {
  interface Window {
    teamshapeBench: typeof harness;
  }
}

window.teamshapeBench = harness;
document.body.dataset.ready = 'true';

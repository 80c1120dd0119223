/**
 * Benchmark and scale-test harness, served beside the app (same origin, so same IndexedDB).
 * It loads generated organisations through the app's own write path (validation + one
 * transaction) or through a raw Dexie bulkPut, so the two can be compared in the same page.
 */
import { TeamshapeDb } from '../db/database';
import { bulkAddWorkspace } from '../db/bulkLoad';
import { generateOrganisation, ORGANISATION_SIZES } from '../../shared/samples/generateOrganisation';
import { generateOkrWorkspace } from '../../shared/samples/generateOkrs';
import type { WorkspaceRecords } from '../../shared/samples/workspace';

type Size = keyof typeof ORGANISATION_SIZES;

const OKR_SCALE: Record<Size, { objectives: number; keyResults: number; checkIns: number }> = {
  S: { objectives: 24, keyResults: 96, checkIns: 1_000 },
  M: { objectives: 400, keyResults: 1_600, checkIns: 20_000 },
  L: { objectives: 2_000, keyResults: 8_000, checkIns: 100_000 },
};

/** Organisation of the given size with OKRs owned by its own teams. */
export function generateWorkspace(size: Size, today: string): WorkspaceRecords {
  const organisation = generateOrganisation(today, ORGANISATION_SIZES[size]);
  const scale = { ...OKR_SCALE[size], teams: organisation.teams.length, people: 1, quarters: 4 };
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
  generate: (size: Size, today: string) => generateWorkspace(size, today),
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
      await db.transaction('rw', db.tables, async () => {
        for (const [table, rows] of Object.entries(records)) if ((rows as unknown[]).length) await db.table(table).bulkPut(rows as unknown[]);
      });
      return performance.now() - started;
    }),
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

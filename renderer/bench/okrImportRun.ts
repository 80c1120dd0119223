import type Dexie from 'dexie';
import Papa from 'papaparse';
import { LIVE_PLAN_ID } from '../../shared/model';
import { okrsCsv } from '../../shared/exports/csvTables';
import { decideDecimalSeparator, numericCells, planOkrImport, suggestOkrMapping } from '../../shared/import/okrs';
import type { WorkspaceRecords } from '../../shared/samples/workspace';
import { toCsvText } from '../db/csvExports';
import type { TeamshapeDb } from '../db/database';
import { importOkrs } from '../db/okrImport';

const OKR_TABLES = ['objectives', 'keyResults', 'checkIns'] as const;

export interface OkrImportFigures {
  appMs: number;
  rawMs: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
  progressCalls: number;
}

/**
 * The organisation's OKRs written as the OKR CSV export, imported into the seeded workspace with its
 * OKRs removed: parse + plan + commit (with progress) timed, then the records it wrote put back
 * with a raw Dexie bulkPut in one transaction, timed in the same page.
 */
export async function okrImportRun(db: TeamshapeDb, records: WorkspaceRecords, today: string, rawConnection: (db: TeamshapeDb) => Dexie): Promise<OkrImportFigures> {
  const text = toCsvText(okrsCsv({ ...records, keyResults: records.keyResults.map((k) => ({ ...k, ownerId: null })) }));
  const raw = rawConnection(db);
  const clearOkrs = () => raw.transaction('rw', OKR_TABLES.map((t) => raw.table(t)), () => Promise.all(OKR_TABLES.map((t) => raw.table(t).clear())));
  try {
    await clearOkrs();
    const started = performance.now();
    const [header = [], ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
    const mapping = suggestOkrMapping(header);
    const decision = decideDecimalSeparator(numericCells(rows, mapping));
    const [teams, people, periods] = await Promise.all([db.teams.where('planId').equals(LIVE_PLAN_ID).toArray(), db.people.toArray(), db.periods.toArray()]);
    const plan = planOkrImport({
      rows, mapping, decimal: decision.separator, decimalDecided: decision.decided, fiscalStartMonth: 1, today, graceDays: 3650,
      teams: teams.filter((t) => t.deletedAt === null), people: people.filter((p) => p.deletedAt === null), customPeriods: periods.filter((p) => p.deletedAt === null), existingObjectives: [],
    });
    if (plan.problems.length > 0) throw new Error(`The benchmark file has ${plan.problems.length} problems, e.g. ${plan.problems.slice(0, 3).map((p) => `row ${p.row}: ${p.message}`).join('; ')}`);
    let progressCalls = 0;
    const result = await importOkrs(db, plan, { createTeams: true, onProgress: () => progressCalls++ });
    const appMs = performance.now() - started;
    const written = await Promise.all(OKR_TABLES.map((t) => raw.table(t).toArray()));
    await clearOkrs();
    const rawStarted = performance.now();
    await raw.transaction('rw', OKR_TABLES.map((t) => raw.table(t)), async () => {
      for (const [index, table] of OKR_TABLES.entries()) await raw.table(table).bulkPut(written[index]!);
    });
    const rawMs = performance.now() - rawStarted;
    return { appMs, rawMs, objectives: result.objectives, keyResults: result.keyResults, checkIns: result.checkIns, progressCalls };
  } finally {
    raw.close();
  }
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, canonicalDump } from '../../../shared/backup';
import { resetClock, setClock } from '../../../shared/clock';
import { createIdGenerator, seededRandom } from '../../../shared/ids';
import { DEFAULT_DEPARTMENTS, DEFAULT_ROLES, LIVE_PLAN_ID, type MetricKind } from '../../../shared/model';
import { emptyWorkspace, type WorkspaceRecords } from '../../../shared/samples/workspace';
import { exportWorkspace, readAllTables, restoreWorkspace } from '../../../renderer/db/backup';
import { bulkAddWorkspace } from '../../../renderer/db/bulkLoad';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

/**
 * About 10,000 records of every kind, some deleted, with text a spreadsheet or JSON could trip on.
 * As in the app, what belongs to a deleted record is deleted with it (a restore refuses anything else).
 */
function largeOrganisation(): WorkspaceRecords {
  const nextId = createIdGenerator({ seed: 11, startMs: Date.UTC(2025, 0, 1) });
  const random = seededRandom(11);
  const data = emptyWorkspace();
  let minute = 0;
  const stamp = (deleted = random() < 0.04) => {
    const at = new Date(Date.UTC(2025, 0, 1) + minute++ * 60_000).toISOString();
    return { id: nextId(), createdAt: at, updatedAt: at, deletedAt: deleted ? at : null, updatedBy: null };
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gone = (...parents: { deletedAt: string | null }[]) => parents.some((p) => p.deletedAt !== null) || random() < 0.04;
  const alive = <T extends { deletedAt: string | null }>(items: readonly T[]): T[] => items.filter((r) => r.deletedAt === null);
  for (let i = 0; i < 2000; i++) {
    data.people.push({ ...stamp(), name: `Person ${i} “Zoë” O'Neil, Jr.`, email: `person${i}@example.com`, title: i % 7 === 0 ? '=cmd|/C calc' : 'Engineer', departmentId: pick(DEFAULT_DEPARTMENTS).id });
  }
  for (let i = 0; i < 200; i++) {
    data.teams.push({ ...stamp(), planId: LIVE_PLAN_ID, name: `Team ${i}`, mission: 'Line one\nline two, "quoted"', services: [`Service ${i}`], championId: pick(alive(data.people)).id });
  }
  for (let i = 0; i < 2600; i++) {
    const [team, person] = [pick(data.teams), pick(data.people)];
    data.memberships.push({ ...stamp(gone(team, person)), planId: LIVE_PLAN_ID, teamId: team.id, personId: person.id, roleId: pick(DEFAULT_ROLES).id, allocation: 1 + Math.floor(random() * 100) });
  }
  const quarters = ['period:2025-Q1', 'period:2025-Q2', 'period:2025-Q3', 'period:2025-Q4'];
  for (let i = 0; i < 300; i++) {
    data.objectives.push({
      ...stamp(), title: `Objective ${i} 🚀`, description: '', periodId: pick(quarters), ownerTeamIds: [pick(data.teams).id],
      parentId: i > 10 && random() < 0.2 && data.objectives[i - 5]!.deletedAt === null ? data.objectives[i - 5]!.id : null, kind: 'committed', score: random() < 0.3 ? { value: 0.5, reason: '' } : null,
    });
  }
  const metrics: MetricKind[] = ['increase', 'decrease', 'stayAbove', 'stayBelow', 'milestone'];
  for (let i = 0; i < 900; i++) {
    const [metric, objective] = [pick(metrics), pick(data.objectives)];
    data.keyResults.push({
      ...stamp(gone(objective)), objectiveId: objective.id, title: `Key result ${i}`, metric, start: metric === 'milestone' ? 0 : 10, target: metric === 'milestone' ? 1 : 0.1 + i,
      unit: '%', weight: null, ownerId: pick(data.people).id, contributingTeamIds: [], sortOrder: i % 4, score: null,
    });
  }
  for (let i = 0; i < 4000; i++) {
    const keyResult = pick(data.keyResults);
    data.checkIns.push({ ...stamp(gone(keyResult)), keyResultId: keyResult.id, date: `2025-0${1 + (i % 9)}-1${i % 10}`, value: Math.round(random() * 1e6) / 1e3, confidence: i % 11, note: i % 3 ? '' : 'Note with ünïcödé', authorId: null });
  }
  return data;
}

let db: TeamshapeDb;
beforeEach(async () => {
  setClock(() => new Date('2026-11-16T10:00:00.000Z'));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

describe('export → restore → export', () => {
  it('gives identical content for a 10,000-record organisation', async () => {
    const organisation = largeOrganisation();
    const total = Object.values(organisation).reduce((n, rows) => n + rows.length, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    await bulkAddWorkspace(db, organisation);
    const dumpBefore = canonicalDump(await readAllTables(db));

    const first = await exportWorkspace(db, '0.1.0');
    const result = await restoreWorkspace(db, first.bytes, 'replace');
    const second = await exportWorkspace(db, '0.1.0');

    expect(result.written).toBe(BACKUP_TABLES.reduce((n, t) => n + first.counts[t], 0));
    expect(second.bytes).toEqual(first.bytes);
    expect(canonicalDump(await readAllTables(db))).toBe(dumpBefore);
  }, 120_000);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { validateInteractionRows, validateTeamDesignRows } from '../../../shared/import/designRows';
import { createTeam } from '../../../renderer/db/teams';
import { importInteractions, importTeamDesign } from '../../../renderer/db/designImport';
import { undoLastChange } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
let minute = 0;
beforeEach(async () => {
  minute = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + minute++ * 60_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

async function teams() {
  const cloud = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Cloud' });
  const portal = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Portal' });
  return [cloud, portal];
}
const table = (rows: string[][]) => ({ headers: rows[0]!, rows: rows.slice(1), lines: rows.slice(1).map((_, i) => i + 2) });

describe('importing design from spreadsheets', () => {
  it('adds the new interactions in one undoable change', async () => {
    const planTeams = await teams();
    const rows = validateInteractionRows(
      table([['From', 'To', 'Mode', 'Purpose', 'Start', 'End'], ['Cloud', 'Portal', 'XaaS', 'Hosting', '2026-10-01', ''], ['Portal', 'Cloud', 'Collaboration', '', '2026-11-01', '2026-12-15']]),
      { provider: 0, consumer: 1, mode: 2, purpose: 3, start: 4, end: 5 },
      planTeams,
      [],
    );
    expect(await importInteractions(db, LIVE_PLAN_ID, rows, 'links.csv')).toBe(2);
    expect((await db.interactions.toArray()).map((i) => [i.mode, i.start, i.end])).toEqual(expect.arrayContaining([['x-as-a-service', '2026-10-01', null], ['collaboration', '2026-11-01', '2026-12-15']]));
    expect((await undoLastChange(db))?.label).toBe('Import 2 interactions from links.csv');
    expect((await db.interactions.toArray()).every((i) => i.deletedAt !== null)).toBe(true);
  });

  it('gives teams their types and new groups in one undoable change', async () => {
    const planTeams = await teams();
    const rows = validateTeamDesignRows(
      table([['Team', 'Type', 'Group', 'Level'], ['Cloud', 'Platform', 'Core', 'Domain'], ['Portal', 'Stream-aligned', 'core', '']]),
      { team: 0, type: 1, group: 2, level: 3 },
      planTeams,
      [],
    );
    expect(await importTeamDesign(db, LIVE_PLAN_ID, rows, 'design.csv')).toBe(2);
    const groups = (await db.teamGroups.toArray()).filter((g) => g.deletedAt === null);
    expect(groups.map((g) => [g.name, g.level])).toEqual([['Core', 'Domain']]);
    const stored = await db.teams.bulkGet(planTeams.map((t) => t.id));
    expect(stored.map((t) => [t?.type, t?.groupId])).toEqual([['platform', groups[0]!.id], ['stream-aligned', groups[0]!.id]]);
    expect((await undoLastChange(db))?.label).toBe('Import team types and groups from design.csv');
    const after = await db.teams.bulkGet(planTeams.map((t) => t.id));
    expect(after.map((t) => [t?.type ?? null, t?.groupId ?? null])).toEqual([[null, null], [null, null]]);
    expect((await db.teamGroups.toArray()).every((g) => g.deletedAt !== null)).toBe(true);
  });
});

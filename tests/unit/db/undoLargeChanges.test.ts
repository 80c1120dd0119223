import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { CheckIn } from '../../../shared/model';
import { applyChange } from '../../../renderer/db/changes';
import { TeamshapeDb } from '../../../renderer/db/database';
import { validateAndAddInChunks } from '../../../renderer/db/importChunks';
import { createPerson, updatePerson } from '../../../renderer/db/people';
import { importRoster } from '../../../renderer/db/roster';
import { redoLastChange, undoLastChange, UndoConflictError } from '../../../renderer/db/undo';
import { PACKED_FROM_WRITES, type UndoEntry } from '../../../renderer/db/undoLog';
import { dropDb, freshDb } from './testDb';

/**
 * Undo and redo of run-encoded entries (imports of 1,000 writes and more): whole, next to another
 * large entry, refused whole when another window changed one record, and reported as they go.
 */
let db: TeamshapeDb;
let tick = 0;
beforeEach(async () => {
  tick = 0;
  // A clock that moves a second per reading, so every write has its own updatedAt.
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + tick++ * 1_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

const PEOPLE = 1_500;
const CHECK_INS = 1_200;

async function importPeople(existing: { id: string; updatedAt: string }) {
  const create = Array.from({ length: PEOPLE }, (_, i) => ({ name: `Person ${i}`, email: `person${i}@example.com`, title: 'Engineer', department: null, employeeId: `E${i}` }));
  // The roster import also updates a person who was there before it (their title).
  return importRoster(db, { create, update: [{ personId: existing.id, expectedUpdatedAt: existing.updatedAt, changes: { title: 'Head of Payments' } }] });
}

async function importCheckIns() {
  const at = '2026-11-16T10:00:00.000Z';
  const drafts = Array.from({ length: CHECK_INS }, (_, i) => ({
    id: `check-in-${String(i).padStart(5, '0')}`, createdAt: at, updatedAt: at, deletedAt: null, updatedBy: null,
    keyResultId: `k${i}`, date: '2026-11-02', value: i, confidence: 7, note: '', authorId: null, correctsId: null,
  }));
  await applyChange(db, 'Import check-ins', () => validateAndAddInChunks(db, [{ table: 'checkIns', schema: CheckIn, drafts }], 500, {}), { prevalidated: true });
}

/** Every record without the version fields undo and redo move forward. */
async function contents() {
  const strip = <T extends { id: string; updatedAt: string }>(records: T[]) => records.map(({ updatedAt: _, ...rest }) => rest).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people: strip(await db.people.toArray()), checkIns: strip(await db.checkIns.toArray()) };
}

const alive = async () => ({
  people: (await db.people.toArray()).filter((p) => p.deletedAt === null).length,
  checkIns: (await db.checkIns.toArray()).filter((c) => c.deletedAt === null).length,
});

const log = async () => ((await db.table('undoLog').toArray()) as UndoEntry[]).sort((a, b) => a.seq! - b.seq!);

async function secondWindow(): Promise<TeamshapeDb> {
  const other = new TeamshapeDb(db.name);
  await other.open();
  return other;
}

describe('undo and redo of large imports', () => {
  it('undoes two large imports side by side, one step each, and redoes them to the same records', async () => {
    const ada = await createPerson(db, { name: 'Ada Lovelace', title: 'Engineer' });
    const edited = await updatePerson(db, ada.id, { title: 'Staff Engineer' });
    await importPeople(edited);
    await importCheckIns();
    const imported = await contents();
    expect(await alive()).toEqual({ people: PEOPLE + 1, checkIns: CHECK_INS });

    expect(await undoLastChange(db)).toEqual({ label: 'Import check-ins' });
    expect(await alive()).toEqual({ people: PEOPLE + 1, checkIns: 0 });
    expect(await undoLastChange(db)).toEqual({ label: `Import ${(PEOPLE + 1).toLocaleString('en-US')} people` });
    expect(await alive()).toEqual({ people: 1, checkIns: 0 });
    // The edit made before the import is kept: only the import's own change is taken back.
    expect((await db.people.get(ada.id))?.title).toBe('Staff Engineer');

    await redoLastChange(db);
    await redoLastChange(db);
    expect(await contents()).toEqual(imported);
    expect((await db.people.get(ada.id))?.title).toBe('Head of Payments');

    // And back again: versions written by the first undo and redo are what the next ones expect.
    await undoLastChange(db);
    await undoLastChange(db);
    expect(await alive()).toEqual({ people: 1, checkIns: 0 });
    await undoLastChange(db);
    expect((await db.people.get(ada.id))?.title).toBe('Engineer');
  });

  it('keeps a large entry packed while undone: ids in runs, a copy only of the records that existed before', async () => {
    const ada = await createPerson(db, { name: 'Ada Lovelace', title: 'Engineer' });
    await importPeople(ada);
    await undoLastChange(db);
    const entry = (await log()).at(-1)!;
    expect(entry.state).toBe('undone');
    expect(entry.writes).toEqual([]);
    expect(entry.runs?.reduce((sum, run) => sum + run.ids.length, 0)).toBe(PEOPLE + 1);
    expect(entry.undone).toBeUndefined();
    expect(entry.undonePacked?.images.map(([, image]) => image.id)).toEqual([ada.id]);
    await redoLastChange(db);
    const redone = (await log()).at(-1)!;
    expect(redone.state).toBe('done');
    expect(redone.runs).toBeDefined();
    expect(redone.undonePacked).toBeUndefined();
  });

  it('refuses the whole undo when another window changed one imported record since, and changes nothing', async () => {
    await importCheckIns();
    const before = await contents();
    const entriesBefore = await log();
    const other = await secondWindow();
    try {
      await applyChange(other, 'Correct a check-in', async () => {
        // The last chunk undo reaches (it goes backwards): the chunks before it were already written when it refuses.
        const checkIn = (await other.checkIns.get('check-in-00003'))!;
        await other.checkIns.put({ ...checkIn, note: 'Counted twice' });
      });
      const changedElsewhere = await contents();
      expect(changedElsewhere).not.toEqual(before);

      const refused = undoLastChange(db);
      await expect(refused).rejects.toThrow(UndoConflictError);
      await expect(undoLastChange(db)).rejects.toThrow(/^Could not undo “Import check-ins”: Check-in .* was changed in another window since\. Nothing was changed\. Undoing it now would overwrite that change: change the records back by hand instead, or restore a backup/);
      expect(await contents()).toEqual(changedElsewhere);
      expect(await alive()).toEqual({ people: 0, checkIns: CHECK_INS });
      expect((await log()).filter((e) => e.windowId === db.windowId)).toEqual(entriesBefore);
    } finally {
      other.close();
    }
  });

  it('refuses a redo the same way when an undone record was changed since', async () => {
    await importCheckIns();
    await undoLastChange(db);
    const other = await secondWindow();
    try {
      await applyChange(other, 'Edit a deleted check-in', async () => {
        // The last chunk redo reaches: the chunks before it were already written when it refuses.
        const checkIn = (await other.checkIns.get('check-in-01150'))!;
        await other.checkIns.put({ ...checkIn, note: 'Kept for the record' });
      });
      await expect(redoLastChange(db)).rejects.toThrow(/^Could not redo “Import check-ins”: .* Nothing was changed\. Redoing it now would overwrite that change: make the change again by hand instead\./);
      expect(await alive()).toEqual({ people: 0, checkIns: 0 });
    } finally {
      other.close();
    }
  });

  it('fixes the version a small edit of an imported record expects after the import is undone and redone', async () => {
    await importPeople(await createPerson(db, { name: 'Ada Lovelace' }));
    const someone = (await db.people.where('name').equals('Person 42').first())!;
    await updatePerson(db, someone.id, { title: 'Principal' });
    await undoLastChange(db);
    await undoLastChange(db);
    await redoLastChange(db);
    await redoLastChange(db);
    expect((await db.people.get(someone.id))?.title).toBe('Principal');
    await undoLastChange(db);
    expect((await db.people.get(someone.id))?.title).toBe('Engineer');
  });

  it('reports progress chunk by chunk up to every record of the entry', async () => {
    await importCheckIns();
    const reports: Array<[number, number]> = [];
    await undoLastChange(db, { onProgress: (done, total) => reports.push([done, total]) });
    expect(CHECK_INS).toBeGreaterThanOrEqual(PACKED_FROM_WRITES);
    expect(reports[0]).toEqual([0, CHECK_INS]);
    expect(reports.at(-1)).toEqual([CHECK_INS, CHECK_INS]);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.every(([done], i) => i === 0 || done > reports[i - 1]![0])).toBe(true);
  });
});

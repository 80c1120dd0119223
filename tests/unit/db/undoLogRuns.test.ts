import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckIn } from '../../../shared/model';
import { applyChange } from '../../../renderer/db/changes';
import type { RecordedWrite } from '../../../renderer/db/changeRecorder';
import { validateAndAddInChunks } from '../../../renderer/db/importChunks';
import { redoLastChange, undoLastChange } from '../../../renderer/db/undo';
import { PACKED_FROM_WRITES, packWrites, unpackWrites, type UndoEntry } from '../../../renderer/db/undoLog';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

const AT = '2026-11-16T09:00:00.000Z';
const LATER = '2026-11-16T09:00:00.001Z';

describe('large undo entries stored as runs', () => {
  it('reads back exactly the writes it stored: tables in order, before-images and updatedAt per write', () => {
    const team = { id: 't1', updatedAt: AT, deletedAt: null, name: 'Payments' };
    const writes: RecordedWrite[] = [
      { table: 'teams', id: 't1', before: team, afterUpdatedAt: LATER },
      { table: 'teams', id: 't2', before: null, afterUpdatedAt: AT },
      { table: 'objectives', id: 'o1', before: null, afterUpdatedAt: AT },
      { table: 'objectives', id: 'o2', before: null, afterUpdatedAt: AT },
      { table: 'keyResults', id: 'k1', before: null, afterUpdatedAt: null },
      { table: 'objectives', id: 'o3', before: null, afterUpdatedAt: AT },
    ];
    const runs = packWrites(writes);
    expect(runs.map((run) => run.table)).toEqual(['teams', 'objectives', 'keyResults', 'objectives']);
    expect(runs[1]).toEqual({ table: 'objectives', ids: ['o1', 'o2'], before: null, after: AT });
    expect(unpackWrites(runs)).toEqual(writes);
  });

  describe('an import of 1,200 check-ins', () => {
    let db: TeamshapeDb;
    beforeEach(async () => {
      db = await freshDb();
    });
    afterEach(async () => {
      await dropDb(db);
    });

    it('is one entry stored as runs, and undo and redo still take it back and forth whole', async () => {
      const drafts = Array.from({ length: 1_200 }, (_, i) => ({
        id: `c${i}`, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null,
        keyResultId: `k${i}`, date: '2026-11-02', value: i, confidence: 7, note: '', authorId: null, correctsId: null,
      }));
      expect(drafts.length).toBeGreaterThanOrEqual(PACKED_FROM_WRITES);
      await applyChange(db, 'Import check-ins', () => validateAndAddInChunks(db, [{ table: 'checkIns', schema: CheckIn, drafts }], 500, {}), { prevalidated: true });
      const [stored] = (await db.table('undoLog').toArray()) as UndoEntry[];
      expect(stored!.writes).toEqual([]);
      expect(stored!.runs).toEqual([{ table: 'checkIns', ids: drafts.map((d) => d.id), before: null, after: AT }]);

      await undoLastChange(db);
      expect((await db.checkIns.toArray()).filter((c) => c.deletedAt === null)).toHaveLength(0);
      await redoLastChange(db);
      expect((await db.checkIns.toArray()).filter((c) => c.deletedAt === null)).toHaveLength(1_200);
      await undoLastChange(db);
      expect((await db.checkIns.toArray()).filter((c) => c.deletedAt === null)).toHaveLength(0);
    });
  });
});

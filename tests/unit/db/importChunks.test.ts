import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckIn } from '../../../shared/model';
import { parseOrThrow } from '../../../shared/validation';
import { applyChange } from '../../../renderer/db/changes';
import { validateAndAddInChunks } from '../../../renderer/db/importChunks';
import { ImportCancelledError } from '../../../renderer/db/importProgress';
import { undoLastChange } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const AT = '2026-11-16T09:00:00.000Z';
const checkIns = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${String(i).padStart(4, '0')}`, createdAt: AT, updatedAt: AT, deletedAt: null, updatedBy: null,
    keyResultId: `k${i}`, date: '2026-11-02', value: i, confidence: 7, note: '', authorId: null, correctsId: null,
  }));

const importAll = (drafts: unknown[], control: Parameters<typeof validateAndAddInChunks>[3] = {}) =>
  applyChange(db, 'Import check-ins', () => validateAndAddInChunks(db, [{ table: 'checkIns', schema: CheckIn, drafts }], 10, control), { prevalidated: true });

describe('validating and adding an import chunk by chunk', () => {
  it('writes every record as one undo step, reporting progress after each chunk in order', async () => {
    const progress: number[] = [];
    await importAll(checkIns(35), { onProgress: (done, total) => progress.push(done, total) });
    expect(progress).toEqual([0, 35, 10, 35, 20, 35, 30, 35, 35, 35]);
    expect(await db.checkIns.count()).toBe(35);
    await undoLastChange(db);
    expect((await db.checkIns.toArray()).every((c) => c.deletedAt !== null)).toBe(true);
  });

  it('writes nothing when a record of a later chunk is invalid, with zod’s message for it', async () => {
    const drafts = checkIns(35);
    drafts[27] = { ...drafts[27]!, confidence: 11 };
    const expected = (() => {
      try {
        parseOrThrow(CheckIn, drafts[27]);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(expected).toMatch(/confidence must be at most 10/);
    await expect(importAll(drafts)).rejects.toThrow(expected);
    expect(await db.checkIns.count()).toBe(0);
  });

  it('stores text as zod returns it (trimmed) when a draft is not already clean', async () => {
    const drafts = checkIns(3);
    drafts[1] = { ...drafts[1]!, note: '  measured on Monday  ' };
    await importAll(drafts);
    expect((await db.checkIns.get('c0001'))?.note).toBe('measured on Monday');
  });

  it('writes nothing when cancelled after the first chunks were written', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const run = importAll(checkIns(55), {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 20) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelledError);
    expect(progress).toContain(20);
    expect(progress.at(-1)).toBeLessThan(55);
    expect(await db.checkIns.count()).toBe(0);
  });
});

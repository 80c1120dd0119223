import type { z } from 'zod';
import { parseQuickly } from '../../shared/quickCheck';
import type { TeamshapeDb } from './database';
import { throwIfCancelled, type ImportControl } from './importProgress';

/** Records of one table to add, not yet checked: each is validated with `schema` just before its chunk is written. */
export interface UncheckedBatch {
  table: string;
  schema: z.ZodType;
  drafts: readonly unknown[];
}

/**
 * Validates (shared/quickCheck.ts: zod's checks and messages, without a copy of each record) and adds large imports chunk by chunk inside the caller's transaction (the one write
 * path's change), with progress and cancel between chunks. One chunk is written while the next is
 * validated: IndexedDB works through a chunk while this thread checks the next one, instead of
 * each waiting for the other. Any invalid record or a cancel throws, so the transaction writes nothing.
 */
export async function validateAndAddInChunks(db: TeamshapeDb, batches: readonly UncheckedBatch[], chunkSize: number, control: ImportControl): Promise<void> {
  const total = batches.reduce((sum, batch) => sum + batch.drafts.length, 0);
  let done = 0;
  control.onProgress?.(0, total);
  let writing: Promise<void> | null = null;
  for (const { table, schema, drafts } of batches) {
    for (let at = 0; at < drafts.length; at += chunkSize) {
      throwIfCancelled(control.signal);
      const end = Math.min(at + chunkSize, drafts.length);
      const chunk = new Array<unknown>(end - at);
      for (let i = at; i < end; i++) chunk[i - at] = parseQuickly(schema, drafts[i]);
      const written: Promise<void> = db
        .table(table)
        .bulkAdd(chunk)
        .then(() => {
          done += chunk.length;
          control.onProgress?.(done, total);
        });
      // Awaited below (or the transaction fails with the first error): never an unhandled rejection.
      written.catch(() => undefined);
      if (writing) await writing;
      writing = written;
    }
  }
  if (writing) await writing;
  throwIfCancelled(control.signal);
}

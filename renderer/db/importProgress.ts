/** How a long import reports where it is and how it is stopped. */
export interface ImportControl {
  /** Called after each chunk is written: done of total records. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting it before the commit writes nothing. */
  signal?: AbortSignal;
}

/** The import was cancelled before it committed: nothing was written. */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled: nothing was written.');
    this.name = 'ImportCancelledError';
  }
}

/** Records per write: small enough for the progress bar to move and Cancel to be heard, large enough to stay fast. */
export const IMPORT_CHUNK = 500;

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelledError();
}

/** Adds records chunk by chunk inside the caller's transaction, reporting progress and honouring cancel. */
export async function addInChunks<T>(
  table: { bulkAdd: (items: readonly T[]) => Promise<unknown> },
  records: readonly T[],
  progress: { done: number; total: number },
  control: ImportControl,
): Promise<void> {
  for (let start = 0; start < records.length; start += IMPORT_CHUNK) {
    throwIfCancelled(control.signal);
    const chunk = records.slice(start, start + IMPORT_CHUNK);
    await table.bulkAdd(chunk);
    progress.done += chunk.length;
    control.onProgress?.(progress.done, progress.total);
  }
}

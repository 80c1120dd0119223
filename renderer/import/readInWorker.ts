import type { ReadOptions, ReadOutcome } from '../../shared/import/table';
import type { FileToRead } from './readTable';
import type { ReaderRequest, ReaderResponse } from './readerProtocol';

type Pending = { resolve: (outcome: ReadOutcome) => void; name: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: (name: string) => string): void {
  for (const [id, request] of pending) {
    pending.delete(id);
    request.resolve({ ok: false, message: message(request.name) });
  }
}

function readerWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module', name: 'Teamshape file reader' });
  created.onmessage = (event: MessageEvent<ReaderResponse>) => {
    const request = pending.get(event.data.id);
    pending.delete(event.data.id);
    request?.resolve(event.data.outcome);
  };
  created.onerror = (event) => {
    event.preventDefault();
    // A crashed worker (out of memory on a huge file) is replaced for the next file.
    created.terminate();
    if (worker === created) worker = null;
    failAll((name) => `${name} could not be read: the reader stopped (${event.message || 'out of memory?'}). Split the file into smaller ones and retry.`);
  };
  worker = created;
  return created;
}

/**
 * Reads a file off the main thread. The caller keeps its bytes (they are copied to the worker),
 * so it can read them again with another encoding, separator or sheet. Where no Worker exists
 * (tests in jsdom), it reads on the page instead.
 */
export async function readTable(file: FileToRead, options: ReadOptions = {}): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined') {
    const { readTableFile } = await import('./readTable');
    return readTableFile(file, options);
  }
  const id = nextId++;
  return new Promise<ReadOutcome>((resolve) => {
    pending.set(id, { resolve, name: file.name });
    const request: ReaderRequest = { id, name: file.name, bytes: file.bytes, options };
    readerWorker().postMessage(request);
  });
}

import type { ReadOptions, ReadOutcome } from '../../shared/import/table';

/** One file to read, posted to the reader worker. */
export interface ReaderRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

export interface ReaderResponse {
  id: number;
  outcome: ReadOutcome;
}

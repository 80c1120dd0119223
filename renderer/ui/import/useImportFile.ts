import { useCallback, useRef, useState } from 'react';
import { openImportFile, readTable, type FileToRead, type ReadOptions, type ReadTable } from '../../import';
import type { FileFilter } from '../../platform';

const NO_OPTIONS: ReadOptions = {};

export interface ImportFileChoice {
  /** What the open dialog offers (default: spreadsheets and text tables). */
  filters?: FileFilter[];
  /**
   * Takes a chosen file that is no table (the OKR import hands a document to the outline preview):
   * true when it took the file, or why it could not read it; either way the file is not read as a table.
   */
  divert?: (file: FileToRead) => Promise<boolean | string>;
}

export interface ImportFileState {
  table: ReadTable | null;
  reading: boolean;
  /** Why the file cannot be read, as one sentence for the person importing. */
  error: string | null;
  /** Asks for a file and reads it (in the reader worker). */
  pick: () => Promise<void>;
  /** Reads the same file again with another encoding, separator or sheet. */
  reread: (options: ReadOptions) => Promise<void>;
}

/**
 * The file an import works on: picked once, read off the main thread, re-read on request.
 * `defaults` steer every read ("prefer the people sheet"); a choice made in the dialog adds to them.
 */
export function useImportFile(defaults: ReadOptions = NO_OPTIONS, choice: ImportFileChoice = {}): ImportFileState {
  const { filters, divert } = choice;
  const file = useRef<FileToRead | null>(null);
  const latest = useRef(0);
  const [table, setTable] = useState<ReadTable | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = useCallback(async (source: FileToRead, options: ReadOptions) => {
    const ticket = ++latest.current;
    setReading(true);
    setError(null);
    try {
      const outcome = await readTable(source, { ...defaults, ...options });
      if (ticket !== latest.current) return;
      if (outcome.ok) setTable(outcome.table);
      else {
        setTable(null);
        setError(outcome.message);
      }
    } catch (cause) {
      if (ticket === latest.current) setError(`${source.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      if (ticket === latest.current) setReading(false);
    }
  }, [defaults]);

  const pick = useCallback(async () => {
    setError(null);
    let chosen: FileToRead | null;
    try {
      chosen = await openImportFile(filters);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
      return;
    }
    if (!chosen) return;
    const diverted = divert ? await divert(chosen) : false;
    if (typeof diverted === 'string') {
      file.current = null;
      setTable(null);
      setError(diverted);
    }
    if (diverted !== false) return;
    file.current = chosen;
    await read(chosen, {});
  }, [read, filters, divert]);

  const reread = useCallback(
    async (options: ReadOptions) => {
      if (file.current) await read(file.current, options);
    },
    [read],
  );

  return { table, reading, error, pick, reread };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ImportCancelledError } from '../../db';
import { errorMessage } from '../fieldErrors';

export interface ImportCommitControls {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export interface ImportCommit {
  busy: boolean;
  progress: { done: number; total: number } | null;
  cancelling: boolean;
  /** Why nothing was imported, as one sentence; null after a success or before any attempt. */
  error: string | null;
  /** Runs one import transaction with progress and a real cancel: its result once committed, null when nothing was written. */
  run: <T>(total: number, commit: (controls: ImportCommitControls) => Promise<T>) => Promise<{ value: T } | null>;
  cancel: () => void;
}

/** The commit step every import shares: progress, cancel (also by closing the dialog), and what went wrong. */
export function useImportCommit(): ImportCommit {
  const abort = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Closing the dialog during the commit cancels it: nothing is written.
  useEffect(() => () => abort.current?.abort(), []);

  const run = useCallback(async <T,>(total: number, commit: (controls: ImportCommitControls) => Promise<T>): Promise<{ value: T } | null> => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ done: 0, total });
    try {
      return { value: await commit({ signal: controller.signal, onProgress: (done, all) => setProgress({ done, total: all }) }) };
    } catch (cause) {
      setError(cause instanceof ImportCancelledError ? 'Import cancelled: nothing was written.' : `Nothing was imported: ${errorMessage(cause)}`);
      return null;
    } finally {
      abort.current = null;
      setProgress(null);
      setCancelling(false);
    }
  }, []);

  const cancel = useCallback(() => {
    setCancelling(true);
    abort.current?.abort();
  }, []);

  return { busy: progress !== null, progress, cancelling, error, run, cancel };
}

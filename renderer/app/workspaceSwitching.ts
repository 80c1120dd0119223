import { getWorkspaceDirectory, onWorkspaceSwitched, pruneWorkspaces } from '../db';
import { nowIso } from '../../shared/clock';

/** Snapshot clean-up waits until the first screen is up: it is never on the start-up path. */
const PRUNE_AFTER_MS = 10_000;

/**
 * Started once by the app: when another window restores, merges or undoes one, the workspace is in
 * another database, so this window reloads onto it; snapshots older than seven days are deleted.
 */
export function startWorkspaceSwitching(reload: () => void = () => window.location.reload()): () => void {
  const stop = onWorkspaceSwitched(reload);
  const timer = setTimeout(() => {
    pruneWorkspaces(getWorkspaceDirectory(), nowIso()).catch((error: unknown) => console.warn('Teamshape could not delete expired snapshots; it will try again next start.', error));
  }, PRUNE_AFTER_MS);
  return () => {
    stop();
    clearTimeout(timer);
  };
}

import type { TeamshapeDb } from './database';

/** Where a long undo or redo is: shown by the undo toast whichever control started it (keyboard, toast, history). */
export interface UndoProgress {
  action: 'undo' | 'redo';
  label: string;
  done: number;
  total: number;
}

const listeners = new WeakMap<TeamshapeDb, Set<(progress: UndoProgress | null) => void>>();

/** Hears each progress report of this window's undo and redo, and null when the step has ended. */
export function onUndoProgress(db: TeamshapeDb, listener: (progress: UndoProgress | null) => void): () => void {
  let set = listeners.get(db);
  if (!set) listeners.set(db, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function reportUndoProgress(db: TeamshapeDb, progress: UndoProgress | null): void {
  for (const listener of listeners.get(db) ?? []) listener(progress);
}

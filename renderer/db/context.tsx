import { createContext, useContext, type ReactNode } from 'react';
import { TeamshapeDb } from './database';

let appDb: TeamshapeDb | undefined;

/** The app's one database, opened lazily so tests and tools can supply their own instead. */
export function getAppDb(): TeamshapeDb {
  if (!appDb) {
    appDb = new TeamshapeDb();
    appDb.windowId = tabWindowId(appDb.windowId);
  }
  return appDb;
}

/** One undo history per browser tab or desktop window, kept across reloads of it. */
function tabWindowId(fresh: string): string {
  try {
    const kept = sessionStorage.getItem('teamshape.windowId');
    if (kept) return kept;
    sessionStorage.setItem('teamshape.windowId', fresh);
  } catch {
    // No session storage (a locked-down profile): a new history per load.
  }
  return fresh;
}

const DbContext = createContext<TeamshapeDb | null>(null);

export function DbProvider({ db, children }: { db: TeamshapeDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): TeamshapeDb {
  return useContext(DbContext) ?? getAppDb();
}

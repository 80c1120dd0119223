import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_DB_NAME, TeamshapeDb } from './database';
import { WorkspaceDirectory, currentWorkspaceName } from './workspaceDirectory';

let appDb: TeamshapeDb | undefined;
let appDbName = DEFAULT_DB_NAME;
let directory: WorkspaceDirectory | undefined;

/** The meta database that says which database holds the workspace (restores switch it). */
export function getWorkspaceDirectory(): WorkspaceDirectory {
  directory ??= new WorkspaceDirectory();
  return directory;
}

/**
 * Called once before the app renders: finds which database the workspace is in (a restore may have
 * moved it). If the meta database cannot be read, the original database is the answer.
 */
export async function locateAppDb(): Promise<string> {
  try {
    appDbName = await currentWorkspaceName(getWorkspaceDirectory());
  } catch (error) {
    console.warn('Teamshape could not read which database holds the workspace; opening the original one.', error);
  }
  return appDbName;
}

/** The app's one database, opened lazily so tests and tools can supply their own instead. */
export function getAppDb(): TeamshapeDb {
  if (!appDb) {
    appDb = new TeamshapeDb(appDbName);
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
const DirectoryContext = createContext<WorkspaceDirectory | null>(null);

/** Tests and tools hand in their own database (and meta database); the app uses its own. */
export function DbProvider({ db, directory, children }: { db: TeamshapeDb; directory?: WorkspaceDirectory; children: ReactNode }) {
  return (
    <DbContext.Provider value={db}>
      <DirectoryContext.Provider value={directory ?? null}>{children}</DirectoryContext.Provider>
    </DbContext.Provider>
  );
}

export function useDb(): TeamshapeDb {
  return useContext(DbContext) ?? getAppDb();
}

export function useWorkspaceDirectory(): WorkspaceDirectory {
  return useContext(DirectoryContext) ?? getWorkspaceDirectory();
}

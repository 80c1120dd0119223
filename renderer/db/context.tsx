import { createContext, useContext, type ReactNode } from 'react';
import { TeamshapeDb } from './database';

let appDb: TeamshapeDb | undefined;

/** The app's one database, opened lazily so tests and tools can supply their own instead. */
export function getAppDb(): TeamshapeDb {
  appDb ??= new TeamshapeDb();
  return appDb;
}

const DbContext = createContext<TeamshapeDb | null>(null);

export function DbProvider({ db, children }: { db: TeamshapeDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): TeamshapeDb {
  return useContext(DbContext) ?? getAppDb();
}

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { TeamshapeDb } from '../../renderer/db/database';
import { DbProvider } from '../../renderer/db/context';
import { WorkspaceDirectory, currentWorkspaceName } from '../../renderer/db/workspaceDirectory';

let counter = 0;

/**
 * Renders a screen against its own fresh database, inside a router, as the app does. `path` may
 * be a function that seeds the database first and returns the address to open.
 */
export async function renderWithDb(ui: ReactElement, path: string | ((db: TeamshapeDb) => Promise<string>) = '/teams') {
  counter += 1;
  const db = new TeamshapeDb(`component-${counter}-${Date.now()}`);
  await db.open();
  // Its own meta database too: a restore switches which database holds the workspace there.
  const directory = new WorkspaceDirectory(`component-meta-${counter}-${Date.now()}`);
  const entry = typeof path === 'string' ? path : await path(db);
  const view = render(
    <DbProvider db={db} directory={directory}>
      <MemoryRouter initialEntries={[entry]}>{ui}</MemoryRouter>
    </DbProvider>,
  );
  return { db, directory, ...view };
}

/** The database a restore switched the workspace to (open; the caller closes it). */
export async function switchedDb(directory: WorkspaceDirectory): Promise<TeamshapeDb> {
  const target = new TeamshapeDb(await currentWorkspaceName(directory));
  await target.open();
  return target;
}

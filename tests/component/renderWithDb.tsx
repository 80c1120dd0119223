import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { TeamshapeDb } from '../../renderer/db/database';
import { DbProvider } from '../../renderer/db/context';

let counter = 0;

/**
 * Renders a screen against its own fresh database, inside a router, as the app does. `path` may
 * be a function that seeds the database first and returns the address to open.
 */
export async function renderWithDb(ui: ReactElement, path: string | ((db: TeamshapeDb) => Promise<string>) = '/teams') {
  counter += 1;
  const db = new TeamshapeDb(`component-${counter}-${Date.now()}`);
  await db.open();
  const entry = typeof path === 'string' ? path : await path(db);
  const view = render(
    <DbProvider db={db}>
      <MemoryRouter initialEntries={[entry]}>{ui}</MemoryRouter>
    </DbProvider>,
  );
  return { db, ...view };
}

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { TeamshapeDb } from '../../renderer/db/database';
import { DbProvider } from '../../renderer/db/context';

let counter = 0;

/** Renders a screen against its own fresh database, inside a router, as the app does. */
export async function renderWithDb(ui: ReactElement, path = '/teams') {
  counter += 1;
  const db = new TeamshapeDb(`component-${counter}-${Date.now()}`);
  await db.open();
  const view = render(
    <DbProvider db={db}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </DbProvider>,
  );
  return { db, ...view };
}

import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { DbProvider } from '../../renderer/db/context';
import { TeamshapeDb } from '../../renderer/db/database';
import { resetClock, setClock } from '../../shared/clock';
import { LIVE_PLAN_ID } from '../../shared/model';
import { addKeyResult, createObjective } from '../../renderer/db/okrs';
import { createTeam } from '../../renderer/db/teams';

/** 16 November 2026, mid-morning: Q4 2026 is 51 % elapsed. */
export const TODAY = '2026-11-16';

export function fixClock(): () => void {
  setClock(() => new Date(2026, 10, 16, 10, 0, 0));
  return resetClock;
}

/** jsdom has no ResizeObserver; the responsive chart only needs one to exist. */
export function stubResizeObserver(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

let counter = 0;

export async function freshOkrDb(): Promise<TeamshapeDb> {
  counter += 1;
  const db = new TeamshapeDb(`okr-component-${counter}-${Date.now()}`);
  await db.open();
  return db;
}

/** Renders a page under its route pattern (so it reads its :id as in the app) against `db`. */
export function renderRoute(db: TeamshapeDb, element: ReactElement, pattern: string, url: string) {
  return render(
    <DbProvider db={db}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={pattern} element={element} />
        </Routes>
      </MemoryRouter>
    </DbProvider>,
  );
}

export async function sharedObjective(db: TeamshapeDb) {
  const portal = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Customer Portal' });
  const desk = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Service Desk' });
  const objective = await createObjective(db, { title: 'Customers help themselves', periodId: 'period:2026-Q4', ownerTeamIds: [portal.id, desk.id] });
  const keyResult = await addKeyResult(db, { objectiveId: objective.id, title: 'Share solved in the portal', metric: 'increase', start: 20, target: 45, unit: '%' });
  return { portal, desk, objective, keyResult };
}

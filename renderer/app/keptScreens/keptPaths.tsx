import type { ReactNode } from 'react';
import { TeamsPage } from '../../features/teams/TeamsPage';
import { PeoplePage } from '../../features/people/PeoplePage';
import { OkrsPage } from '../../features/okrs/OkrsPage';
import { CheckInsDuePage } from '../../features/okrs/CheckInsDuePage';
import { ChartsPage } from '../../features/charts/ChartsPage';

/** The main list screens: once visited, kept while another screen shows, so coming back rebuilds nothing. */
export const KEPT_SCREENS: Readonly<Record<string, () => ReactNode>> = {
  '/teams': () => <TeamsPage />,
  '/people': () => <PeoplePage />,
  '/okrs': () => <OkrsPage />,
  '/okrs/check-ins': () => <CheckInsDuePage />,
  '/charts': () => <ChartsPage />,
};

import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout';
import { KeptRoute } from './keptScreens/KeptRoute';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';
import { TeamView } from '../features/teams/TeamView';
import { ObjectivePage } from '../features/okrs/ObjectivePage';
import { KeyResultPage } from '../features/okrs/KeyResultPage';
import { TeamOkrsPage } from '../features/okrs/TeamOkrsPage';
import { OrganisationOkrsPage } from '../features/okrs/OrganisationOkrsPage';
import { QuarterReviewPage } from '../features/okrs/QuarterReviewPage';
import { ChartPrintView } from '../features/charts/ChartPrintView';
import { SettingsPage } from '../features/settings/SettingsPage';
import { PlansPage } from '../features/scenarios/PlansPage';
import { ComparePage } from '../features/scenarios/ComparePage';
import { ComparisonPrintView } from '../features/scenarios/ComparisonPrintView';
import { DesignPage } from '../features/design/DesignPage';
import { CollaborationMapPage } from '../features/design/map/CollaborationMapPage';
import { CollaborationMapPrintView } from '../features/design/map/CollaborationMapPrintView';
import { TeamApiScreen } from '../features/teams/teamApi/TeamApiScreen';
import { TeamApiPrintView } from '../features/teams/teamApi/TeamApiPrintView';

/** Hash routing needs no server fallback under app:// or in the print window. */
export const appRouter = createHashRouter([
  // The chart print view is a document of pages, outside the app's shell (no navigation).
  { path: '/print/chart', element: <ChartPrintView />, errorElement: <RouteError /> },
  { path: '/print/comparison', element: <ComparisonPrintView />, errorElement: <RouteError /> },
  { path: '/print/collaboration-map', element: <CollaborationMapPrintView />, errorElement: <RouteError /> },
  { path: '/print/team-api', element: <TeamApiPrintView />, errorElement: <RouteError /> },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/teams" replace /> },
      { path: 'teams', element: <KeptRoute path="/teams" /> },
      { path: 'teams/:teamId', element: <TeamView /> },
      { path: 'teams/:teamId/api', element: <TeamApiScreen /> },
      { path: 'people', element: <KeptRoute path="/people" /> },
      { path: 'okrs', element: <KeptRoute path="/okrs" /> },
      { path: 'okrs/objectives/:objectiveId', element: <ObjectivePage /> },
      { path: 'okrs/key-results/:keyResultId', element: <KeyResultPage /> },
      { path: 'okrs/teams/:teamId', element: <TeamOkrsPage /> },
      { path: 'okrs/organisation', element: <OrganisationOkrsPage /> },
      { path: 'okrs/check-ins', element: <KeptRoute path="/okrs/check-ins" /> },
      { path: 'okrs/review', element: <QuarterReviewPage /> },
      { path: 'charts', element: <KeptRoute path="/charts" /> },
      { path: 'design', element: <DesignPage /> },
      { path: 'map', element: <CollaborationMapPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'plans', element: <PlansPage /> },
      { path: 'plans/compare', element: <ComparePage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

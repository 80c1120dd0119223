import { RouterProvider } from 'react-router';
import { appRouter } from './routes';

export function App() {
  // Navigations render at once, not as transitions: a transition is batched with every other pending
  // one, so a screen's below-the-fold rendering (firstScreen.ts) would hold up the next screen.
  return <RouterProvider router={appRouter} useTransitions={false} />;
}

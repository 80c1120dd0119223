import { RouterProvider } from 'react-router';
import { appRouter } from './routes';
import { KeptScreensHost } from './keptScreens/KeptScreensHost';

export function App() {
  // Navigations render at once, not as transitions: a transition is batched with every other pending
  // one, so a screen's below-the-fold rendering (firstScreen.ts) would hold up the next screen.
  // The main screens are kept outside the router (keptScreens/): a navigation re-renders none of them.
  return (
    <>
      <RouterProvider router={appRouter} useTransitions={false} />
      <KeptScreensHost />
    </>
  );
}

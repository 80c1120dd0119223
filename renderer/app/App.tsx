import { RouterProvider } from 'react-router';
import { appRouter } from './routes';

export function App() {
  return <RouterProvider router={appRouter} />;
}

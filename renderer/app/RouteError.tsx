import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import styles from './AppLayout.module.css';

/** Shown for an unknown address or a screen that crashed; the data itself is untouched. */
export function RouteError() {
  const error = useRouteError();
  const notFound = error === undefined || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <div className={styles.errorPage} role="alert">
      <h1>{notFound ? 'This page does not exist' : 'Something went wrong on this screen'}</h1>
      <p>
        {notFound
          ? 'The address may be from an older version of Teamshape.'
          : `Your data is safe: nothing was changed. The error was: ${error instanceof Error ? error.message : String(error)}`}
      </p>
      <p>
        <Link to="/teams">Go to Teams</Link>
      </p>
    </div>
  );
}

import { Link, useLocation } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

/** An address the app does not know (an old bookmark, a typo): say so inside the app, never crash. */
export function NotFound() {
  const { pathname, search } = useLocation();
  return (
    <section aria-label="Page not found">
      <PageHeader title="Page not found" summary={`Teamshape has no page at “${pathname}”. It may be from an older version, or mistyped.`} />
      <p>
        <Link to={{ pathname: '/teams', search }}>Go to Teams</Link> or press Ctrl/⌘+K to find a command or a team.
      </p>
    </section>
  );
}

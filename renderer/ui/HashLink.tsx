import { createPath, type To } from 'react-router';
import type { AnchorHTMLAttributes } from 'react';

/** The address of an in-app path under the hash router: `#/okrs/objectives/o1?period=…`. */
export function hashHref(to: To): string {
  return `#${typeof to === 'string' ? to : createPath(to)}`;
}

/**
 * A link to an absolute in-app path as a plain anchor, for links repeated down long lists (objective
 * cards, key results, check-in rows). The router follows the address change as it does any other;
 * its <Link> instead looks up <base> and runs effects for every link it renders, which a list of
 * cards pays again on each period switch and each time a kept screen is shown or hidden.
 */
export function HashLink({ to, ...props }: { to: To } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return <a href={hashHref(to)} {...props} />;
}

import { useCallback } from 'react';
import { useLocation, type To } from 'react-router';

/** Links between OKR screens keep the query (?period=…, ?plan=…), like the main navigation. */
export function useOkrLink(): (pathname: string) => To {
  const { search } = useLocation();
  return useCallback((pathname: string) => ({ pathname, search }), [search]);
}

export const okrPaths = {
  list: '/okrs',
  organisation: '/okrs/organisation',
  checkIns: '/okrs/check-ins',
  review: '/okrs/review',
  objective: (id: string) => `/okrs/objectives/${encodeURIComponent(id)}`,
  keyResult: (id: string) => `/okrs/key-results/${encodeURIComponent(id)}`,
  team: (id: string) => `/okrs/teams/${encodeURIComponent(id)}`,
};

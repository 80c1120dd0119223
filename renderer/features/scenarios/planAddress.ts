import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LIVE_PLAN_ID } from '../../../shared/model';

/** The query string with another plan selected (none for the live organisation), other parameters kept. */
export function searchWithPlan(search: string, planId: string): string {
  const params = new URLSearchParams(search);
  if (planId === LIVE_PLAN_ID) params.delete('plan');
  else params.set('plan', planId);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Switches the selected plan, which lives in the address: the same page shows the other plan. A
 * team's page goes back to the board (a team belongs to one plan).
 */
export function useSwitchPlan(): (planId: string, pathname?: string) => void {
  const navigate = useNavigate();
  const location = useLocation();
  return useCallback(
    (planId: string, pathname?: string) => {
      const current = location.pathname.startsWith('/teams/') ? '/teams' : location.pathname;
      navigate({ pathname: pathname ?? current, search: searchWithPlan(location.search, planId) });
    },
    [navigate, location.pathname, location.search],
  );
}

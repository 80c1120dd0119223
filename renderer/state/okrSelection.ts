import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSelectedPeriodId } from './selection';

/**
 * The OKR screens' selection, in the URL like the plan: ?period=… (default: the current quarter)
 * and ?team=… (the team filter; absent means all teams). A reload or second window agrees.
 */
export function useOkrSelection(today: string) {
  const [params, setParams] = useSearchParams();
  const periodId = useSelectedPeriodId(today);
  const teamId = params.get('team');
  // The setters stay the same functions across selections (setParams changes with every address), so
  // a memoised field such as the 500-team filter is not rendered again when only the period changes.
  const latestSetParams = useRef(setParams);
  useLayoutEffect(() => {
    latestSetParams.current = setParams;
  }, [setParams]);
  const update = useCallback(
    (key: 'period' | 'team', value: string | null) =>
      latestSetParams.current((previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const setPeriodId = useCallback((id: string) => update('period', id), [update]);
  const setTeamId = useCallback((id: string | null) => update('team', id), [update]);
  return { periodId, teamId, setPeriodId, setTeamId };
}

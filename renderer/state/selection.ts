import { useSearchParams } from 'react-router';
import { LIVE_PLAN_ID, quarterOf } from '../../shared/model';

/** The selected plan lives in the URL (?plan=…) so a reload or second window shows the same thing. */
export function useSelectedPlanId(): string {
  const [params] = useSearchParams();
  return params.get('plan') ?? LIVE_PLAN_ID;
}

/** The selected OKR period lives in the URL (?period=…); by default the current quarter. */
export function useSelectedPeriodId(today: string): string {
  const [params] = useSearchParams();
  return params.get('period') ?? quarterOf(today).id;
}

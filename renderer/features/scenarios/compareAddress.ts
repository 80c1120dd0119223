/** The compare view's address: baseline and candidates in the query, the selected plan kept. */
export function compareAddress(baselinePlanId: string, candidatePlanIds: readonly string[], search = ''): { pathname: string; search: string } {
  const params = new URLSearchParams(search);
  params.set('base', baselinePlanId);
  params.set('with', candidatePlanIds.join(','));
  return { pathname: '/plans/compare', search: `?${params.toString()}` };
}

/** Baseline and candidates read back from the compare view's query. */
export function readCompareQuery(search: string, fallbackBaseline: string): { baselinePlanId: string; candidatePlanIds: string[] } {
  const params = new URLSearchParams(search);
  const candidatePlanIds = (params.get('with') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  return { baselinePlanId: params.get('base') || fallbackBaseline, candidatePlanIds: [...new Set(candidatePlanIds)] };
}

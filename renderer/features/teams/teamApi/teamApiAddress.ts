/** Where a team's Team API page and its print view live (hash routes; the plan stays in the query). */
export function teamApiPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/api`;
}

export function teamApiPrintSearch(planId: string, teamId: string, autoPrint: boolean): string {
  const params = new URLSearchParams({ plan: planId, team: teamId });
  if (autoPrint) params.set('autoprint', '1');
  return `?${params.toString()}`;
}

/** The team a path of a team's pages is about (/teams/:id or /teams/:id/api), or null. */
export function teamIdInPath(pathname: string): string | null {
  const match = /^\/teams\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

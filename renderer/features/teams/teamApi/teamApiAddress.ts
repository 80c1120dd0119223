/** Where a team's Team API page and its print view live (hash routes; the plan stays in the query). */
export function teamApiPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}/api`;
}

/** The team a path of a team's pages is about (/teams/:id or /teams/:id/api), or null. */
export function teamIdInPath(pathname: string): string | null {
  const match = /^\/teams\/([^/]+)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** "Team API - Payments Platform - 2026-11-16.pdf", without characters a file name cannot hold. */
export function teamApiFileName(teamName: string, date: string): string {
  return `${`Team API - ${teamName} - ${date}`.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 180)}.pdf`;
}

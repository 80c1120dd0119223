/**
 * The note that this computer's Teamshape had a workspace, kept OUTSIDE the browser's storage (a
 * file written by main on desktop, by the local server in browser mode). When the browser evicts
 * or clears its storage, the workspace and everything beside it are gone together; this note is
 * not, so the app can say what probably happened instead of greeting the user as a newcomer.
 */
import { z } from 'zod';

const Count = z.number().int().nonnegative().max(10_000_000);

export const WorkspaceMarker = z.strictObject({
  /** True while the workspace held teams or people; false once the user chose to start afresh. */
  hadData: z.boolean(),
  teams: Count,
  people: Count,
  objectives: Count,
  /** When the app last saw the workspace with this much in it (ISO 8601 UTC). */
  lastSeenAt: z.iso.datetime(),
});
export type WorkspaceMarker = z.infer<typeof WorkspaceMarker>;

/** Largest marker body the local server accepts. */
export const WORKSPACE_MARKER_MAX_BYTES = 4 * 1024;

/** The workspace is empty now, yet the note says it held data: probably evicted or cleared by the browser. */
export function looksEvicted(marker: WorkspaceMarker | null, workspaceEmpty: boolean): marker is WorkspaceMarker & { hadData: true } {
  return workspaceEmpty && marker !== null && marker.hadData && marker.teams + marker.people > 0;
}

/**
 * Whether the note needs writing: the workspace holds data and the note is missing, says
 * otherwise, or is older than a day (so "last seen" stays roughly true without a write per edit).
 */
export function markerIsStale(marker: WorkspaceMarker | null, now: WorkspaceMarker): boolean {
  if (!now.hadData) return marker?.hadData !== false;
  if (!marker?.hadData) return true;
  if (marker.teams !== now.teams || marker.people !== now.people || marker.objectives !== now.objectives) return true;
  return Date.parse(now.lastSeenAt) - Date.parse(marker.lastSeenAt) > 24 * 60 * 60 * 1000;
}

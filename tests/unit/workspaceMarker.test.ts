import { describe, expect, it } from 'vitest';
import { WorkspaceMarker, looksEvicted, markerIsStale } from '../../shared/workspaceMarker';

const seen = (over: Partial<WorkspaceMarker> = {}): WorkspaceMarker => ({ hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-11-16T09:00:00.000Z', ...over });

describe('the note that a workspace existed', () => {
  it('suspects an eviction only when the workspace is empty and the note says it held teams or people', () => {
    expect(looksEvicted(seen(), true)).toBe(true);
    expect(looksEvicted(seen(), false)).toBe(false);
    expect(looksEvicted(null, true)).toBe(false);
    expect(looksEvicted(seen({ hadData: false }), true)).toBe(false);
    expect(looksEvicted(seen({ teams: 0, people: 0 }), true)).toBe(false);
  });

  it('is rewritten when missing, when the counts changed, or once a day; not on every look', () => {
    expect(markerIsStale(null, seen())).toBe(true);
    expect(markerIsStale(seen(), seen({ lastSeenAt: '2026-11-16T18:00:00.000Z' }))).toBe(false);
    expect(markerIsStale(seen(), seen({ teams: 13 }))).toBe(true);
    expect(markerIsStale(seen(), seen({ lastSeenAt: '2026-11-17T09:00:01.000Z' }))).toBe(true);
    expect(markerIsStale(seen({ hadData: false }), seen())).toBe(true);
    expect(markerIsStale(seen(), seen({ hadData: false, teams: 0, people: 0, objectives: 0 }))).toBe(true);
    expect(markerIsStale(seen({ hadData: false }), seen({ hadData: false }))).toBe(false);
  });

  it('accepts only the fields it defines', () => {
    expect(WorkspaceMarker.safeParse(seen()).success).toBe(true);
    expect(WorkspaceMarker.safeParse({ ...seen(), path: '/etc' }).success).toBe(false);
    expect(WorkspaceMarker.safeParse({ ...seen(), teams: -1 }).success).toBe(false);
    expect(WorkspaceMarker.safeParse({ ...seen(), lastSeenAt: 'yesterday' }).success).toBe(false);
  });
});

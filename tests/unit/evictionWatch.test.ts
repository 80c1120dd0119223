import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_PLAN_ID } from '../../shared/model';
import type { WorkspaceMarker } from '../../shared/workspaceMarker';
import { startEvictionWatch, useEviction } from '../../renderer/app/evictionWatch';
import type { TeamshapeDb } from '../../renderer/db/database';
import { createTeam } from '../../renderer/db/teams';
import { dropDb, freshDb } from './db/testDb';

const HAD: WorkspaceMarker = { hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-11-16T09:00:00.000Z' };
let db: TeamshapeDb;
let stop: () => void = () => {};
beforeEach(async () => {
  db = await freshDb();
  useEviction.setState({ lost: null });
});
afterEach(async () => {
  stop();
  await dropDb(db);
});

describe('watching for an evicted workspace', () => {
  it('tells the user when the workspace is empty but the note outside the browser says it held data', async () => {
    const write = vi.fn(async () => true);
    stop = startEvictionWatch(db, { read: async () => HAD, write });
    await vi.waitFor(() => expect(useEviction.getState().lost).toEqual(HAD));
    expect(write).not.toHaveBeenCalled(); // the note stays as it was until the user answers

    await useEviction.getState().dismiss();
    expect(useEviction.getState().lost).toBeNull();
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ hadData: false, teams: 0, people: 0 }));
  });

  it('says nothing on a first start, and notes the workspace once it holds data', async () => {
    const write = vi.fn(async (_marker: WorkspaceMarker) => true);
    stop = startEvictionWatch(db, { read: async () => null, write, settleMs: 10 });
    await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    await vi.waitFor(() => expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ hadData: true, teams: 1 })));
    expect(useEviction.getState().lost).toBeNull();
  });

  it('does nothing where no note can be kept', async () => {
    const write = vi.fn(async () => true);
    stop = startEvictionWatch(db, { read: async () => 'unavailable', write });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useEviction.getState().lost).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });
});

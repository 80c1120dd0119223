import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SyncController } from '../../../renderer/sync/controller';
import type { WireState } from '../../../renderer/sync/connection';
import { SYNC_OFF } from '../../../renderer/sync/status';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from '../db/testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

interface ControllerInsides {
  connection: { url: string; workspaceId: string; token: string; since: string } | null;
  wireState: WireState | null;
  refresh(): Promise<void>;
  stopRunning(): void;
}

it('a status being worked out when sync stops is dropped, not read from the stopped connection (was: "Cannot read properties of null")', async () => {
  const controller = new SyncController(db, () => undefined);
  const insides = controller as unknown as ControllerInsides;
  insides.connection = { url: 'ws://127.0.0.1:8787', workspaceId: 'abcdefgh12345678', token: 'tok_x', since: '2026-12-01T00:00:00.000Z' };
  insides.wireState = { socket: 'connected', refusal: null, readOnly: false, synced: true, acknowledged: [] };
  const refreshing = insides.refresh();
  // Disconnect while the waiting changes are being counted.
  insides.stopRunning();
  await expect(refreshing).resolves.toBeUndefined();
  expect(controller.status).toBe(SYNC_OFF);
});

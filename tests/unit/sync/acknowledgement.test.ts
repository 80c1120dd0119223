import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { createTeam } from '../../../renderer/db/teams';
import { acknowledge, countWaiting, updatesTable } from '../../../renderer/sync/syncStore';
import { WORKSPACE_DOC } from '../../../renderer/sync/documents';
import { SyncEngine } from '../../../renderer/sync/engine';
import { closeLaptop, laptop, type Laptop } from './laptops';

let a: Laptop;
beforeEach(async () => {
  a = await laptop();
});
afterEach(async () => {
  await closeLaptop(a);
});

it('an acknowledgement covers the changes the documents held when it came, not one made while it was being saved (was: "Offline" with a change waiting)', async () => {
  await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  // The server acknowledges every document now; Dexie saves that after the next change.
  const acknowledgedAt = a.engine.localMark();
  await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Checkout' });
  const waitingBefore = await countWaiting(a.db);
  expect(waitingBefore).toBeGreaterThanOrEqual(2);

  await acknowledge(a.db, a.engine.replica.docKeys(), acknowledgedAt);

  const rows = await updatesTable(a.db).toArray();
  const checkout = rows.filter((row) => row.local === 1 && (row.mark ?? 0) > acknowledgedAt);
  expect(checkout.length).toBeGreaterThan(0);
  expect(checkout.every((row) => row.acked === 0)).toBe(true);
  expect(await countWaiting(a.db)).toBe(checkout.length);
  expect(await countWaiting(a.db)).toBeLessThan(waitingBefore);

  await acknowledge(a.db, a.engine.replica.docKeys(), a.engine.localMark());
  expect(await countWaiting(a.db)).toBe(0);
});

it('an acknowledgement of one document leaves another document’s changes waiting', async () => {
  await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  // A team lives in its plan's document, not in the workspace document.
  expect((await updatesTable(a.db).toArray()).some((row) => row.doc !== WORKSPACE_DOC)).toBe(true);
  await acknowledge(a.db, [WORKSPACE_DOC], a.engine.localMark());
  const waiting = (await updatesTable(a.db).toArray()).filter((row) => row.acked === 0);
  expect(waiting.length).toBeGreaterThan(0);
  expect(waiting.every((row) => row.doc !== WORKSPACE_DOC)).toBe(true);
});

it('marks keep increasing after a restart, so an old acknowledgement never covers a new change', async () => {
  await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Payments' });
  const before = a.engine.localMark();
  a.engine.stop();
  const restarted = new SyncEngine(a.db);
  await restarted.start();
  try {
    expect(restarted.localMark()).toBe(before);
    await createTeam(a.db, { planId: LIVE_PLAN_ID, name: 'Checkout' });
    expect(restarted.localMark()).toBeGreaterThan(before);
    await acknowledge(a.db, a.engine.replica.docKeys(), before);
    expect(await countWaiting(a.db)).toBeGreaterThan(0);
  } finally {
    restarted.stop();
    a.engine = new SyncEngine(a.db);
    await a.engine.start();
  }
});

it('updates stored before marks existed are covered by any acknowledgement', async () => {
  await updatesTable(a.db).add({ doc: WORKSPACE_DOC, update: new Uint8Array([0, 0]), local: 1, acked: 0, at: '2026-11-01T09:00:00.000Z' });
  await acknowledge(a.db, [WORKSPACE_DOC], 0);
  expect(await countWaiting(a.db)).toBe(0);
});

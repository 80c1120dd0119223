/**
 * Two (or more) laptops in one test process: each its own database and sync engine, and an
 * exchange that sends each side what the other lacks, the way the server relays updates.
 */
import * as Y from 'yjs';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { SyncEngine, type RejectedRecord } from '../../../renderer/sync/engine';
import { freshDb, dropDb } from '../db/testDb';

export interface Laptop {
  db: TeamshapeDb;
  engine: SyncEngine;
  rejected: RejectedRecord[];
}

export async function laptop(): Promise<Laptop> {
  const db = await freshDb();
  const rejected: RejectedRecord[] = [];
  const engine = new SyncEngine(db, {
    onApplied: (_count, refused) => rejected.push(...refused),
    onError: (error) => {
      throw error;
    },
  });
  await engine.start();
  return { db, engine, rejected };
}

export async function closeLaptop(machine: Laptop): Promise<void> {
  machine.engine.stop();
  await dropDb(machine.db);
}

export function sendMissing(from: Laptop, to: Laptop): boolean {
  let sent = false;
  for (const key of new Set([...from.engine.replica.docKeys(), ...to.engine.replica.docKeys()])) {
    const source = from.engine.replica.doc(key);
    const target = to.engine.replica.doc(key);
    const before = Y.encodeStateVector(target);
    const update = Y.encodeStateAsUpdate(source, before);
    to.engine.replica.receive(key, update);
    if (!sameVector(before, Y.encodeStateVector(target))) sent = true;
  }
  return sent;
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Exchanges updates until neither side has anything new (the merge rule may write once more). */
export async function exchange(...machines: Laptop[]): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let sent = false;
    for (const from of machines) for (const to of machines) if (from !== to) sent = sendMissing(from, to) || sent;
    await Promise.all(machines.map((machine) => machine.engine.settled()));
    if (!sent) return;
  }
  throw new Error('The laptops did not converge in 10 rounds of exchange.');
}

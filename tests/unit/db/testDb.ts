import 'fake-indexeddb/auto';
import { TeamshapeDb } from '../../../renderer/db/database';

let counter = 0;

/** A fresh, uniquely named database per test: no test sees another's data. */
export async function freshDb(): Promise<TeamshapeDb> {
  counter += 1;
  const db = new TeamshapeDb(`teamshape-test-${process.pid}-${counter}-${Date.now()}`);
  await db.open();
  return db;
}

export async function dropDb(db: TeamshapeDb): Promise<void> {
  db.close();
  await db.delete();
}

/** Column mappings remembered on this device, by the header signature of the file they were chosen for. */
import type { TeamshapeDb } from './database';
import { DEVICE_KEYS } from './device';

type Remembered = Record<string, unknown>;

/** How many mappings are kept: the most recent win. */
const KEPT = 50;

async function readAll(db: TeamshapeDb): Promise<Remembered> {
  const row = await db.device.get(DEVICE_KEYS.importMappings);
  return typeof row?.value === 'object' && row.value !== null ? (row.value as Remembered) : {};
}

/** The mapping saved for files with these headers, as stored (the caller checks it still fits). */
export async function readImportMapping(db: TeamshapeDb, signature: string): Promise<unknown> {
  return (await readAll(db))[signature] ?? null;
}

/** Remembers the mapping chosen for a file's headers, for the next import on this device. */
export async function rememberImportMapping(db: TeamshapeDb, signature: string, mapping: object): Promise<void> {
  await db.transaction('rw', db.device, async () => {
    const all = await readAll(db);
    delete all[signature];
    const kept = Object.entries(all).slice(-(KEPT - 1));
    await db.device.put({ key: DEVICE_KEYS.importMappings, value: Object.fromEntries([...kept, [signature, mapping]]) });
  });
}

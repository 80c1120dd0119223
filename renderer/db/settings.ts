import { DEFAULT_SETTINGS, SETTINGS_ID, Settings } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { currentActor, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type SettingsChanges = Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'updatedBy'>>;

export async function readSettings(db: TeamshapeDb): Promise<Settings> {
  return (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
}

export async function updateSettings(db: TeamshapeDb, changes: SettingsChanges, options: EditOptions = {}): Promise<Settings> {
  return applyChange(db, 'Change settings', async () => {
    const existing = await readSettings(db);
    const settings = parseOrThrow(Settings, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await db.settings.put(settings);
    return settings;
  }, { expected: expectedVersion('settings', SETTINGS_ID, options) });
}

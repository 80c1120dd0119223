import { DEFAULT_SETTINGS, SETTINGS_ID, Settings } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { stampUpdate } from './stamp';

export type SettingsChanges = Partial<Omit<Settings, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'updatedBy'>>;

export async function readSettings(db: TeamshapeDb): Promise<Settings> {
  return (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
}

export async function updateSettings(db: TeamshapeDb, changes: SettingsChanges): Promise<Settings> {
  return db.transaction('rw', db.settings, db.people, async () => {
    const existing = await readSettings(db);
    const meId = changes.meId === undefined ? existing.meId : changes.meId;
    const settings = parseOrThrow(Settings, { ...existing, ...changes, ...stampUpdate(meId) });
    await db.settings.put(settings);
    return settings;
  });
}

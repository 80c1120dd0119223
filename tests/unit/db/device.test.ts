import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { restoreWorkspace } from '../../../renderer/db/backup';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { readMeId, writeMeId } from '../../../renderer/db/device';
import { MissingRecordError } from '../../../renderer/db/errors';
import { createPerson, deletePerson } from '../../../renderer/db/people';
import { readSettings, updateSettings } from '../../../renderer/db/settings';
import { createTeam } from '../../../renderer/db/teams';
import { NOW } from '../backup/backupFixture';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('"this is me", kept on the device', () => {
  it('is nobody until chosen', async () => {
    expect(await readMeId(db)).toBeNull();
  });

  it('is recorded as updatedBy on edits, settings included, and can be cleared', async () => {
    const me = await createPerson(db, { name: 'Me Myself' });
    await writeMeId(db, me.id);
    expect(await readMeId(db)).toBe(me.id);
    expect((await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Mine' })).updatedBy).toBe(me.id);
    expect((await updateSettings(db, { staleAfterDays: 10 })).updatedBy).toBe(me.id);
    await writeMeId(db, null);
    expect(await readMeId(db)).toBeNull();
    expect((await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Anyone' })).updatedBy).toBeNull();
  });

  it('must be a live person of the directory', async () => {
    await expect(writeMeId(db, 'person:nobody')).rejects.toBeInstanceOf(MissingRecordError);
    const gone = await createPerson(db, { name: 'Gone' });
    await deletePerson(db, gone.id);
    await expect(writeMeId(db, gone.id)).rejects.toThrow(/does not exist or was deleted/);
  });

  it('is not part of the settings row', async () => {
    const me = await createPerson(db, { name: 'Me Myself' });
    await writeMeId(db, me.id);
    expect(Object.hasOwn(await readSettings(db), 'meId')).toBe(false);
  });

  it('survives restoring a backup, even a format-1 backup that named someone else', async () => {
    const me = await createPerson(db, { name: 'Me Myself' });
    await writeMeId(db, me.id);
    const v1 = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'backup-v1.json'), 'utf8');
    const result = await restoreWorkspace(db, v1, 'replace', { now: NOW });
    expect(result.formatVersion).toBe(1);
    expect(await readMeId(db)).toBe(me.id);
    expect(await db.device.count()).toBe(1);
  });
});

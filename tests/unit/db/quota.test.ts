import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { isQuotaExceeded, QUOTA_EXCEEDED_MESSAGE } from '../../../renderer/db/quota';
import { restoreWorkspace } from '../../../renderer/db/backup';
import { createTeam } from '../../../renderer/db/teams';
import { errorMessage } from '../../../renderer/ui/fieldErrors';
import { backupText, richTables } from '../backup/backupFixture';
import { dropDb, freshDb } from './testDb';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('recognising a full disk', () => {
  it.each([
    ['the browser’s QuotaExceededError', quota()],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full')],
    ['Dexie’s AbortError wrapping it', new Dexie.AbortError('Transaction aborted', quota())],
    ['a native AbortError whose cause is it', Object.assign(new DOMException('aborted', 'AbortError'), { cause: quota() })],
    ['an AbortError two levels up', new Dexie.AbortError('outer', new Dexie.AbortError('inner', quota()))],
    ['a BulkError whose failure is it', new Dexie.BulkError('1 of 3 failed', { 1: quota() })],
    ['the legacy code 22', { name: 'Error', code: 22 }],
  ])('recognises %s', (_label, error) => {
    expect(isQuotaExceeded(error)).toBe(true);
    expect(errorMessage(error)).toBe(QUOTA_EXCEEDED_MESSAGE);
  });

  it.each([
    ['an AbortError of something else', new Dexie.AbortError('Transaction aborted', new Error('bug'))],
    ['a ConstraintError', new Dexie.ConstraintError('duplicate key')],
    ['a plain error', new Error('nope')],
    ['null', null],
    ['text', 'QuotaExceededError'],
  ])('does not mistake %s for it', (_label, error) => {
    expect(isQuotaExceeded(error)).toBe(false);
  });
});

describe('a write that hits a full disk', () => {
  let db: TeamshapeDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(async () => {
    await dropDb(db);
  });

  function fillTheDisk(table: 'teams' | 'memberships'): () => void {
    const fail = () => {
      throw quota();
    };
    db.table(table).hook('creating', fail);
    return () => db.table(table).hook('creating').unsubscribe(fail);
  }

  it('shows the clear message and keeps everything saved before', async () => {
    const saved = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Saved earlier' });
    const release = fillTheDisk('teams');
    const error = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Too much' }).catch((e: unknown) => e);
    release();
    expect(errorMessage(error)).toBe('Your disk is full: Teamshape could not save this change. Free some space and try again; everything saved before is safe.');
    expect((await db.teams.toArray()).map((t) => t.id)).toEqual(expect.arrayContaining([saved.id]));
    expect(await db.teams.filter((t) => t.name === 'Too much').count()).toBe(0);
  });

  it('a restore that runs out of space half-way changes nothing', async () => {
    const saved = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Saved earlier' });
    const release = fillTheDisk('memberships');
    const error = await restoreWorkspace(db, backupText(richTables()), 'replace').catch((e: unknown) => e);
    release();
    expect(isQuotaExceeded(error)).toBe(true);
    expect(await db.teams.get(saved.id)).toEqual(saved);
    expect(await db.people.count()).toBe(0);
  });
});

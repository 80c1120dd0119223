import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '../../../shared/clock';
import { principleSetId, type PrincipleSetFields } from '../../../shared/model';
import { importPrincipleSets } from '../../../renderer/db/principleSets';
import { undoLastChange } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
let minute = 0;
beforeEach(async () => {
  minute = 0;
  setClock(() => new Date(Date.UTC(2026, 10, 16, 9, 0) + minute++ * 60_000));
  db = await freshDb();
});
afterEach(async () => {
  resetClock();
  await dropDb(db);
});

const platform: PrincipleSetFields = {
  key: 'platform',
  size: { warnBelow: 4, warnAbove: 8, failAbove: 10 },
  roles: [{ roleId: 'role:architect', min: 1, max: 2 }],
  minBusinessShare: null,
  maxTeamsPerPerson: 2,
  maxServices: 4,
  maxObjectivesPerFte: 0.5,
};

describe('importing principle sets', () => {
  it('replaces the listed sets in one undoable change', async () => {
    const before = await db.principleSets.get(principleSetId('platform'));
    const enabling = await db.principleSets.get(principleSetId('enabling'));
    await importPrincipleSets(db, [platform, { ...platform, key: 'enabling', roles: [], maxServices: 0 }], 'rules.json');
    expect(await db.principleSets.get(principleSetId('platform'))).toMatchObject({ size: platform.size, roles: platform.roles, maxServices: 4 });
    expect((await db.principleSets.get(principleSetId('enabling')))?.roles).toEqual([]);
    const undone = await undoLastChange(db);
    expect(undone?.label).toBe('Import principles from rules.json');
    // Undo is a new version of each record (its content as before, a newer updatedAt for merges and sync).
    const content = (set: object | undefined) => ({ ...set, updatedAt: undefined });
    expect(content(await db.principleSets.get(principleSetId('platform')))).toEqual(content(before));
    expect(content(await db.principleSets.get(principleSetId('enabling')))).toEqual(content(enabling));
  });

  it('writes nothing when one set is wrong (a role that does not exist)', async () => {
    const before = await db.principleSets.toArray();
    await expect(importPrincipleSets(db, [platform, { ...platform, key: 'enabling', roles: [{ roleId: 'role:nobody', min: 1, max: null }] }], 'rules.json')).rejects.toThrow(/role/);
    expect(await db.principleSets.toArray()).toEqual(before);
  });
});

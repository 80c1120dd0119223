import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../shared/model';
import { updateDepartments } from '../../../renderer/db/departments';
import { updateRoles } from '../../../renderer/db/roles';
import { readUndoHistory, undoLastChange } from '../../../renderer/db/undo';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { dropDb, freshDb } from './testDb';

let db: TeamshapeDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('a Settings section saved in one step', () => {
  it('saves several roles’ requirements as one undoable change', async () => {
    await updateRoles(db, [
      { roleId: ROLE_IDS.developer, changes: { minPerTeam: 3, maxPerTeam: 6 } },
      { roleId: ROLE_IDS.securityAnalyst, changes: { required: false } },
    ]);
    expect((await db.roles.get(ROLE_IDS.developer))).toMatchObject({ minPerTeam: 3, maxPerTeam: 6 });
    expect((await readUndoHistory(db))[0]!.label).toBe('Edit the requirements of 2 roles');
    await undoLastChange(db);
    expect((await db.roles.get(ROLE_IDS.developer))).toMatchObject({ minPerTeam: 1, maxPerTeam: null });
    expect((await db.roles.get(ROLE_IDS.securityAnalyst))?.required).toBe(true);
  });

  it('writes nothing when one role of the batch is refused', async () => {
    await expect(updateRoles(db, [
      { roleId: ROLE_IDS.developer, changes: { minPerTeam: 2 } },
      { roleId: ROLE_IDS.productOwner, changes: { minPerTeam: 3, maxPerTeam: 1 } },
    ])).rejects.toThrow('maximum per team must not be below the minimum');
    expect((await db.roles.get(ROLE_IDS.developer))?.minPerTeam).toBe(1);
  });

  it('saves department kinds as one undoable change', async () => {
    await updateDepartments(db, [
      { departmentId: 'department:engineering', changes: { kind: 'business' } },
      { departmentId: 'department:security', changes: { kind: 'business' } },
    ]);
    expect((await db.departments.get('department:security'))?.kind).toBe('business');
    expect((await readUndoHistory(db))[0]!.label).toBe('Edit 2 departments');
    await undoLastChange(db);
    expect((await db.departments.get('department:engineering'))?.kind).toBe('technology');
  });
});

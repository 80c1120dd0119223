import { Role } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { currentActor, mustExist, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type RoleChanges = Partial<Pick<Role, 'name' | 'description' | 'required' | 'minPerTeam' | 'maxPerTeam'>>;

/** Role requirements are settings: changing them re-evaluates every team's coverage at once. */
export async function updateRole(db: TeamshapeDb, roleId: string, changes: RoleChanges, options: EditOptions = {}): Promise<Role> {
  return applyChange(db, (role) => `Edit role “${role.name}”`, async () => {
    const existing = await mustExist(db.roles, roleId, 'role');
    const role = parseOrThrow(Role, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    await db.roles.put(role);
    return role;
  }, { expected: expectedVersion('roles', roleId, options) });
}

/**
 * Several roles' requirements saved together (the Settings section's Save): one change, one undo
 * step; nothing is written when one of them is refused.
 */
export async function updateRoles(db: TeamshapeDb, edits: ReadonlyArray<{ roleId: string; changes: RoleChanges }>): Promise<Role[]> {
  return applyChange(db, (roles) => (roles.length === 1 ? `Edit role “${roles[0]!.name}”` : `Edit the requirements of ${roles.length.toLocaleString('en-US')} roles`), async () => {
    const saved: Role[] = [];
    for (const { roleId, changes } of edits) saved.push(await updateRole(db, roleId, changes));
    return saved;
  });
}

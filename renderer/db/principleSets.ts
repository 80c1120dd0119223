import { DEFAULT_PRINCIPLE_KEY, PrincipleSet, principleSetId, type PrincipleSetFields, type PrincipleSetKey } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';

export type PrincipleSetChanges = Partial<Omit<PrincipleSetFields, 'key'>>;

/**
 * Edits one principle set. The Default set's size limits and role requirements are Settings' own
 * (two-pizza limits, role requirements), so they are edited there and refused here.
 */
export async function updatePrincipleSet(db: TeamshapeDb, key: PrincipleSetKey, changes: PrincipleSetChanges, options: EditOptions = {}): Promise<PrincipleSet> {
  const id = principleSetId(key);
  return applyChange(db, () => `Edit the ${key === DEFAULT_PRINCIPLE_KEY ? 'Default' : key} principles`, async () => {
    const existing = await mustExist(db.principleSets, id, 'principle set');
    const set = parseOrThrow(PrincipleSet, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (key === DEFAULT_PRINCIPLE_KEY && (set.size !== null || set.roles !== null)) {
      throw new RuleViolationError('The Default principles’ size limits and role requirements are the two-pizza limits and role requirements above: change them there.');
    }
    for (const rule of set.roles ?? []) await mustExist(db.roles, rule.roleId, 'role');
    await db.principleSets.put(set);
    return set;
  }, { expected: expectedVersion('principleSets', id, options) });
}

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

/**
 * Replaces the rules of every set a principles file lists (shared/exports/principleFile.ts, read
 * against this workspace's roles) as one undoable change; sets the file leaves out stay as they are.
 * Any problem and nothing is written.
 */
export async function importPrincipleSets(db: TeamshapeDb, sets: readonly PrincipleSetFields[], fileName: string): Promise<number> {
  return applyChange(db, () => `Import principles from ${fileName}`, async () => {
    const actor = await currentActor(db);
    for (const fields of sets) {
      const existing = await mustExist(db.principleSets, principleSetId(fields.key), 'principle set');
      const set = parseOrThrow(PrincipleSet, { ...existing, ...fields, ...stampUpdate(actor) });
      if (set.key === DEFAULT_PRINCIPLE_KEY && (set.size !== null || set.roles !== null)) {
        throw new RuleViolationError('The Default principles’ size limits and role requirements are the two-pizza limits and role requirements of Settings: the file must leave them empty.');
      }
      for (const rule of set.roles ?? []) await mustExist(db.roles, rule.roleId, 'role');
      await db.principleSets.put(set);
    }
    return sets.length;
  });
}

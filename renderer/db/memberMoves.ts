import { isolateBidi } from '../../shared/bidi';
import { Membership, VACANCY_NAME } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { mustBeEditablePlan } from './planGuard';
import { applyChange } from './changes';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampUpdate } from './stamp';
import { removeMember, updateMembership } from './memberships';

async function nameOf(db: TeamshapeDb, member: Pick<Membership, 'personId'>): Promise<string> {
  if (member.personId === null) return VACANCY_NAME;
  return (await db.people.get(member.personId))?.name ?? 'Someone';
}

/**
 * Moves memberships (one person, or several picked together) to another team of the same plan,
 * keeping each one's role and allocation: one user action, one undo step. A move onto a team that
 * was deleted (in another window) or onto a team where the person already holds that role is
 * refused and nothing moves.
 */
export async function moveMembers(db: TeamshapeDb, membershipIds: readonly string[], toTeamId: string): Promise<Membership[]> {
  let label = 'Move team members';
  return applyChange(db, () => label, async () => {
    const team = await db.teams.get(toTeamId);
    if (!team || team.deletedAt !== null) {
      throw new RuleViolationError(`The team you dropped on${team ? ` (“${isolateBidi(team.name)}”)` : ''} was deleted, perhaps in another window. Nobody was moved.`);
    }
    await mustBeEditablePlan(db, team.planId);
    const actor = await currentActor(db);
    const moved: Membership[] = [];
    const names: string[] = [];
    for (const id of membershipIds) {
      const existing = await mustExist(db.memberships, id, 'membership');
      if (existing.teamId === toTeamId) continue;
      if (existing.planId !== team.planId) throw new RuleViolationError('These people belong to another plan: move them between teams of the plan you are editing.');
      const name = await nameOf(db, existing);
      if (existing.personId !== null) {
        const clash = await db.memberships
          .where('teamId')
          .equals(toTeamId)
          .filter((m) => m.deletedAt === null && m.personId === existing.personId && m.roleId === existing.roleId)
          .count();
        if (clash > 0) {
          const role = (await db.roles.get(existing.roleId))?.name ?? 'that role';
          throw new RuleViolationError(`${isolateBidi(name)} is already ${isolateBidi(role)} on ${isolateBidi(team.name)}. Nobody was moved: change their allocation there instead.`);
        }
      }
      const member = parseOrThrow(Membership, { ...existing, teamId: toTeamId, ...stampUpdate(actor) });
      await db.memberships.put(member);
      moved.push(member);
      names.push(name);
    }
    label = names.length === 1 ? `Move ${names[0]} to ${team.name}` : `Move ${names.length} people to ${team.name}`;
    return moved;
  });
}

export interface MembershipEdit {
  membershipId: string;
  allocation?: number;
  roleId?: string;
  /** Take the person off this team (a tombstone, undoable). */
  remove?: boolean;
  /** The version the editor read: refused if another window changed it since. */
  expectedUpdatedAt?: string;
}

/** Several of one person's memberships changed at once (from their row): one user action, one undo step. */
export async function updatePersonMemberships(db: TeamshapeDb, personName: string, edits: readonly MembershipEdit[]): Promise<void> {
  await applyChange(db, `Change the teams of ${personName}`, async () => {
    for (const edit of edits) {
      const options = edit.expectedUpdatedAt ? { expectedUpdatedAt: edit.expectedUpdatedAt } : {};
      if (edit.remove) await removeMember(db, edit.membershipId);
      else await updateMembership(db, edit.membershipId, { ...(edit.allocation === undefined ? {} : { allocation: edit.allocation }), ...(edit.roleId ? { roleId: edit.roleId } : {}) }, options);
    }
  });
}

import { Membership, NewMembership } from '../../shared/model';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { RuleViolationError } from './errors';
import { currentActor, mustExist, stampDelete, stampNew, stampUpdate } from './stamp';
import { applyChange, expectedVersion, type EditOptions } from './changes';
import { mustBeEditablePlan } from './planGuard';

export type MembershipChanges = Partial<Pick<Membership, 'roleId' | 'allocation'>>;

export async function addMember(db: TeamshapeDb, input: NewMembership): Promise<Membership> {
  return applyChange(db, 'Add a team member', async () => {
    const fields = parseOrThrow(NewMembership, input);
    const member = parseOrThrow(Membership, { ...fields, ...stampNew(await currentActor(db)) });
    const team = await mustExist(db.teams, member.teamId, 'team');
    await mustBeEditablePlan(db, team.planId);
    if (member.personId !== null) await mustExist(db.people, member.personId, 'person');
    await mustExist(db.roles, member.roleId, 'role');
    if (team.planId !== member.planId) {
      throw new RuleViolationError('This team belongs to another plan: add the person to a team of the plan you are editing.');
    }
    // Vacancies (personId null) are told apart by id only: a team may have several open roles alike.
    const sameRole = member.personId === null ? 0 : await db.memberships
      .where('teamId')
      .equals(member.teamId)
      .filter((m) => m.deletedAt === null && m.personId === member.personId && m.roleId === member.roleId)
      .count();
    if (sameRole > 0) {
      throw new RuleViolationError('This person already has that role on this team: change their allocation instead.');
    }
    await db.memberships.add(member);
    return member;
  });
}

export async function updateMembership(db: TeamshapeDb, membershipId: string, changes: MembershipChanges, options: EditOptions = {}): Promise<Membership> {
  return applyChange(db, 'Change a team membership', async () => {
    const existing = await mustExist(db.memberships, membershipId, 'membership');
    await mustBeEditablePlan(db, existing.planId);
    const member = parseOrThrow(Membership, { ...existing, ...changes, ...stampUpdate(await currentActor(db)) });
    if (member.roleId !== existing.roleId) await mustExist(db.roles, member.roleId, 'role');
    await db.memberships.put(member);
    return member;
  }, { expected: expectedVersion('memberships', membershipId, options) });
}

export async function removeMember(db: TeamshapeDb, membershipId: string): Promise<void> {
  await applyChange(db, 'Remove a team member', async () => {
    const existing = await mustExist(db.memberships, membershipId, 'membership');
    await mustBeEditablePlan(db, existing.planId);
    await db.memberships.put({ ...existing, ...stampDelete(await currentActor(db)) });
  });
}

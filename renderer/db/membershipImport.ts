import { Membership, Role, Team } from '../../shared/model';
import type { MembershipImportPlan } from '../../shared/import';
import { parseOrThrow } from '../../shared/validation';
import type { TeamshapeDb } from './database';
import { applyChange, StaleWriteError } from './changes';
import { MissingRecordError, RuleViolationError } from './errors';
import { addInChunks, throwIfCancelled, type ImportControl } from './importProgress';
import { currentActor, stampNew, stampUpdate } from './stamp';

export interface MembershipImportResult {
  teams: number;
  roles: number;
  created: number;
  updated: number;
}

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Creates the confirmed new teams (in the plan) and roles, then the memberships and vacancies,
 * and changes allocations, in ONE change (one undo step); nothing is written on failure or cancel.
 */
export async function importMemberships(db: TeamshapeDb, planId: string, plan: MembershipImportPlan, control: ImportControl = {}): Promise<MembershipImportResult> {
  return applyChange(db, (r) => `Import ${(r.created + r.updated).toLocaleString('en-US')} team ${r.created + r.updated === 1 ? 'membership' : 'memberships'}`, async () => {
    throwIfCancelled(control.signal);
    const actor = await currentActor(db);
    const target = await db.plans.get(planId);
    if (!target || target.deletedAt !== null) throw new MissingRecordError('plan', planId);
    if (target.kind === 'archived') throw new RuleViolationError(`${target.name} is archived: import the team structure into the live organisation or a draft.`);
    const [teams, roles, people, memberships] = await Promise.all([
      db.teams.where('planId').equals(planId).toArray(),
      db.roles.toArray(),
      db.people.toArray(),
      db.memberships.where('planId').equals(planId).toArray(),
    ]);
    const teamIds = new Map(teams.filter((t) => t.deletedAt === null).map((t) => [key(t.name), t.id]));
    const roleIds = new Map(roles.filter((r) => r.deletedAt === null).map((r) => [key(r.name), r.id]));
    const livePeople = new Set(people.filter((p) => p.deletedAt === null).map((p) => p.id));
    const newTeams = plan.teams.filter((name) => !teamIds.has(key(name))).map((name) => parseOrThrow(Team, { planId, name: name.trim(), mission: '', services: [], championId: null, ...stampNew(actor) }));
    for (const t of newTeams) teamIds.set(key(t.name), t.id);
    let sortOrder = Math.max(0, ...roles.map((r) => r.sortOrder));
    const newRoles = plan.roles.filter((name) => !roleIds.has(key(name))).map((name) =>
      parseOrThrow(Role, { name: name.trim(), description: '', required: false, minPerTeam: 0, maxPerTeam: null, sortOrder: ++sortOrder, ...stampNew(actor) }),
    );
    for (const r of newRoles) roleIds.set(key(r.name), r.id);
    const created = plan.create.map((m) => {
      const teamId = teamIds.get(key(m.team));
      const roleId = roleIds.get(key(m.role));
      if (!teamId) throw new RuleViolationError(`The team "${m.team}" is neither in the plan nor among the teams this import creates: read the file again.`);
      if (!roleId) throw new RuleViolationError(`The role "${m.role}" is neither in the catalogue nor among the roles this import creates: read the file again.`);
      if (m.personId !== null && !livePeople.has(m.personId)) throw new MissingRecordError('person', m.personId);
      return parseOrThrow(Membership, { planId, teamId, personId: m.personId, roleId, allocation: m.allocation, ...stampNew(actor) });
    });
    const byId = new Map(memberships.map((m) => [m.id, m]));
    const updated = plan.update.map(({ membershipId, expectedUpdatedAt, allocation }) => {
      const existing = byId.get(membershipId);
      if (!existing || existing.deletedAt !== null || (expectedUpdatedAt && existing.updatedAt !== expectedUpdatedAt)) throw new StaleWriteError('memberships', membershipId, existing ?? null);
      return parseOrThrow(Membership, { ...existing, allocation, ...stampUpdate(actor) });
    });
    const progress = { done: 0, total: newTeams.length + newRoles.length + created.length + updated.length };
    await addInChunks(db.teams, newTeams, progress, control);
    await addInChunks(db.roles, newRoles, progress, control);
    await addInChunks(db.memberships, created, progress, control);
    if (updated.length > 0) await db.memberships.bulkPut(updated);
    throwIfCancelled(control.signal);
    return { teams: newTeams.length, roles: newRoles.length, created: created.length, updated: updated.length };
  }, { prevalidated: true });
}

import type { Membership, Role } from '../model';
import type { AllocationNames } from './allocation';
import type { Finding } from './finding';
import { count, inSentence, listOf, withArticle } from './wording';

const RULE = 'spof';

/** A person who alone holds a required role on two or more teams: if they are away, all of them lose it. */
export interface SinglePointOfFailure {
  personId: string;
  roleId: string;
  roleName: string;
  /** The teams on which the person is the only holder of the role, in order of first membership. */
  teamIds: string[];
}

type SpofMembership = Pick<Membership, 'personId' | 'teamId' | 'roleId' | 'deletedAt'>;
type SpofRole = Pick<Role, 'id' | 'name' | 'required' | 'deletedAt'>;

/** Not a person id: ids are never empty. */
const SHARED = '';

/**
 * Single points of failure of one plan, per person and role. Pass the plan's memberships: holding
 * a role alone on one team is role coverage's business; alone on several, the risk compounds.
 * A vacancy is never a single point of failure, but it shares its role on its team (the plan is
 * to hire a second holder), so the person beside it is not the only one.
 */
export function singlePointsOfFailure(memberships: readonly SpofMembership[], roles: readonly SpofRole[]): SinglePointOfFailure[] {
  const required = new Map(roles.filter((r) => r.required && r.deletedAt === null).map((r) => [r.id, r]));
  // Per role, per team: its only holder so far, or SHARED once a second person (or a vacancy) holds it there.
  const holders = new Map<string, Map<string, string>>();
  for (const m of memberships) {
    if (m.deletedAt !== null || !required.has(m.roleId)) continue;
    const byTeam = holders.get(m.roleId) ?? new Map<string, string>();
    const holder = byTeam.get(m.teamId);
    const person = m.personId ?? SHARED;
    byTeam.set(m.teamId, holder === undefined || holder === person ? person : SHARED);
    holders.set(m.roleId, byTeam);
  }
  const soleHolder = new Map<string, SinglePointOfFailure>();
  for (const [roleId, byTeam] of holders) {
    const roleName = required.get(roleId)?.name ?? roleId;
    for (const [teamId, personId] of byTeam) {
      if (personId === SHARED) continue;
      const key = `${personId}\u0000${roleId}`;
      const entry = soleHolder.get(key) ?? { personId, roleId, roleName, teamIds: [] };
      entry.teamIds.push(teamId);
      soleHolder.set(key, entry);
    }
  }
  return [...soleHolder.values()].filter((entry) => entry.teamIds.length >= 2);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function allOf(n: number): string {
  return n === 2 ? 'both teams' : `all ${NUMBER_WORDS[n] ?? n} teams`;
}

function spofFinding(spof: SinglePointOfFailure, names: AllocationNames): Finding {
  const who = names.person?.(spof.personId) ?? 'This person';
  const role = inSentence(spof.roleName);
  const n = spof.teamIds.length;
  const teams = names.team ? ` (${listOf(spof.teamIds.map((id) => names.team?.(id) ?? id))})` : '';
  return {
    id: `${RULE}:${spof.personId}:${spof.roleId}`,
    rule: RULE,
    severity: 'warn',
    title: `Only ${role} on ${n} teams`,
    explanation: `${who} is the only ${role} on ${count(n, 'team')}${teams}, so when they are away ${allOf(n)} are left without ${withArticle(role)}.`,
    fix: `Add a second ${role} to one of these teams, or hand some of them to another ${role}.`,
    subject: { personId: spof.personId, roleId: spof.roleId },
  };
}

/** The single points of failure that touch one team, as warnings for that team. */
export function singlePointOfFailureFindings(
  teamId: string,
  spofs: readonly SinglePointOfFailure[],
  names: AllocationNames = {},
): Finding[] {
  return spofs.filter((spof) => spof.teamIds.includes(teamId)).map((spof) => spofFinding(spof, names));
}

import type { Membership, Role } from '../model';
import type { Finding } from './finding';
import { count, inSentence, pluralOf, withArticle } from './wording';
import { isolateBidi } from '../bidi';

/**
 * - missing: a required role nobody holds
 * - understaffed: a required role with some holders but fewer than its minimum
 * - covered: within the role's limits
 * - overstaffed: more holders than the role's maximum
 * - unfilled: an optional role nobody holds (fine, shown for completeness)
 */
export type RoleCoverageStatus = 'missing' | 'understaffed' | 'covered' | 'overstaffed' | 'unfilled';

export interface RoleCoverage {
  roleId: string;
  roleName: string;
  required: boolean;
  /** Distinct people holding the role on this team, plus one for each vacancy in it. */
  holders: number;
  /** How many of those holders are vacancies (a person still "to hire"). */
  vacancies: number;
  /** The minimum that applies: 0 for an optional role, at least 1 for a required one. */
  min: number;
  /** null: no upper limit. */
  max: number | null;
  status: RoleCoverageStatus;
}

type CoverageMembership = Pick<Membership, 'personId' | 'roleId' | 'deletedAt'>;
type CoverageRole = Pick<Role, 'id' | 'name' | 'required' | 'minPerTeam' | 'maxPerTeam' | 'sortOrder' | 'deletedAt'>;

/** A required role means at least one holder even if its minimum says 0; an optional role has none. */
function minimumOf(role: CoverageRole): number {
  return role.required ? Math.max(1, role.minPerTeam) : 0;
}

function statusOf(holders: number, min: number, max: number | null): RoleCoverageStatus {
  if (holders < min) return holders === 0 ? 'missing' : 'understaffed';
  if (max !== null && holders > max) return 'overstaffed';
  return holders === 0 ? 'unfilled' : 'covered';
}

/**
 * Coverage of every alive role on one team, in the roles' sort order. Memberships of deleted
 * roles and deleted memberships are ignored; a person holding a role twice counts once. A vacancy
 * covers its role (the plan is to hire for it) and each vacancy counts as one holder.
 */
export function roleCoverage(memberships: readonly CoverageMembership[], roles: readonly CoverageRole[]): RoleCoverage[] {
  const holdersByRole = new Map<string, Set<string>>();
  const vacanciesByRole = new Map<string, number>();
  for (const membership of memberships) {
    if (membership.deletedAt !== null) continue;
    if (membership.personId === null) {
      vacanciesByRole.set(membership.roleId, (vacanciesByRole.get(membership.roleId) ?? 0) + 1);
      continue;
    }
    const holders = holdersByRole.get(membership.roleId) ?? new Set<string>();
    holders.add(membership.personId);
    holdersByRole.set(membership.roleId, holders);
  }
  return roles
    .filter((role) => role.deletedAt === null)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name))
    .map((role) => {
      const vacancies = vacanciesByRole.get(role.id) ?? 0;
      const holders = (holdersByRole.get(role.id)?.size ?? 0) + vacancies;
      const min = minimumOf(role);
      return {
        roleId: role.id,
        roleName: role.name,
        required: role.required,
        holders,
        vacancies,
        min,
        max: role.maxPerTeam,
        status: statusOf(holders, min, role.maxPerTeam),
      };
    });
}

function oneOrNumber(n: number): string {
  return n === 1 ? 'one' : String(n);
}

function shortFinding(c: RoleCoverage, whoNeeds: string): Finding {
  // The role's name is user text: isolated, so a right-to-left name cannot reorder the sentence.
  const name = isolateBidi(inSentence(c.roleName));
  const plural = isolateBidi(pluralOf(inSentence(c.roleName)));
  const needed = c.min === 1 ? `at least one ${name}` : `at least ${c.min} ${plural}`;
  const title = c.holders === 0 ? `No ${name}` : `Only ${count(c.holders, name, plural)}`;
  const gap = c.min - c.holders;
  return {
    id: `role-coverage:${c.roleId}`,
    rule: 'role-coverage',
    severity: 'fail',
    title,
    explanation: `${title}: ${whoNeeds} ${needed}.`,
    fix: gap === 1
      ? `Add ${withArticle(name)} to the team, or give an existing member the role.`
      : `Add ${gap} more ${plural} to the team, or give existing members the role.`,
    subject: { roleId: c.roleId },
  };
}

function overFinding(c: RoleCoverage, max: number): Finding {
  // The role's name is user text: isolated, so a right-to-left name cannot reorder the sentence.
  const name = isolateBidi(inSentence(c.roleName));
  const plural = isolateBidi(pluralOf(inSentence(c.roleName)));
  const limit = max === c.min
    ? `a team needs exactly ${oneOrNumber(max)} ${max === 1 ? name : plural}`
    : `a team has at most ${oneOrNumber(max)} ${max === 1 ? name : plural}`;
  const extra = c.holders - max;
  return {
    id: `role-coverage:${c.roleId}`,
    rule: 'role-coverage',
    severity: 'warn',
    title: count(c.holders, name, plural),
    explanation: `${count(c.holders, name, plural)}: ${limit}.`,
    fix: extra === 1
      ? `Give one of the ${plural} a different role, or move them to another team.`
      : `Give ${extra} of the ${plural} a different role, or move them to other teams.`,
    subject: { roleId: c.roleId },
  };
}

/**
 * Findings for one team's roles: a required role below its minimum fails, any role above its
 * maximum warns. Accepts the output of roleCoverage.
 */
export function roleCoverageFindings(coverage: readonly RoleCoverage[], whoNeeds = 'every team needs'): Finding[] {
  const findings: Finding[] = [];
  for (const c of coverage) {
    if (c.status === 'missing' || c.status === 'understaffed') findings.push(shortFinding(c, whoNeeds));
    if (c.status === 'overstaffed' && c.max !== null) findings.push(overFinding(c, c.max));
  }
  return findings;
}

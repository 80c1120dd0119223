import type { Department, Membership, Person } from '../model';
import type { Finding } from './finding';
import { formatFte } from './teamSize';

const RULE = 'cross-functional';

/** How much of a team comes from the business (ARCHITECTURE.md: a department of kind `business`). */
export interface CrossFunctionalMix {
  /** Distinct people with an alive membership. */
  members: number;
  /** Distinct members whose department is a business department. */
  businessMembers: number;
  /** businessMembers / members, 0–1; 0 for an empty team. */
  share: number;
  /** The FTE of the team's people (alive allocations / 100; vacancies left out). */
  fte: number;
  /** The part of that FTE given by business members. */
  businessFte: number;
  /** businessFte / fte, 0–1; 0 for an empty team. */
  fteShare: number;
}

type BusinessPerson = Pick<Person, 'id' | 'departmentId' | 'deletedAt'>;
type BusinessDepartment = Pick<Department, 'id' | 'kind' | 'deletedAt'>;

/** The ids of the people who count as business members: alive people in an alive business department. */
export function businessPeople(people: readonly BusinessPerson[], departments: readonly BusinessDepartment[]): Set<string> {
  const business = new Set(departments.filter((d) => d.kind === 'business' && d.deletedAt === null).map((d) => d.id));
  const ids = new Set<string>();
  for (const person of people) {
    if (person.deletedAt === null && person.departmentId !== null && business.has(person.departmentId)) ids.add(person.id);
  }
  return ids;
}

type MixMembership = Pick<Membership, 'personId' | 'allocation' | 'deletedAt'>;

/**
 * The business mix of one team, from that team's memberships and the output of businessPeople.
 * Vacancies are left out: nobody knows yet which department the hire will come from.
 */
export function crossFunctionalMix(memberships: readonly MixMembership[], business: ReadonlySet<string>): CrossFunctionalMix {
  const members = new Set<string>();
  const businessMembers = new Set<string>();
  let allocation = 0;
  let businessAllocation = 0;
  for (const m of memberships) {
    if (m.deletedAt !== null || m.personId === null) continue;
    members.add(m.personId);
    allocation += m.allocation;
    if (!business.has(m.personId)) continue;
    businessMembers.add(m.personId);
    businessAllocation += m.allocation;
  }
  return {
    members: members.size,
    businessMembers: businessMembers.size,
    share: members.size === 0 ? 0 : businessMembers.size / members.size,
    fte: allocation / 100,
    businessFte: businessAllocation / 100,
    fteShare: allocation === 0 ? 0 : businessAllocation / allocation,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A warning when a team has no business member, otherwise an info finding with the share. An empty
 * team gets nothing here: the two-pizza rule already says it has no members.
 */
export function crossFunctionalFindings(mix: CrossFunctionalMix): Finding[] {
  if (mix.members === 0) return [];
  if (mix.businessMembers === 0) {
    return [{
      id: `${RULE}:none`,
      rule: RULE,
      severity: 'warn',
      title: 'No business member',
      explanation: 'This team has no business member: consider adding the people whose work this team serves, so it builds what they actually need.',
      fix: "Add someone from a business department that relies on this team's service, even part-time.",
    }];
  }
  const { businessMembers: b, members: n } = mix;
  return [{
    id: `${RULE}:share`,
    rule: RULE,
    severity: 'info',
    title: `${b} of ${n} from the business`,
    explanation: `${b} of ${n} ${n === 1 ? 'member' : 'members'} (${percent(mix.share)}) ${b === 1 ? 'comes' : 'come'} from the business, giving ${formatFte(mix.businessFte)} of the team's ${formatFte(mix.fte)} FTE (${percent(mix.fteShare)}).`,
  }];
}

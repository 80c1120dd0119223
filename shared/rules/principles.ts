import {
  DEFAULT_PRINCIPLE_KEY,
  TEAM_TYPE_INFO,
  type PrincipleSet,
  type PrincipleSetFields,
  type PrincipleSetKey,
  type SizeLimits,
  type TeamType,
} from '../model';
import type { Finding } from './finding';
import type { HealthRole } from './healthContext';
import { formatFte } from './teamSize';
import { count } from './wording';

/** What one team is checked against: its type's principle set, or the Default one. */
export interface EffectivePrinciples {
  key: PrincipleSetKey;
  /** "Platform" or "Default": named in findings so a reader knows which rule spoke. */
  label: string;
  /** "platform teams" / "every team": who the rule is for, in a sentence. */
  whoNeeds: string;
  size: SizeLimits;
  /** Every alive role with the requirement this set gives it. */
  roles: readonly HealthRole[];
  minBusinessShare: number | null;
  maxTeamsPerPerson: number | null;
  maxServices: number | null;
  maxObjectivesPerFte: number | null;
}

type PrincipleSource = Pick<PrincipleSetFields, 'key' | 'size' | 'roles' | 'minBusinessShare' | 'maxTeamsPerPerson' | 'maxServices' | 'maxObjectivesPerFte'> &
  Partial<Pick<PrincipleSet, 'deletedAt'>>;

/**
 * The principles a team of `type` is checked against. The Default set (teams without a type, or a
 * type whose set is missing or deleted) takes Settings' two-pizza limits and the roles' own
 * requirements, so there is one source of truth for them. A type's set lists the roles it
 * requires or caps; a role it does not list is optional there. A type's set without size limits
 * uses Settings' too.
 */
export function principlesFor(
  type: TeamType | null | undefined,
  sets: readonly PrincipleSource[],
  defaults: { sizeLimits: SizeLimits; roles: readonly HealthRole[] },
): EffectivePrinciples {
  const alive = (key: PrincipleSetKey) => sets.find((s) => s.key === key && (s.deletedAt ?? null) === null);
  const typed = type ? alive(type) : undefined;
  const set = typed ?? alive(DEFAULT_PRINCIPLE_KEY);
  const key: PrincipleSetKey = typed ? type! : DEFAULT_PRINCIPLE_KEY;
  const label = typed ? TEAM_TYPE_INFO[type!].label : 'Default';
  const rules = typed?.roles ?? null;
  const roles = rules === null
    ? defaults.roles
    : defaults.roles.map((role) => {
        const rule = rules.find((r) => r.roleId === role.id);
        return { ...role, required: (rule?.min ?? 0) >= 1, minPerTeam: rule?.min ?? 0, maxPerTeam: rule?.max ?? null };
      });
  return {
    key,
    label,
    whoNeeds: typed ? `${label.toLowerCase()} teams need` : 'every team needs',
    size: typed?.size ?? defaults.sizeLimits,
    roles,
    minBusinessShare: set?.minBusinessShare ?? null,
    maxTeamsPerPerson: set?.maxTeamsPerPerson ?? null,
    maxServices: set?.maxServices ?? null,
    maxObjectivesPerFte: set?.maxObjectivesPerFte ?? null,
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const RULE = 'principles';
const ofSet = (p: EffectivePrinciples) => (p.key === DEFAULT_PRINCIPLE_KEY ? 'the Default principles' : `the ${p.label} principles`);

/** Below the set's minimum business share (members from business departments). */
export function businessShareFinding(share: { members: number; businessMembers: number; share: number }, p: EffectivePrinciples): Finding | undefined {
  if (p.minBusinessShare === null || share.members === 0 || share.share >= p.minBusinessShare) return undefined;
  return {
    id: `${RULE}:business-share`,
    rule: RULE,
    severity: 'warn',
    title: 'Too little business',
    explanation: `${share.businessMembers} of ${share.members} members (${percent(share.share)}) come from the business: ${p.whoNeeds} at least ${percent(p.minBusinessShare)} (${ofSet(p)}).`,
    fix: "Add someone from a business department that relies on this team's service, even part-time.",
  };
}

/** Members who sit on more teams of the plan than the set allows. */
export function teamsPerPersonFindings(
  members: ReadonlyArray<{ personId: string; name: string; teams: number }>,
  p: EffectivePrinciples,
): Finding[] {
  if (p.maxTeamsPerPerson === null) return [];
  const max = p.maxTeamsPerPerson;
  return members
    .filter((m) => m.teams > max)
    .map((m) => ({
      id: `${RULE}:teams-per-person:${m.personId}`,
      rule: RULE,
      severity: 'warn' as const,
      title: `${m.name} on ${m.teams} teams`,
      explanation: `${m.name} sits on ${m.teams} teams: on ${p.key === DEFAULT_PRINCIPLE_KEY ? 'a team' : `${p.label.toLowerCase()} teams`}, a person sits on at most ${count(max, 'team')} (${ofSet(p)}), or their attention is split too thin.`,
      fix: `Free ${m.name} from ${m.teams - max === 1 ? 'one team' : `${m.teams - max} teams`}, or give the work to someone with time.`,
      subject: { personId: m.personId },
    }));
}

/** More services owned than the set allows. */
export function servicesFinding(services: readonly string[], p: EffectivePrinciples): Finding | undefined {
  if (p.maxServices === null || services.length <= p.maxServices) return undefined;
  const limit = p.maxServices === 0 ? 'own no service' : `own at most ${count(p.maxServices, 'service')}`;
  return {
    id: `${RULE}:services`,
    rule: RULE,
    severity: 'warn',
    title: `Owns ${count(services.length, 'service')}`,
    explanation: `This team owns ${count(services.length, 'service')}: ${p.key === DEFAULT_PRINCIPLE_KEY ? 'teams' : `${p.label.toLowerCase()} teams`} ${limit} (${ofSet(p)}), so each gets the attention it needs.`,
    fix: p.maxServices === 0 ? 'Hand the services to a stream-aligned or platform team.' : 'Hand a service to another team, or split the team around its services.',
  };
}

/**
 * More objectives this period per FTE than the set allows: a proxy for cognitive load. `objectives`
 * counts every objective of the current period the team owns or co-owns, once each.
 */
export function objectiveLoadFinding(objectives: number, fte: number, p: EffectivePrinciples): Finding | undefined {
  if (p.maxObjectivesPerFte === null || objectives === 0) return undefined;
  const allowed = Math.floor(p.maxObjectivesPerFte * fte + 1e-9);
  if (objectives <= allowed) return undefined;
  const who = p.key === DEFAULT_PRINCIPLE_KEY ? 'every team takes' : `${p.label.toLowerCase()} teams take`;
  const here = allowed === 0 ? 'less than one for this team' : `${count(allowed, 'objective')} for this team`;
  return {
    id: `${RULE}:objectives-per-fte`,
    rule: RULE,
    severity: 'warn',
    title: `Too many objectives: ${objectives} for ${formatFte(fte)} FTE`,
    explanation: `This team owns or shares ${count(objectives, 'objective')} this period with ${formatFte(fte)} FTE: ${who} on at most ${p.maxObjectivesPerFte} per FTE (${ofSet(p)}), which is ${here}. With more, its people juggle more goals than they can keep in mind.`,
    fix: 'Drop or hand over an objective, or share it with a team that has the capacity.',
  };
}

/**
 * The two-pizza limits a team of each type is judged by (its type's set, else Settings'), one
 * object per type so memoised cards that receive them do not re-render.
 */
export function sizeLimitsByType(sets: readonly PrincipleSource[] | undefined, settingsLimits: SizeLimits): (type: TeamType | null | undefined) => SizeLimits {
  const byType = new Map<TeamType | null, SizeLimits>();
  return (type) => {
    const key = type ?? null;
    let limits = byType.get(key);
    if (!limits) {
      limits = sets ? principlesFor(key, sets, { sizeLimits: settingsLimits, roles: [] }).size : settingsLimits;
      byType.set(key, limits);
    }
    return limits;
  };
}

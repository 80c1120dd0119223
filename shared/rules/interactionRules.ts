import { DEFAULT_COLLABORATION_MAX_DAYS, type Dependency, type Interaction, type TeamType } from '../model';
import { calendarDaysBetween } from './calendarDays';
import type { Finding } from './finding';
import { count } from './wording';

type RuleTeam = { id: string; name: string; type?: TeamType | null | undefined; deletedAt: string | null };
type RuleInteraction = Pick<Interaction, 'id' | 'providerTeamId' | 'consumerTeamId' | 'mode' | 'start' | 'end' | 'deletedAt'>;
type RuleDependency = Pick<Dependency, 'id' | 'dependentTeamId' | 'dependsOnTeamId' | 'state' | 'since' | 'deletedAt'>;

export interface InteractionRuleInput {
  teams: readonly RuleTeam[];
  interactions: readonly RuleInteraction[];
  dependencies: readonly RuleDependency[];
  today: string;
  /** Settings' collaborationMaxDays (default one quarter, 91 days). */
  collaborationMaxDays?: number | undefined;
}

/** A team may be in this many collaborations at once (Team Topologies: collaboration is costly). */
export const MAX_COLLABORATIONS = 2;
/** A blocking dependency older than this many days is flagged. */
export const BLOCKING_STALE_DAYS = 30;

/** Active on `today`: started, and not yet past its expected end. */
export function interactionIsActive(i: Pick<Interaction, 'start' | 'end'>, today: string): boolean {
  return i.start <= today && (i.end === null || i.end >= today);
}

function byTeam(findings: Map<string, Finding[]>, teamId: string, finding: Finding): void {
  const list = findings.get(teamId);
  if (list) list.push(finding);
  else findings.set(teamId, [finding]);
}

/**
 * The interaction rules, as findings per team (a finding about two teams is filed under both):
 * a collaboration longer than allowed, a team in more than two collaborations, a platform team
 * nobody consumes, an enabling team that facilitates nobody, a blocking dependency older than a
 * month. Only alive teams and records count; each finding says what to do.
 */
export function interactionFindings(input: InteractionRuleInput): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>();
  const teams = new Map(input.teams.filter((t) => t.deletedAt === null).map((t) => [t.id, t]));
  const name = (id: string) => teams.get(id)?.name ?? 'another team';
  const alive = input.interactions.filter((i) => i.deletedAt === null && teams.has(i.providerTeamId) && teams.has(i.consumerTeamId));
  const active = alive.filter((i) => interactionIsActive(i, input.today));
  const maxDays = input.collaborationMaxDays ?? DEFAULT_COLLABORATION_MAX_DAYS;

  for (const i of alive) {
    if (i.mode !== 'collaboration') continue;
    const planned = i.end === null ? null : calendarDaysBetween(i.start, i.end);
    const lasted = calendarDaysBetween(i.start, input.today);
    const tooLong = planned !== null ? planned > maxDays : lasted > maxDays;
    if (!tooLong) continue;
    const between = `“${name(i.providerTeamId)}” and “${name(i.consumerTeamId)}”`;
    const finding: Finding = {
      id: `interactions:long-collaboration:${i.id}`,
      rule: 'interactions',
      severity: 'warn',
      title: 'Collaboration too long',
      explanation: planned !== null
        ? `The collaboration between ${between} is planned for ${count(planned, 'day')}, longer than ${count(maxDays, 'day')}: long collaboration blurs who owns what and slows both teams.`
        : `The collaboration between ${between} has lasted ${count(lasted, 'day')} with no end date, longer than ${count(maxDays, 'day')}: long collaboration blurs who owns what and slows both teams.`,
      fix: 'Agree an end date, then move to X-as-a-service (one team provides, the other consumes), or merge the work into one team.',
    };
    byTeam(findings, i.providerTeamId, finding);
    byTeam(findings, i.consumerTeamId, finding);
  }

  const collaborations = new Map<string, RuleInteraction[]>();
  for (const i of active) {
    if (i.mode !== 'collaboration') continue;
    for (const teamId of [i.providerTeamId, i.consumerTeamId]) collaborations.set(teamId, [...(collaborations.get(teamId) ?? []), i]);
  }
  for (const [teamId, list] of collaborations) {
    if (list.length <= MAX_COLLABORATIONS) continue;
    const partners = list.map((i) => `“${name(i.providerTeamId === teamId ? i.consumerTeamId : i.providerTeamId)}”`).join(', ');
    byTeam(findings, teamId, {
      id: 'interactions:too-many-collaborations',
      rule: 'interactions',
      severity: 'warn',
      title: `${list.length} collaborations at once`,
      explanation: `This team collaborates with ${count(list.length, 'team')} at once (${partners}), more than ${MAX_COLLABORATIONS}: each collaboration takes a share of its attention.`,
      fix: 'Finish or pause a collaboration, or turn one into X-as-a-service.',
    });
  }

  for (const team of teams.values()) {
    if (team.type === 'platform' && !active.some((i) => i.mode === 'x-as-a-service' && i.providerTeamId === team.id)) {
      byTeam(findings, team.id, {
        id: 'interactions:platform-unconsumed',
        rule: 'interactions',
        severity: 'warn',
        title: 'Platform nobody consumes',
        explanation: 'No team consumes this platform team as a service: a platform exists to make other teams faster.',
        fix: 'Record the teams that consume it (X-as-a-service), or ask whether the platform is still needed.',
      });
    }
    if (team.type === 'enabling' && !active.some((i) => i.mode === 'facilitating' && i.providerTeamId === team.id)) {
      byTeam(findings, team.id, {
        id: 'interactions:enabling-idle',
        rule: 'interactions',
        severity: 'warn',
        title: 'Enabling team facilitates nobody',
        explanation: 'This enabling team has no facilitating interaction: its job is to help other teams learn, then step away.',
        fix: 'Record which team it is helping now (facilitating), or give it a different type.',
      });
    }
  }

  for (const d of input.dependencies) {
    if (d.deletedAt !== null || d.state !== 'blocking' || !teams.has(d.dependentTeamId) || !teams.has(d.dependsOnTeamId)) continue;
    const days = calendarDaysBetween(d.since, input.today);
    if (days <= BLOCKING_STALE_DAYS) continue;
    const finding: Finding = {
      id: `interactions:blocking-dependency:${d.id}`,
      rule: 'interactions',
      severity: 'fail',
      title: 'Blocked for over a month',
      explanation: `“${name(d.dependentTeamId)}” has been blocked by “${name(d.dependsOnTeamId)}” for ${count(days, 'day')}, more than ${BLOCKING_STALE_DAYS}: blocked work piles up and goals slip.`,
      fix: 'Escalate it, move the capability into the blocked team, or agree an X-as-a-service interface between the two.',
    };
    byTeam(findings, d.dependentTeamId, finding);
    byTeam(findings, d.dependsOnTeamId, finding);
  }
  return findings;
}

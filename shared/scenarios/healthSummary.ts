import { FULL_TIME } from '../rules/allocation';
import { organisationHealth } from '../rules/organisationHealth';
import type { PlanHealthInput } from '../rules/healthContext';

/** A number with the records behind it, so every figure on screen links to its teams or people. */
export interface LinkedCount {
  count: number;
  teamIds: string[];
  personIds: string[];
}

export interface PlanHealthSummary {
  teams: number;
  failingTeams: LinkedCount;
  teamsNeedingAttention: LinkedCount;
  overAllocatedPeople: LinkedCount;
  singlePointsOfFailure: LinkedCount;
  /** Business members' share of the plan's FTE (vacancies left out), 0–1; the people are the business members. */
  businessShare: { share: number; businessFte: number; fte: number; teamIds: string[]; personIds: string[] };
}

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** The health of one plan in the figures a comparison shows, each with the ids behind it. */
export function planHealthSummary(input: PlanHealthInput): PlanHealthSummary {
  const health = organisationHealth(input);
  const failing: string[] = [];
  const attention: string[] = [];
  let fte = 0;
  let businessFte = 0;
  const businessTeams: string[] = [];
  for (const [teamId, team] of health.byTeam) {
    if (team.verdict === 'fail') failing.push(teamId);
    if (team.verdict === 'warn') attention.push(teamId);
    fte += team.crossFunctional.fte;
    businessFte += team.crossFunctional.businessFte;
    if (team.crossFunctional.businessMembers > 0) businessTeams.push(teamId);
  }
  const over = health.summary.overAllocatedPeople;
  const overTeams = over.flatMap((p) => p.shares.map((s) => s.teamId));
  const spofPeople: string[] = [];
  const spofTeams: string[] = [];
  const teamIds = new Set(health.byTeam.keys());
  const business = new Set<string>();
  const departments = new Map(input.departments.filter((d) => d.deletedAt === null).map((d) => [d.id, d.kind]));
  for (const person of input.people) {
    if (person.deletedAt === null && person.departmentId !== null && departments.get(person.departmentId) === 'business') business.add(person.id);
  }
  const businessMembers = new Set<string>();
  for (const m of input.memberships) {
    if (m.deletedAt === null && m.personId !== null && teamIds.has(m.teamId) && business.has(m.personId)) businessMembers.add(m.personId);
  }
  for (const team of health.byTeam.values()) {
    for (const finding of team.findings) if (finding.rule === 'spof' && finding.subject?.personId) spofPeople.push(finding.subject.personId);
  }
  for (const [teamId, team] of health.byTeam) if (team.findings.some((f) => f.rule === 'spof')) spofTeams.push(teamId);
  return {
    teams: health.byTeam.size,
    failingTeams: { count: failing.length, teamIds: failing, personIds: [] },
    teamsNeedingAttention: { count: attention.length, teamIds: attention, personIds: [] },
    overAllocatedPeople: { count: over.filter((p) => p.total > FULL_TIME).length, teamIds: sorted(overTeams), personIds: over.map((p) => p.personId) },
    singlePointsOfFailure: { count: health.summary.singlePointsOfFailure, teamIds: spofTeams, personIds: sorted(spofPeople) },
    businessShare: { share: fte === 0 ? 0 : businessFte / fte, businessFte, fte, teamIds: businessTeams, personIds: sorted(businessMembers) },
  };
}

export type HealthMetric = 'failingTeams' | 'teamsNeedingAttention' | 'overAllocatedPeople' | 'singlePointsOfFailure' | 'businessShare';

export interface HealthDelta {
  metric: HealthMetric;
  label: string;
  from: number;
  to: number;
  /** better / worse for the organisation, or same. */
  direction: 'better' | 'worse' | 'same';
  /** "failing teams 4 → 1", "business share 9% → 14%". */
  text: string;
}

const LABELS: Record<HealthMetric, string> = {
  failingTeams: 'failing teams',
  teamsNeedingAttention: 'teams needing attention',
  overAllocatedPeople: 'over-allocated people',
  singlePointsOfFailure: 'single points of failure',
  businessShare: 'business share',
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const number = (n: number) => n.toLocaleString('en-US');

/** Baseline → candidate for every health figure, in a fixed order. */
export function healthDelta(baseline: PlanHealthSummary, candidate: PlanHealthSummary): HealthDelta[] {
  const counts: HealthMetric[] = ['failingTeams', 'teamsNeedingAttention', 'overAllocatedPeople', 'singlePointsOfFailure'];
  const rows: HealthDelta[] = counts.map((metric) => {
    const from = (baseline[metric] as LinkedCount).count;
    const to = (candidate[metric] as LinkedCount).count;
    return { metric, label: LABELS[metric], from, to, direction: to < from ? 'better' : to > from ? 'worse' : 'same', text: `${LABELS[metric]} ${number(from)} → ${number(to)}` };
  });
  const from = baseline.businessShare.share;
  const to = candidate.businessShare.share;
  const shown = (share: number) => Math.round(share * 100);
  rows.push({
    metric: 'businessShare',
    label: LABELS.businessShare,
    from,
    to,
    direction: shown(to) > shown(from) ? 'better' : shown(to) < shown(from) ? 'worse' : 'same',
    text: `${LABELS.businessShare} ${percent(from)} → ${percent(to)}`,
  });
  return rows;
}

import type { Department, Membership, Person, Role, Settings, Team } from '../model';
import type { ScenarioDesign } from './designChanges';
import { scenarioChanges, type ScenarioChange } from './changeList';
import { healthDelta, planHealthSummary, type HealthDelta, type PlanHealthSummary } from './healthSummary';

/** One plan's teams and memberships, tombstones included (lineage passes through them). */
export interface PlanRecords {
  teams: readonly Team[];
  memberships: readonly Membership[];
  /** The plan's groups, interactions and dependencies; when both sides have them, the change list includes them. */
  design?: ScenarioDesign;
}

/** What every plan of a comparison shares: the directory, the settings and every team known (for lineage). */
export interface ComparisonDirectory {
  people: readonly Person[];
  departments: readonly Department[];
  roles: readonly Role[];
  settings: Pick<Settings, 'sizeLimits'>;
  allTeams: readonly Team[];
}

/** Headcount (distinct people, vacancies apart) and FTE of one plan's alive teams. */
export interface PlanSize {
  teams: number;
  headcount: number;
  vacancies: number;
  fte: number;
}

export interface PlanComparison {
  candidatePlanId: string;
  changes: ScenarioChange[];
  health: PlanHealthSummary;
  size: PlanSize;
  delta: HealthDelta[];
}

export interface ComparisonResult {
  baselinePlanId: string;
  baselineHealth: PlanHealthSummary;
  baselineSize: PlanSize;
  candidates: PlanComparison[];
}

export const MAX_COMPARED_PLANS = 4;

export function planSize(records: PlanRecords): PlanSize {
  const alive = new Set(records.teams.filter((t) => t.deletedAt === null).map((t) => t.id));
  const people = new Set<string>();
  let vacancies = 0;
  let allocation = 0;
  for (const m of records.memberships) {
    if (m.deletedAt !== null || !alive.has(m.teamId)) continue;
    if (m.personId === null) vacancies += 1;
    else {
      people.add(m.personId);
      allocation += m.allocation;
    }
  }
  return { teams: alive.size, headcount: people.size, vacancies, fte: allocation / 100 };
}

/**
 * Up to four plans against a baseline: each one's change list (like a code review), health figures
 * and the health delta, plus headcount and FTE. Pure: the caller reads the records (Dexie or memory).
 */
export function comparePlans(
  directory: ComparisonDirectory,
  baseline: { planId: string; records: PlanRecords },
  candidates: ReadonlyArray<{ planId: string; records: PlanRecords }>,
): ComparisonResult {
  if (candidates.length > MAX_COMPARED_PLANS) {
    throw new RangeError(`Compare at most ${MAX_COMPARED_PLANS} plans with the baseline at once (${candidates.length} were chosen).`);
  }
  const healthOf = (records: PlanRecords) => planHealthSummary({ ...directory, teams: records.teams, memberships: records.memberships });
  const baselineHealth = healthOf(baseline.records);
  return {
    baselinePlanId: baseline.planId,
    baselineHealth,
    baselineSize: planSize(baseline.records),
    candidates: candidates.map(({ planId, records }) => {
      const health = healthOf(records);
      const changes = scenarioChanges({
        baselineTeams: baseline.records.teams, baselineMemberships: baseline.records.memberships,
        candidateTeams: records.teams, candidateMemberships: records.memberships,
        people: directory.people, roles: directory.roles, ancestry: directory.allTeams,
        ...(baseline.records.design && records.design ? { baselineDesign: baseline.records.design, candidateDesign: records.design } : {}),
      });
      return { candidatePlanId: planId, changes, health, size: planSize(records), delta: healthDelta(baselineHealth, health) };
    }),
  };
}

/**
 * Reads for the scenario screens (plans, comparison, promotion preview) from the workspace in
 * memory, like the other domain hooks: computed once per change of the tables they read and
 * shared by every screen that asks for the same thing.
 */
import { useMemo } from 'react';
import { LIVE_PLAN_ID, type KeyResult, type Membership, type Objective, type Period, type Person, type Plan, type Team } from '../../shared/model';
import { comparePlans, planPromotion, MAX_COMPARED_PLANS, type ComparisonResult, type PlanRecords, type RepointChoices } from '../../shared/scenarios';
import { DEFAULT_SETTINGS, SETTINGS_ID, type Department, type Dependency, type Interaction, type Role, type Settings, type TeamGroup } from '../../shared/model';
import { nowIso } from '../../shared/clock';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import type { MemoryTable, WorkspaceMemory } from './memory/workspaceMemory';
import type { PromotionPreview } from './scenarioPromotion';

export interface WorkspacePlans {
  live: Plan | undefined;
  /** Alive drafts by name. */
  drafts: Plan[];
  /** Former live organisations, the most recent first. */
  archived: Plan[];
  byId: Map<string, Plan>;
}

/** One string that changes whenever one of the tables changes; undefined until all of them are loaded. */
function useTablesStamp(tables: readonly MemoryTable[]): string | undefined {
  // A fixed list per call site, so the hooks are always called in the same order.
  const versions = tables.map((table) => useTableVersion(table)); // eslint-disable-line react-hooks/rules-of-hooks
  return versions.every((version) => version !== undefined) ? versions.map((v) => v!.version).join('.') : undefined;
}

/** Every alive plan: the live organisation, the drafts and the archive. */
export function usePlans(): WorkspacePlans | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('plans');
  return useMemo(() => {
    if (!version) return undefined;
    return memory.cached('plans:all', ['plans'], () => {
      const alive = memory.alive<Plan>('plans');
      return {
        live: alive.find((p) => p.id === LIVE_PLAN_ID),
        drafts: alive.filter((p) => p.kind === 'draft').sort((a, b) => a.name.localeCompare(b.name)),
        archived: alive.filter((p) => p.kind === 'archived').sort((a, b) => (b.effectiveTo ?? '').localeCompare(a.effectiveTo ?? '')),
        byId: new Map(alive.map((p) => [p.id, p])),
      };
    });
  }, [memory, version]);
}

function recordsOf(memory: WorkspaceMemory, planId: string): PlanRecords {
  return {
    teams: memory.all<Team>('teams').filter((t) => t.planId === planId),
    memberships: memory.all<Membership>('memberships').filter((m) => m.planId === planId),
  };
}

function recordsWithDesignOf(memory: WorkspaceMemory, planId: string): PlanRecords {
  return {
    ...recordsOf(memory, planId),
    design: {
      teamGroups: memory.all<TeamGroup>('teamGroups').filter((g) => g.planId === planId),
      interactions: memory.all<Interaction>('interactions').filter((i) => i.planId === planId),
      dependencies: memory.all<Dependency>('dependencies').filter((d) => d.planId === planId),
    },
  };
}

const COMPARISON_TABLES: readonly MemoryTable[] = ['plans', 'teams', 'memberships', 'people', 'departments', 'roles', 'settings', 'teamGroups', 'interactions', 'dependencies'];

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/** The comparison of up to four plans with a baseline; undefined while loading, an error for unknown plans. */
export function usePlanComparison(baselinePlanId: string, candidatePlanIds: readonly string[]): Loaded<ComparisonResult> | undefined {
  const memory = useWorkspaceMemory();
  const ready = useTablesStamp(COMPARISON_TABLES);
  const key = `comparison:${baselinePlanId}:${candidatePlanIds.join(',')}`;
  return useMemo(() => {
    if (!ready) return undefined;
    return memory.cached(key, COMPARISON_TABLES, (): Loaded<ComparisonResult> => {
      const missing = [baselinePlanId, ...candidatePlanIds].find((id) => memory.get<Plan>('plans', id)?.deletedAt !== null);
      if (missing) return { ok: false, error: `The plan "${missing}" does not exist or was deleted: choose another plan to compare.` };
      if (candidatePlanIds.length > MAX_COMPARED_PLANS) return { ok: false, error: `Compare at most ${MAX_COMPARED_PLANS} plans with the baseline at once (${candidatePlanIds.length} were chosen).` };
      const settings = memory.get<Settings>('settings', SETTINGS_ID) ?? DEFAULT_SETTINGS;
      const directory = {
        people: memory.all<Person>('people'), departments: memory.all<Department>('departments'), roles: memory.all<Role>('roles'),
        settings, allTeams: memory.all<Team>('teams'),
      };
      return {
        ok: true,
        value: comparePlans(directory, { planId: baselinePlanId, records: recordsWithDesignOf(memory, baselinePlanId) }, candidatePlanIds.map((planId) => ({ planId, records: recordsWithDesignOf(memory, planId) }))),
      };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the plans compared, `ready` for the tables' versions
  }, [memory, ready, key]);
}

const PROMOTION_TABLES: readonly MemoryTable[] = ['plans', 'teams', 'memberships', 'people', 'objectives', 'keyResults', 'periods'];

/**
 * What promoting a draft on the effective date does (OKR impact with the proposed fixes) and why it
 * would be refused, with the user's choices so far: the same pure rule `promoteDraft` applies.
 */
export function usePromotionPreview(draftId: string | null, effectiveDate: string, choices: RepointChoices): PromotionPreview | undefined {
  const memory = useWorkspaceMemory();
  const ready = useTablesStamp(PROMOTION_TABLES);
  return useMemo(() => {
    if (!ready || !draftId) return undefined;
    const livePlan = memory.get<Plan>('plans', LIVE_PLAN_ID);
    const draft = memory.get<Plan>('plans', draftId);
    if (!livePlan || !draft) return { impact: [], problems: [`The draft "${draftId}" does not exist: choose a draft.`], warnings: [] };
    const live = recordsOf(memory, LIVE_PLAN_ID);
    const drafted = recordsOf(memory, draftId);
    const plan = planPromotion({
      livePlan, draft, plans: memory.all<Plan>('plans'),
      liveTeams: live.teams, liveMemberships: live.memberships, draftTeams: drafted.teams, draftMemberships: drafted.memberships,
      people: memory.all<Person>('people'), objectives: memory.all<Objective>('objectives'), keyResults: memory.all<KeyResult>('keyResults'),
      periods: memory.all<Period>('periods'), effectiveDate, choices, ancestry: memory.all<Team>('teams'),
      archivedPlanId: 'plan:preview', at: nowIso(), actor: null,
    });
    return plan.ok ? { impact: plan.impact, problems: [], warnings: plan.warnings } : { impact: plan.impact, problems: plan.problems, warnings: [] };
    // `ready` changes with the tables' versions: the preview follows every edit.
  }, [memory, ready, draftId, effectiveDate, choices]);
}

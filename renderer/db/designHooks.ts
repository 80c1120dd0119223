import { useMemo } from 'react';
import type { Dependency, Interaction, PrincipleSet, TeamGroup } from '../../shared/model';
import { useTableVersion, useWorkspaceMemory } from './memory/useMemory';
import type { MemoryTable } from './memory/workspaceMemory';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Alive records of a small plan-scoped table (groups, interactions, dependencies), shared per plan until the table changes. */
function usePlanRecords<T extends { planId: string }>(table: MemoryTable, planId: string, sort?: (a: T, b: T) => number): T[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion(table);
  return useMemo(
    () =>
      version
        ? memory.cached(`${table}:${planId}`, [table], () => {
            const rows = memory.alive<T>(table).filter((r) => r.planId === planId);
            return sort ? rows.sort(sort) : rows;
          })
        : undefined,
    [memory, version, table, planId, sort],
  );
}

export function useTeamGroups(planId: string): TeamGroup[] | undefined {
  return usePlanRecords<TeamGroup>('teamGroups', planId, byName);
}

const byStart = (a: { start: string; id: string }, b: { start: string; id: string }) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
const bySince = (a: { since: string; id: string }, b: { since: string; id: string }) => a.since.localeCompare(b.since) || a.id.localeCompare(b.id);

export function usePlanInteractions(planId: string): Interaction[] | undefined {
  return usePlanRecords<Interaction>('interactions', planId, byStart);
}

export function usePlanDependencies(planId: string): Dependency[] | undefined {
  return usePlanRecords<Dependency>('dependencies', planId, bySince);
}

/** Every alive principle set (the Default one and one per team type). */
export function usePrincipleSets(): PrincipleSet[] | undefined {
  const memory = useWorkspaceMemory();
  const version = useTableVersion('principleSets');
  return useMemo(() => (version ? memory.cached('principleSets', ['principleSets'], () => memory.alive<PrincipleSet>('principleSets')) : undefined), [memory, version]);
}

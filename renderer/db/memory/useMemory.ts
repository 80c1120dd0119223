import { useCallback, useSyncExternalStore } from 'react';
import { useDb } from '../context';
import { workspaceMemory, type LoadStatus, type MemoryTable, type TableVersion, type WorkspaceMemory } from './workspaceMemory';

export function useWorkspaceMemory(): WorkspaceMemory {
  return workspaceMemory(useDb());
}

/**
 * The table's current version once the table is in memory (undefined while it loads, as the
 * hooks promised when they were live queries); a component re-renders when the table changes.
 */
export function useTableVersion(table: MemoryTable, options: { load?: boolean } = {}): TableVersion | undefined {
  const memory = useWorkspaceMemory();
  // A deferred table (a print window's check-ins) is read once a hook needs it, unless it says it can do without.
  const load = options.load ?? true;
  const subscribe = useCallback(
    (listener: () => void) => {
      if (load) memory.ensureLoaded(table);
      const stopTable = memory.subscribe(table, listener);
      const stopStatus = memory.subscribeStatus(listener);
      return () => {
        stopTable();
        stopStatus();
      };
    },
    [memory, table, load],
  );
  const snapshot = () => (memory.isLoaded(table) ? memory.version(table) : undefined);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Progress of the first read of the workspace, for the start-up screen. */
export function useWorkspaceLoadStatus(): LoadStatus {
  const memory = useWorkspaceMemory();
  const subscribe = useCallback((listener: () => void) => memory.subscribeStatus(listener), [memory]);
  const snapshot = () => memory.status;
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * useMemo whose result is shared by every mount of a screen: computed again only when one of the
 * inputs (the domain hooks' shared values) is a different object. Returning to a screen is free.
 */
export function useDerived<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
  // A lookup and an identity comparison per render: cheaper than useMemo's own bookkeeping here.
  return useWorkspaceMemory().memo(key, inputs, compute);
}

import { useSyncExternalStore } from 'react';
import type { TeamshapeDb } from '../db/database';
import { syncController, type SyncController } from './controller';
import type { SyncStatus } from './status';

export function useSyncController(db: TeamshapeDb): SyncController {
  return syncController(db);
}

/** The sync status for the app frame and Settings → Sync; re-renders when it changes. */
export function useSyncStatus(db: TeamshapeDb): { status: SyncStatus; controller: SyncController } {
  const controller = syncController(db);
  const status = useSyncExternalStore(
    (listener) => controller.subscribe(listener),
    () => controller.status,
    () => controller.status,
  );
  return { status, controller };
}

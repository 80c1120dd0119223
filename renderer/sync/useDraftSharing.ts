import { useSyncExternalStore } from 'react';
import type { TeamshapeDb } from '../db/database';
import { syncController } from './controller';

export interface DraftSharing {
  /** Sync runs on this laptop (a server is connected): sharing is possible. */
  syncOn: boolean;
  /** Every laptop of the workspace has the draft (this laptop's author shared it, or another's did). */
  shared: boolean;
  share: () => Promise<void>;
}

/** Whether a draft is shared, and how to share it; re-renders when sync starts, stops or shares. */
export function useDraftSharing(db: TeamshapeDb, planId: string): DraftSharing {
  const controller = syncController(db);
  const snapshot = useSyncExternalStore(
    (listener) => controller.subscribe(listener),
    () => `${controller.engine ? 'on' : 'off'}:${controller.isShared(planId) ? 'shared' : 'private'}`,
  );
  return { syncOn: snapshot.startsWith('on'), shared: snapshot.endsWith(':shared'), share: () => controller.shareDraft(planId) };
}

import type { App } from 'electron';
import { createBackupHandlers, type BackupHandlerDeps } from './backupHandlers';
import { createChartHandlers, type ChartHandlerDeps } from './chartHandlers';
import { createFileHandlers, type FileHandlerDeps } from './fileHandlers';
import { createMarkerHandlers, type MarkerHandlerDeps } from './markerHandlers';
import type { BridgeHandlers } from './registerBridge';
import type { AllowedSyncServerStore } from './syncServerHandlers';

export interface BridgeHandlerDeps extends FileHandlerDeps, BackupHandlerDeps, ChartHandlerDeps, MarkerHandlerDeps {
  app: Pick<App, 'getVersion'>;
  platform: string;
  syncServer: AllowedSyncServerStore;
}

/** One handler per channel of the bridge table; registerBridge does the checking around them. */
export function createBridgeHandlers(deps: BridgeHandlerDeps): BridgeHandlers {
  return {
    'app:info': () => ({ version: deps.app.getVersion(), platform: deps.platform, desktop: true }),
    ...createFileHandlers(deps),
    ...createBackupHandlers(deps),
    ...createChartHandlers(deps),
    ...createMarkerHandlers(deps),
    ...deps.syncServer.handlers(),
  };
}

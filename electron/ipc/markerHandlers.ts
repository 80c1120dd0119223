import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { WorkspaceMarker } from '../../shared/workspaceMarker';
import { realBackupFs, writeDurably, type BackupFs } from './backupFolder';
import type { BridgeHandlers } from './registerBridge';

export interface MarkerHandlerDeps {
  /** userData/workspace-marker.json: outside the renderer's storage, so an eviction there leaves it. */
  markerFile: () => string;
  fs?: BackupFs;
}

/** The note that this computer had a workspace (shared/workspaceMarker.ts), kept by main. */
export function createMarkerHandlers(deps: MarkerHandlerDeps): Pick<BridgeHandlers, 'workspace:readMarker' | 'workspace:writeMarker'> {
  const fs = deps.fs ?? realBackupFs;
  return {
    'workspace:readMarker': async () => {
      const text = await readFile(deps.markerFile(), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        const parsed = WorkspaceMarker.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null; // a damaged note is no note
      }
    },
    'workspace:writeMarker': async (marker) => {
      const file = deps.markerFile();
      await fs.mkdir(dirname(file), { recursive: true });
      await writeDurably(fs, dirname(file), basename(file), JSON.stringify(marker));
      return null;
    },
  };
}

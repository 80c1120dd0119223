import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AllowedSyncServer, contentSecurityPolicyFor } from '../../shared/security';
import { realBackupFs, writeDurably, type BackupFs } from './backupFolder';
import type { BridgeHandlers } from './registerBridge';

export interface SyncServerHandlerDeps {
  /** userData/sync-server.json: the sync server the page's policy allows. */
  syncServerFile: () => string;
  fs?: BackupFs;
}

/**
 * The sync server the app:// pages may connect to (issue 21): read once at start, changed from
 * Settings → Sync through the bridge; the protocol handler builds every page's policy from it.
 */
export class AllowedSyncServerStore {
  private socketOrigin: string | null = null;

  constructor(private readonly deps: SyncServerHandlerDeps) {
    try {
      const parsed = AllowedSyncServer.safeParse(JSON.parse(readFileSync(deps.syncServerFile(), 'utf8')));
      this.socketOrigin = parsed.success ? parsed.data.socketOrigin : null;
    } catch {
      this.socketOrigin = null; // none kept yet, or a damaged file: no server allowed
    }
  }

  /** The policy of every app:// response. */
  contentSecurityPolicy(): string {
    return contentSecurityPolicyFor(this.socketOrigin);
  }

  handlers(): Pick<BridgeHandlers, 'sync:allowedServer' | 'sync:allowServer' | 'sync:forgetServer'> {
    const fs = this.deps.fs ?? realBackupFs;
    const keep = async (socketOrigin: string | null) => {
      const file = this.deps.syncServerFile();
      await fs.mkdir(dirname(file), { recursive: true });
      await writeDurably(fs, dirname(file), basename(file), JSON.stringify({ socketOrigin }));
      this.socketOrigin = socketOrigin;
      return null;
    };
    return {
      'sync:allowedServer': async () => this.socketOrigin,
      'sync:allowServer': ({ socketOrigin }) => keep(socketOrigin),
      'sync:forgetServer': () => keep(null),
    };
  }
}

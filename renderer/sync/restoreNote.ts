/**
 * What a restore does on a laptop that syncs (issue 21), in the words the restore dialog and its
 * result use. The restore builds a new database without the sync tables (renderer/db/stagedRestore.ts):
 * the restored workspace stays on this laptop, nothing of it is sent, so no one else's work on the
 * server is overwritten by older records; "Undo restore" returns to the workspace that syncs.
 */
export function restoreSyncNote(serverHost: string): string {
  return (
    `This laptop syncs with ${serverHost}. The restore changes this laptop only: syncing stops here and nothing from the backup is sent, ` +
    'so no one’s work on the server is overwritten. “Undo restore” brings back your workspace from before, syncing again. ' +
    'If you connect again in Settings → Sync instead, this laptop takes the server’s version of every record the server has.'
  );
}

export const RESTORED_SYNC_STOPPED = 'Sync is off on this laptop now (the restored workspace is yours alone): nothing was sent to the server.';

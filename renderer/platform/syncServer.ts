import { AllowedSyncServer } from '../../shared/security';
import { desktopBridge } from './desktopBridge';

const SYNC_SERVER_URL = '/api/sync-server';
const HEADERS = { 'Content-Type': 'application/json', 'X-Teamshape-Request': '1' };

/**
 * The one sync server the Content-Security-Policy lets this window connect to: kept by main on
 * desktop (electron/ipc/syncServerHandlers.ts) and by the local server in browser mode
 * (scripts/static-server.ts), each of which sends the policy with every page. A
 * change applies from the next load of the page. Null when none is allowed or nobody keeps it.
 */
export async function readAllowedSyncServer(): Promise<string | null> {
  const bridge = desktopBridge();
  if (bridge) {
    const reply = await bridge.syncAllowedServer();
    return reply.ok ? reply.value : null;
  }
  try {
    const response = await fetch(SYNC_SERVER_URL, { cache: 'no-store' });
    if (!response.ok) return null;
    const parsed = AllowedSyncServer.safeParse(await response.json());
    return parsed.success ? parsed.data.socketOrigin : null;
  } catch {
    return null;
  }
}

/** Allows `socketOrigin` (and only it) from the next page load on; false when that could not be kept. */
export async function allowSyncServer(socketOrigin: string | null): Promise<boolean> {
  const bridge = desktopBridge();
  if (bridge) return (socketOrigin === null ? await bridge.syncForgetServer() : await bridge.syncAllowServer({ socketOrigin })).ok;
  try {
    const response =
      socketOrigin === null
        ? await fetch(SYNC_SERVER_URL, { method: 'DELETE', headers: HEADERS })
        : await fetch(SYNC_SERVER_URL, { method: 'PUT', headers: HEADERS, body: JSON.stringify({ socketOrigin }) });
    return response.ok;
  } catch {
    return false;
  }
}

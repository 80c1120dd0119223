import { AllowedSyncServer } from '../../shared/security';

const SYNC_SERVER_URL = '/api/sync-server';
const HEADERS = { 'Content-Type': 'application/json', 'X-Teamshape-Request': '1' };

/**
 * The one sync server the Content-Security-Policy lets this window connect to: kept by the local
 * server in browser mode (scripts/static-server.ts), which sends the policy with every page. A
 * change applies from the next load of the page. Null when none is allowed or nobody keeps it.
 */
export async function readAllowedSyncServer(): Promise<string | null> {
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

import { WorkspaceMarker } from '../../shared/workspaceMarker';
import { desktopBridge } from './desktopBridge';

const MARKER_URL = '/api/workspace-marker';

/**
 * The note that this computer had a workspace, kept outside the browser's storage: by main on
 * desktop, by the local server in browser mode. 'unavailable' where neither keeps one (a plain
 * static host, the test server).
 */
export async function readWorkspaceMarker(): Promise<WorkspaceMarker | null | 'unavailable'> {
  const bridge = desktopBridge();
  if (bridge) {
    const reply = await bridge.workspaceReadMarker();
    return reply.ok ? reply.value : 'unavailable';
  }
  try {
    const response = await fetch(MARKER_URL, { cache: 'no-store' });
    if (response.status === 204) return null;
    if (!response.ok) return 'unavailable';
    const parsed = WorkspaceMarker.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return 'unavailable';
  }
}

/** Writes the note; false when it could not be kept (nothing depends on it but the eviction notice). */
export async function writeWorkspaceMarker(marker: WorkspaceMarker): Promise<boolean> {
  const bridge = desktopBridge();
  if (bridge) return (await bridge.workspaceWriteMarker(marker)).ok;
  try {
    const response = await fetch(MARKER_URL, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Teamshape-Request': '1' },
      body: JSON.stringify(marker),
    });
    return response.ok;
  } catch {
    return false;
  }
}

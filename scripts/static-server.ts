/**
 * The static server behind browser mode (scripts/browser-server.ts) and the test server
 * (scripts/test-server.ts). Browser mode serves the built renderer at http://127.0.0.1:47821, the one fixed address whose
 * IndexedDB holds the user's data. It never moves to another port: data stored under another
 * address would look lost.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { AllowedSyncServer, BROWSER_HOST, BROWSER_PORT, contentSecurityPolicyFor, refusalHeaders, resolveRequestPath, responseHeaders } from '../shared/security';
import { WORKSPACE_MARKER_MAX_BYTES, WorkspaceMarker } from '../shared/workspaceMarker';

export interface BrowserServerOptions {
  /** The built renderer, dist/renderer. */
  root: string;
  /** Test tooling served beside the app (the benchmark harness); only the test server passes it. */
  extraRoots?: readonly string[];
  port?: number;
  host?: string;
  /**
   * Where the note that a workspace existed is kept, outside the browser's storage
   * (shared/workspaceMarker.ts); without it (the test server), /api/workspace-marker keeps nothing.
   */
  markerFile?: string;
}

/** The marker's API: the only address the server answers that is not a file of the build. */
export const MARKER_PATH = '/api/workspace-marker';
/** The sync server the Content-Security-Policy allows (renderer/sync): GET, PUT, DELETE. */
export const SYNC_SERVER_PATH = '/api/sync-server';
/** A header no cross-site form or image can send: a PUT without it comes from somewhere else. */
export const MARKER_REQUEST_HEADER = 'x-teamshape-request';

/** Browser mode's marker file, beside where the desktop app keeps its data on this system. */
export function defaultMarkerFile(env: Readonly<Record<string, string | undefined>> = process.env, platform = process.platform): string {
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(base, 'Teamshape', 'browser-mode', 'workspace-marker.json');
}

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use — is Teamshape already open? Close it or free the port; ` +
        'Teamshape never moves to another port because your data is stored per address.',
    );
  }
}

function send(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...refusalHeaders(), ...extra });
  response.end(text);
}

interface Site {
  /** Searched in order; the first holding the requested file answers. */
  roots: readonly string[];
  markerFile: string | null;
  /** `127.0.0.1:47821`: the only Host header served. */
  address: string;
  /** `localhost:47821`, redirected to `address`. */
  alias: string | null;
  /** The connected sync server's WebSocket origin: the policy allows it (and its HTTP origin) only. */
  syncOrigin: string | null;
}

/** Where browser mode keeps the allowed sync server (beside the marker), or nowhere (the test server). */
function syncServerFile(site: Site): string | null {
  return site.markerFile === null ? null : join(dirname(site.markerFile), 'sync-server.json');
}

async function readAllowedSyncOrigin(file: string | null): Promise<string | null> {
  if (file === null) return null;
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = AllowedSyncServer.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.socketOrigin : null;
  } catch {
    return null;
  }
}

/** The same checks as the marker: same host, same origin, our header; then keep or forget the origin. */
async function serveSyncServer(request: IncomingMessage, response: ServerResponse, site: Site): Promise<void> {
  if (request.method === 'GET') {
    return send(response, 200, JSON.stringify({ socketOrigin: site.syncOrigin }), JSON_HEADERS);
  }
  if (request.method !== 'PUT' && request.method !== 'DELETE') return send(response, 405, 'Method not allowed', { Allow: 'GET, PUT, DELETE' });
  const origin = request.headers.origin;
  if (request.headers[MARKER_REQUEST_HEADER] !== '1' || (origin !== undefined && origin !== `http://${site.address}`)) return send(response, 403, 'Forbidden');
  const file = syncServerFile(site);
  if (request.method === 'DELETE') {
    site.syncOrigin = null;
    if (file !== null) await writeFile(file, JSON.stringify({ socketOrigin: null }), { flush: true }).catch(() => undefined);
    return send(response, 204, '', { 'Cache-Control': 'no-store' });
  }
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'JSON only');
  const body = await readBody(request, 1024);
  if (body === null) return send(response, 413, 'Too large');
  let parsed;
  try {
    parsed = AllowedSyncServer.safeParse(JSON.parse(body));
  } catch {
    return send(response, 400, 'Not JSON');
  }
  if (!parsed.success) return send(response, 400, 'Not a sync server origin');
  site.syncOrigin = parsed.data.socketOrigin;
  if (file !== null) {
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(parsed.data), { flush: true });
    await rename(temporary, file);
  }
  return send(response, 204, '', { 'Cache-Control': 'no-store' });
}

async function findFile(roots: readonly string[], relativePath: string) {
  for (const root of roots) {
    const filePath = resolve(root, relativePath);
    if (!filePath.startsWith(root + sep)) return 'forbidden';
    const info = await stat(filePath).catch(() => null);
    if (info?.isFile()) return { filePath, size: info.size };
  }
  return null;
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    // Past the limit the rest is read and dropped, so the refusal still reaches the page.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

/** GET the marker (204 when there is none) or PUT a new one: same host, same origin, our header, a valid body. */
async function serveMarker(request: IncomingMessage, response: ServerResponse, site: Site & { markerFile: string }): Promise<void> {
  if (request.method === 'GET') {
    const text = await readFile(site.markerFile, 'utf8').catch(() => null);
    const parsed = text === null ? null : WorkspaceMarker.safeParse(JSON.parse(text.trim() || 'null'));
    if (!parsed?.success) return send(response, 204, '', { 'Cache-Control': 'no-store' });
    return send(response, 200, JSON.stringify(parsed.data), JSON_HEADERS);
  }
  if (request.method !== 'PUT') return send(response, 405, 'Method not allowed', { Allow: 'GET, PUT' });
  const origin = request.headers.origin;
  if (request.headers[MARKER_REQUEST_HEADER] !== '1' || (origin !== undefined && origin !== `http://${site.address}`)) return send(response, 403, 'Forbidden');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) return send(response, 415, 'The marker is JSON');
  const body = await readBody(request, WORKSPACE_MARKER_MAX_BYTES);
  if (body === null) return send(response, 413, 'Too large');
  let parsed;
  try {
    parsed = WorkspaceMarker.safeParse(JSON.parse(body));
  } catch {
    return send(response, 400, 'Not JSON');
  }
  if (!parsed.success) return send(response, 400, 'Not a workspace marker');
  await mkdir(dirname(site.markerFile), { recursive: true });
  const temporary = `${site.markerFile}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(parsed.data), { flush: true });
  await rename(temporary, site.markerFile);
  return send(response, 204, '', { 'Cache-Control': 'no-store' });
}

async function serve(request: IncomingMessage, response: ServerResponse, site: Site): Promise<void> {
  const { roots, address, alias } = site;
  const target = request.url ?? '';
  if (target === MARKER_PATH && request.headers.host === address) {
    // The test server keeps no note (tests share it; each starts with a fresh browser): never one to read, none kept.
    if (site.markerFile === null) return send(response, 204, '', { 'Cache-Control': 'no-store' });
    return serveMarker(request, response, { ...site, markerFile: site.markerFile });
  }
  if (target === SYNC_SERVER_PATH && request.headers.host === address) return serveSyncServer(request, response, site);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  // `localhost` is a different origin with different (empty) storage: send people to the real one.
  if (alias !== null && request.headers.host === alias && target.startsWith('/')) {
    return send(response, 308, 'Moved', { Location: `http://${address}${target}` });
  }
  // Any other Host means a DNS-rebinding page or a proxy, not the user's browser tab.
  if (request.headers.host !== address) return send(response, 421, 'Misdirected request');
  // The raw target, before any URL normalisation, so traversal attempts are refused, not repaired.
  const resolved = resolveRequestPath(target.split(/[?#]/, 1)[0] ?? '');
  if (!resolved.ok) return send(response, 403, 'Forbidden');
  const found = await findFile(roots, resolved.relativePath);
  if (found === 'forbidden') return send(response, 403, 'Forbidden');
  if (found === null) return send(response, 404, 'Not found');
  const body = request.method === 'HEAD' ? null : await readFile(found.filePath);
  response.writeHead(200, { ...responseHeaders(resolved.relativePath, contentSecurityPolicyFor(site.syncOrigin)), 'Content-Length': String(found.size) });
  response.end(body ?? undefined);
}

/** Starts serving `root`; rejects with PortInUseError when the port is taken. */
export function startBrowserServer(options: BrowserServerOptions): Promise<Server> {
  const roots = [options.root, ...(options.extraRoots ?? [])].map((root) => resolve(root));
  const host = options.host ?? BROWSER_HOST;
  const port = options.port ?? BROWSER_PORT;
  const site: Site = { roots, address: `${host}:${port}`, alias: host === BROWSER_HOST ? `localhost:${port}` : null, markerFile: options.markerFile ?? null, syncOrigin: null };
  const loaded = readAllowedSyncOrigin(syncServerFile(site)).then((origin) => {
    site.syncOrigin = origin;
  });
  const server = createServer((request, response) => {
    loaded
      .then(() => serve(request, response, site)).catch((error: unknown) => {
      console.error('Teamshape could not answer a request:', error);
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    server.listen(port, host, () => resolveServer(server));
  });
}

/** Only tests move the port, through TEAMSHAPE_PORT; users always get 47821. */
export function portFromEnvironment(env: Readonly<Record<string, string | undefined>>): number {
  const value = env.TEAMSHAPE_PORT;
  if (value === undefined || value === '') return BROWSER_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`TEAMSHAPE_PORT must be a port number, not "${value}".`);
  return port;
}

/** What `npm start` runs without Electron: serve, print the address, or explain and exit 1. */
export async function runBrowserServer(root: string, env = process.env): Promise<Server | undefined> {
  try {
    const port = portFromEnvironment(env);
    const server = await startBrowserServer({ root, port, markerFile: env.TEAMSHAPE_MARKER_FILE || defaultMarkerFile(env) });
    console.log(`Teamshape is running at http://${BROWSER_HOST}:${port}`);
    return server;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/**
 * The static server behind browser mode (scripts/browser-server.ts) and the test server
 * (scripts/test-server.ts). Browser mode serves the built renderer at http://127.0.0.1:47821, the one fixed address whose
 * IndexedDB holds the user's data. It never moves to another port: data stored under another
 * address would look lost.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { BROWSER_HOST, BROWSER_PORT, refusalHeaders, resolveRequestPath, responseHeaders } from '../shared/security';

export interface BrowserServerOptions {
  /** The built renderer, dist/renderer. */
  root: string;
  /** Test tooling served beside the app (the benchmark harness); only the test server passes it. */
  extraRoots?: readonly string[];
  port?: number;
  host?: string;
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
  /** `127.0.0.1:47821`: the only Host header served. */
  address: string;
  /** `localhost:47821`, redirected to `address`. */
  alias: string | null;
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

async function serve(request: IncomingMessage, response: ServerResponse, { roots, address, alias }: Site): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const target = request.url ?? '';
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
  response.writeHead(200, { ...responseHeaders(resolved.relativePath), 'Content-Length': String(found.size) });
  response.end(body ?? undefined);
}

/** Starts serving `root`; rejects with PortInUseError when the port is taken. */
export function startBrowserServer(options: BrowserServerOptions): Promise<Server> {
  const roots = [options.root, ...(options.extraRoots ?? [])].map((root) => resolve(root));
  const host = options.host ?? BROWSER_HOST;
  const port = options.port ?? BROWSER_PORT;
  const site: Site = { roots, address: `${host}:${port}`, alias: host === BROWSER_HOST ? `localhost:${port}` : null };
  const server = createServer((request, response) => {
    serve(request, response, site).catch((error: unknown) => {
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
    const server = await startBrowserServer({ root, port });
    console.log(`Teamshape is running at http://${BROWSER_HOST}:${port}`);
    return server;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

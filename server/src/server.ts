// Builds the sync server: Hocuspocus with our guard and SQLite storage, a health endpoint, and the
// Redis extension when several processes share the work.
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { readFileSync } from 'node:fs';
import { Store } from './store.ts';
import { Guard } from './guard.ts';
import { DEFAULT_PERSISTENCE, SqlitePersistence, type PersistenceOptions } from './persistence.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './log.ts';

export const SERVER_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
export const PROTOCOL_VERSION = 1;
const STOP_TIMEOUT_MS = 5_000;

export interface SyncServerOptions extends ServerConfig {
  log: Logger;
  now?: () => Date;
  persistence?: Partial<Omit<PersistenceOptions, 'now'>>;
  /** How often open connections' tokens are checked again (revocation, expiry). */
  recheckTokensEveryMs?: number;
}

export interface SyncServer {
  server: Server;
  store: Store;
  persistence: SqlitePersistence;
  guard: Guard;
  /** The port actually bound (useful with --port 0). */
  port: number;
  stop(): Promise<void>;
}

function healthEndpoint(): Extension {
  return {
    extensionName: 'TeamshapeHealth',
    async onRequest({ request, response }: onRequestPayload) {
      const path = (request.url ?? '/').split('?')[0];
      if (request.method === 'GET' && path === '/health') {
        response.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          // The app may ask from its own origin (app://teamshape or the local browser address).
          'Access-Control-Allow-Origin': '*',
        });
        response.end(JSON.stringify({ ok: true, version: SERVER_VERSION, protocol: PROTOCOL_VERSION }));
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Teamshape sync server: connect with the Teamshape app (WebSocket), or GET /health.\n');
      }
      // Rejecting without an error stops Hocuspocus' default answer (it has been sent).
      throw null;
    },
  };
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const now = options.now ?? (() => new Date());
  const store = new Store(options.dataDir);
  const persistence = new SqlitePersistence(store, options.log, { ...DEFAULT_PERSISTENCE, ...options.persistence, now });
  const guard = new Guard(store, options.log, now, options.recheckTokensEveryMs ?? 15_000);
  const extensions: Extension[] = [healthEndpoint(), guard, persistence];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        options: {
          username: url.username ? decodeURIComponent(url.username) : undefined,
          password: url.password ? decodeURIComponent(url.password) : undefined,
          db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
          tls: url.protocol === 'rediss:' ? {} : undefined,
        },
        prefix: 'teamshape-sync',
      }),
    );
  }
  const server = new Server({
    name: 'teamshape-sync',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    extensions,
    // The default 2 s debounce only delays Hocuspocus' own store hooks, which we do not use for
    // durability (see persistence.ts); documents unload as soon as their last client leaves.
    unloadImmediately: true,
    // A laptop back from a week offline sends its queued updates as soon as the socket opens, before
    // its token is checked: room for ~20,000 queued edits (Hocuspocus' default of 1,000 / 5 MiB would
    // drop the connection and make it start over).
    maxUnauthenticatedQueueMessages: 20_000,
    maxUnauthenticatedQueueSize: 32 * 1024 * 1024,
    websocketOptions: { maxPayload: options.maxMessageBytes },
  });
  server.httpServer.on('clientError', (_error, socket) => socket.destroy());
  await server.listen();
  let stopped: Promise<void> | undefined;
  return {
    server,
    store,
    persistence,
    guard,
    port: server.address.port,
    stop() {
      stopped ??= (async () => {
        // Every change is stored already (persistence.ts); waiting for Hocuspocus to unload its
        // documents is politeness, bounded so a stuck connection cannot keep the process alive.
        let timer: NodeJS.Timeout | undefined;
        const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
        await Promise.race([server.destroy(), bounded]);
        clearTimeout(timer);
        server.httpServer.closeAllConnections();
        store.close();
      })();
      return stopped;
    },
  };
}

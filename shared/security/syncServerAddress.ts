import { z } from 'zod';

/**
 * The sync server's address as a person types it ("teamshape.example.com", "https://sync.corp",
 * "ws://127.0.0.1:8787") → the WebSocket origin the app connects to and the matching HTTP origin
 * (its /health). The Content-Security-Policy allows exactly these two origins, nothing wider.
 */
export interface SyncServerAddress {
  /** ws://host[:port] or wss://host[:port]: what the provider connects to. */
  socketOrigin: string;
  /** http://host[:port] or https://host[:port]: the same server's /health. */
  httpOrigin: string;
}

const SCHEMES: Record<string, { socket: string; http: string }> = {
  'ws:': { socket: 'ws:', http: 'http:' },
  'http:': { socket: 'ws:', http: 'http:' },
  'wss:': { socket: 'wss:', http: 'https:' },
  'https:': { socket: 'wss:', http: 'https:' },
};

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

export type AddressReading = { ok: true; address: SyncServerAddress } | { ok: false; error: string };

/** scheme://[user@]host[:port][rest] — parsed by hand: shared/ runs where no URL class is typed. */
const ADDRESS = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]*@)?(\[[0-9a-f:.]+\]|[^/?#\s:@]+)(?::(\d{1,5}))?([/?#].*)?$/i;
const HOSTNAME = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*)$/i;

export function readSyncServerAddress(typed: string): AddressReading {
  const text = typed.trim();
  if (text === '') return { ok: false, error: 'Enter the sync server’s address, for example wss://sync.example.com or ws://127.0.0.1:8787.' };
  const match = ADDRESS.exec(text);
  const hostname = match?.[3]?.toLowerCase() ?? '';
  if (!match || !HOSTNAME.test(hostname)) {
    return { ok: false, error: `“${text}” is not a server address: write it as wss://sync.example.com or ws://127.0.0.1:8787.` };
  }
  const [, typedScheme, credentials, , port, rest] = match;
  const loopback = LOOPBACK.test(hostname);
  const protocol = `${(typedScheme ?? (loopback ? 'ws' : 'wss')).toLowerCase()}:`;
  const scheme = SCHEMES[protocol];
  if (!scheme) return { ok: false, error: `“${text}” uses ${protocol.replace(':', '')}: the sync server is reached over wss:// (or ws:// on this computer).` };
  if (credentials) return { ok: false, error: 'Leave the name and password out of the address: the invitation token is entered separately.' };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { ok: false, error: `${port} is not a port number: use one from 1 to 65535.` };
  const host = port === undefined ? hostname : `${hostname}:${Number(port)}`;
  if (rest !== undefined && rest !== '/') return { ok: false, error: `Give the server’s address only, without a path: ${scheme.socket}//${host}` };
  if (scheme.socket === 'ws:' && !loopback) {
    return { ok: false, error: `“${host}” is another computer: connect to it over wss:// (TLS), so nobody on the network can read your workspace. ws:// is only for a server on this computer.` };
  }
  return { ok: true, address: { socketOrigin: `${scheme.socket}//${host}`, httpOrigin: `${scheme.http}//${host}` } };
}

/** What main and the browser-mode server keep: the one sync server origin the policy allows. */
export const AllowedSyncServer = z.strictObject({
  socketOrigin: z.string().regex(/^wss?:\/\/[^/\s'";,]+$/, 'a ws:// or wss:// origin'),
});
export type AllowedSyncServer = z.infer<typeof AllowedSyncServer>;

/** The HTTP origin of an allowed WebSocket origin (its /health). */
export function httpOriginOf(socketOrigin: string): string {
  return socketOrigin.replace(/^ws/, 'http');
}

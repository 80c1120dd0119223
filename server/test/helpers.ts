// Test helpers: a server in this process or as a child process, a workspace with tokens, and
// provider clients (@hocuspocus/provider on the `ws` package, as a Node client).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Store } from '../src/store.ts';
import { createWorkspace, invite } from '../src/adminOperations.ts';
import { startSyncServer, type SyncServer } from '../src/server.ts';
import { DEFAULTS } from '../src/config.ts';
import type { Logger } from '../src/log.ts';

export const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
export const ADMIN = fileURLToPath(new URL('../src/admin.ts', import.meta.url));

/** The test ports of this suite: TEAMSHAPE_SERVER_TEST_PORT (default 48100) and the next 49. */
export function testPort(offset: number): number {
  const base = Number(process.env.TEAMSHAPE_SERVER_TEST_PORT ?? 48100);
  if (offset < 0 || offset >= 50) throw new Error(`test port offset ${offset} is outside the suite's 50 ports`);
  return base + offset;
}

export function tempDir(label: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `teamshape-sync-${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface Fixture {
  workspaceId: string;
  otherWorkspaceId: string;
  editor: string;
  editor2: string;
  viewer: string;
  expired: string;
  revoked: string;
  otherEditor: string;
}

/** A workspace with one token of every kind, written straight into the data folder. */
export function makeFixture(dataDir: string, now = new Date()): Fixture {
  const store = new Store(dataDir);
  try {
    const workspace = createWorkspace(store, 'Acme product teams', now);
    const other = createWorkspace(store, 'Other company', now);
    const past = new Date(now.getTime() - 2 * 86_400_000);
    const expired = invite(store, workspace.id, 'editor', '1d', past).token;
    const revoked = invite(store, workspace.id, 'editor', undefined, now);
    store.revokeToken(revoked.row.id, now.toISOString());
    return {
      workspaceId: workspace.id,
      otherWorkspaceId: other.id,
      editor: invite(store, workspace.id, 'editor', '30d', now).token,
      editor2: invite(store, workspace.id, 'editor', undefined, now).token,
      viewer: invite(store, workspace.id, 'viewer', '30d', now).token,
      expired,
      revoked: revoked.token,
      otherEditor: invite(store, other.id, 'editor', undefined, now).token,
    };
  } finally {
    store.close();
  }
}

export function quietLogger(lines: string[] = []): Logger {
  return { info: (line) => lines.push(line), error: (line) => lines.push(`ERROR ${line}`) };
}

export async function inProcessServer(dataDir: string, overrides: Partial<Parameters<typeof startSyncServer>[0]> = {}): Promise<SyncServer & { url: string; lines: string[] }> {
  const lines: string[] = [];
  const sync = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    redisUrl: undefined,
    maxMessageBytes: DEFAULTS.maxMessageBytes,
    log: quietLogger(lines),
    ...overrides,
  });
  return Object.assign(sync, { url: `ws://127.0.0.1:${sync.port}`, lines });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts `src/main.ts` as a child process on this Node and waits until it listens. */
export async function serverProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s:\n${output}`)), 20_000);
    const onData = () => {
      const match = /listening on ws:\/\/[^:]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    child,
    port,
    url: `ws://127.0.0.1:${port}`,
    output: () => output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves on the first full sync with the server. */
  synced: Promise<void>;
  /** Resolves with the server's refusal reason. */
  refused: Promise<string>;
  /** Sends raw bytes on the client's WebSocket: a modified client. */
  sendRaw: (bytes: Uint8Array) => void;
  destroy: () => void;
}

export function connect(url: string, name: string, token: string, doc = new Y.Doc()): Client {
  let onSynced!: () => void;
  let onRefused!: (reason: string) => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500, factor: 1.5 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    sendRaw: (bytes) => (socket.webSocket as unknown as WebSocket).send(bytes),
    destroy: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms))]);
}

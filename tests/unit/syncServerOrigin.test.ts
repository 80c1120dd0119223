import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYNC_SERVER_PATH, startBrowserServer } from '../../scripts/static-server';

let folder: string;
let server: Server;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

async function start(): Promise<void> {
  server = await startBrowserServer({ root: folder, port, host: '127.0.0.1', markerFile: join(folder, 'data', 'workspace-marker.json') });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-sync-origin-'));
  await writeFile(join(folder, 'index.html'), '<!doctype html><title>Teamshape</title>');
  port = await freePort();
  await start();
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const allow = (body: unknown, headers: Record<string, string> = { 'X-Teamshape-Request': '1' }) =>
  fetch(url(SYNC_SERVER_PATH), { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const connectSources = async () => ((await fetch(url('/index.html'))).headers.get('content-security-policy') ?? '').split('; ').find((d) => d.startsWith('connect-src'));

describe('browser mode: the sync server the page may connect to', () => {
  it('allows only the origin the app asked for, on every page from then on, and keeps it across a restart', async () => {
    expect(await connectSources()).toBe("connect-src 'self'");
    expect((await allow({ socketOrigin: 'ws://127.0.0.1:8787' })).status).toBe(204);
    expect(await connectSources()).toBe("connect-src 'self' ws://127.0.0.1:8787 http://127.0.0.1:8787");
    expect(JSON.parse(await readFile(join(folder, 'data', 'sync-server.json'), 'utf8'))).toEqual({ socketOrigin: 'ws://127.0.0.1:8787' });
    await new Promise((resolve) => server.close(resolve));
    port = await freePort();
    await start();
    expect(await connectSources()).toBe("connect-src 'self' ws://127.0.0.1:8787 http://127.0.0.1:8787");
  });

  it('forgets it when the laptop disconnects', async () => {
    await allow({ socketOrigin: 'wss://sync.example.com' });
    const response = await fetch(url(SYNC_SERVER_PATH), { method: 'DELETE', headers: { 'X-Teamshape-Request': '1' } });
    expect(response.status).toBe(204);
    expect(await connectSources()).toBe("connect-src 'self'");
  });

  it('refuses a request from another site, without our header, or with anything but one origin', async () => {
    expect((await allow({ socketOrigin: 'wss://evil.example' }, {})).status).toBe(403);
    expect((await allow({ socketOrigin: 'wss://evil.example' }, { 'X-Teamshape-Request': '1', Origin: 'https://evil.example' })).status).toBe(403);
    expect((await allow({ socketOrigin: "wss://a.example 'unsafe-inline'" })).status).toBe(400);
    expect((await allow({ socketOrigin: 'ws:' })).status).toBe(400);
    expect((await allow({ socketOrigin: 'https://a.example' })).status).toBe(400);
    expect(await connectSources()).toBe("connect-src 'self'");
  });
});

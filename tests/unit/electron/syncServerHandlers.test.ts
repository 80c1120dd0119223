import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AllowedSyncServerStore } from '../../../electron/ipc/syncServerHandlers';
import { createAppProtocolHandler } from '../../../electron/appProtocol';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-sync-server-'));
  await writeFile(join(folder, 'index.html'), '<!doctype html>');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const connectSources = (policy: string | null) => policy?.split('; ').find((d) => d.startsWith('connect-src'));
const event = {} as never;

describe('desktop: the sync server the app:// pages may connect to', () => {
  it('allows the server Settings → Sync chose, from the next page load, and keeps it for the next start', async () => {
    const file = join(folder, 'sync-server.json');
    const store = new AllowedSyncServerStore({ syncServerFile: () => file });
    const handle = createAppProtocolHandler({ root: folder, csp: () => store.contentSecurityPolicy() });
    const page = () => handle(new Request('app://teamshape/index.html'));
    expect(connectSources((await page()).headers.get('content-security-policy'))).toBe("connect-src 'self'");
    const handlers = store.handlers();
    await handlers['sync:allowServer']({ socketOrigin: 'wss://sync.example.com' }, event);
    expect(await handlers['sync:allowedServer'](undefined, event)).toBe('wss://sync.example.com');
    expect(connectSources((await page()).headers.get('content-security-policy'))).toBe("connect-src 'self' wss://sync.example.com https://sync.example.com");
    expect(new AllowedSyncServerStore({ syncServerFile: () => file }).contentSecurityPolicy()).toContain('wss://sync.example.com');
    await handlers['sync:forgetServer'](undefined, event);
    expect(connectSources((await page()).headers.get('content-security-policy'))).toBe("connect-src 'self'");
  });

  it('allows nothing when the kept file is damaged', async () => {
    const file = join(folder, 'sync-server.json');
    await writeFile(file, '{"socketOrigin":"wss://a.example \'unsafe-eval\'"}');
    expect(connectSources(new AllowedSyncServerStore({ syncServerFile: () => file }).contentSecurityPolicy())).toBe("connect-src 'self'");
  });
});

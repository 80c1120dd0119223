import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrowserServer } from '../../scripts/browser-server';
import { runTestServer, testServerPort } from '../../scripts/test-server';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let dist: string;
const servers: Server[] = [];

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'teamshape-dist-'));
  await mkdir(join(dist, 'renderer'), { recursive: true });
  await mkdir(join(dist, 'bench'), { recursive: true });
  await writeFile(join(dist, 'renderer', 'index.html'), '<title>app</title>');
  await writeFile(join(dist, 'bench', 'bench.html'), '<title>harness</title>');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(dist, { recursive: true, force: true });
});

describe('the benchmark harness stays off the user’s address', () => {
  it('is served beside the app by the test server, on a test port', async () => {
    const port = await freePort();
    servers.push(await runTestServer(dist, { TEAMSHAPE_PORT: String(port) }));
    expect(await (await fetch(`http://127.0.0.1:${port}/bench.html`)).text()).toBe('<title>harness</title>');
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('<title>app</title>');
  });

  it('is not served by the browser mode that `npm start` runs', async () => {
    const port = await freePort();
    const server = await runBrowserServer(join(dist, 'renderer'), { TEAMSHAPE_PORT: String(port) });
    servers.push(server!);
    expect((await fetch(`http://127.0.0.1:${port}/bench.html`)).status).toBe(404);
  });

  it('refuses to run the test server on the user’s port 47821 or without a port', () => {
    expect(() => testServerPort({ TEAMSHAPE_PORT: '47821' })).toThrow(/never runs on port 47821/);
    expect(() => testServerPort({})).toThrow(/needs TEAMSHAPE_PORT/);
  });

  it('is not in the built renderer that installers package (after `npm run build`)', () => {
    const built = join(__dirname, '..', '..', 'dist', 'renderer');
    if (!existsSync(built)) return; // unit tests may run before a build; `npm test` builds first
    expect(readdirSync(built)).not.toContain('bench.html');
    const assets = existsSync(join(built, 'assets')) ? readdirSync(join(built, 'assets')) : [];
    expect(assets.filter((name) => name.startsWith('bench'))).toEqual([]);
  });
});

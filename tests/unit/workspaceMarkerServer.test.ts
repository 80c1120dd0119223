import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKER_PATH, defaultMarkerFile, startBrowserServer } from '../../scripts/static-server';

let folder: string;
let server: Server;
let port: number;
let markerFile: string;

const marker = { hadData: true, teams: 12, people: 95, objectives: 8, lastSeenAt: '2026-11-16T09:00:00.000Z' };

function call(method: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path: MARKER_PATH, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
const put = (body: string, headers: Record<string, string> = {}) =>
  call('PUT', body, { 'content-type': 'application/json', 'x-teamshape-request': '1', origin: `http://127.0.0.1:${port}`, ...headers });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-marker-'));
  markerFile = join(folder, 'nested', 'workspace-marker.json');
  port = await freePort();
  server = await startBrowserServer({ root: folder, port, markerFile });
});
afterEach(async () => {
  await new Promise((done) => server.close(done));
  await rm(folder, { recursive: true, force: true });
});

describe('the local server keeps the note that a workspace existed, outside the browser', () => {
  it('answers 204 until a note is written, then the note; the file survives on disk', async () => {
    expect(await call('GET')).toEqual({ status: 204, body: '' });
    expect((await put(JSON.stringify(marker))).status).toBe(204);
    const answer = await call('GET');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(marker);
    expect(JSON.parse(await readFile(markerFile, 'utf8'))).toEqual(marker);
  });

  it('refuses a write from another origin, without its header, not JSON, too large or not a marker', async () => {
    expect((await put(JSON.stringify(marker), { origin: 'http://evil.example' })).status).toBe(403);
    expect((await put(JSON.stringify(marker), { 'x-teamshape-request': '' })).status).toBe(403);
    expect((await put(JSON.stringify(marker), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await put('{not json')).status).toBe(400);
    expect((await put(JSON.stringify({ ...marker, extra: 'x'.repeat(5000) }))).status).toBe(413);
    expect((await put(JSON.stringify({ ...marker, teams: -1 }))).status).toBe(400);
    expect((await call('DELETE')).status).toBe(405);
    expect(await call('GET')).toEqual({ status: 204, body: '' });
  });

  it('keeps nothing without a marker file (the test server, shared by tests that each start afresh)', async () => {
    const barePort = await freePort();
    const bare = await startBrowserServer({ root: folder, port: barePort });
    const saved = port;
    port = barePort;
    expect((await put(JSON.stringify(marker))).status).toBe(204);
    expect(await call('GET')).toEqual({ status: 204, body: '' });
    port = saved;
    await new Promise((done) => bare.close(done));
  });

  it('keeps browser mode’s note beside the desktop app’s data on each system', () => {
    expect(defaultMarkerFile({ XDG_CONFIG_HOME: '/home/ana/.config' }, 'linux')).toBe('/home/ana/.config/Teamshape/browser-mode/workspace-marker.json');
    expect(defaultMarkerFile({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32')).toMatch(/^C:\\Users\\ana\\AppData\\Roaming.Teamshape.browser-mode.workspace-marker\.json$/);
    expect(defaultMarkerFile({}, 'darwin')).toMatch(/Library\/Application Support\/Teamshape\/browser-mode\/workspace-marker\.json$/);
  });
});

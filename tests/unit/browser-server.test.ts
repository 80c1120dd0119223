import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortInUseError, portFromEnvironment, runBrowserServer, startBrowserServer } from '../../scripts/browser-server';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let parent: string;
let server: Server;
let port: number;

/** Sends `path` exactly as written (fetch would normalise `..` away before sending). */
function send(path: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'teamshape-server-'));
  const root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Teamshape</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(parent, 'secret.txt'), 'secret');
  port = await freePort();
  server = await startBrowserServer({ root, port, host: '127.0.0.1' });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(parent, { recursive: true, force: true });
});

describe('the browser-mode server', () => {
  it('serves index.html at / with the CSP, nosniff and its content type', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Teamshape</title>');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves assets, ignoring the query string', async () => {
    const answer = await send('/assets/index-abc.js?v=2');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD with headers only', async () => {
    const answer = await send('/index.html', { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String('<!doctype html><title>Teamshape</title>'.length));
    expect(answer.body).toBe('');
  });

  it('answers 404 with the CSP for a missing file or a folder', async () => {
    for (const path of ['/missing.js', '/assets']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2fsecret.txt',
    '/..\\secret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%252e%252e/secret.txt',
    '//etc/passwd',
    '/C:/Windows/win.ini',
  ])('refuses traversal %s with 403 and never leaks the file', async (path) => {
    const answer = await send(path);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('secret');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const answer = await send('/index.html', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('sends localhost to 127.0.0.1, where the data lives', async () => {
    const answer = await send('/index.html?x=1', { host: `localhost:${port}` });
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe(`http://127.0.0.1:${port}/index.html?x=1`);
  });

  it('refuses any other Host header (DNS rebinding)', async () => {
    expect((await send('/', { host: `evil.example:${port}` })).status).toBe(421);
  });
});

describe('when the port is taken', () => {
  it('rejects with a clear message and never moves to another port', async () => {
    const taken = await freePort();
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen(taken, '127.0.0.1', resolve));
    try {
      const starting = startBrowserServer({ root: parent, port: taken, host: '127.0.0.1' });
      await expect(starting).rejects.toBeInstanceOf(PortInUseError);
      await expect(starting).rejects.toThrow(
        `Port ${taken} is already in use — is Teamshape already open? Close it or free the port; ` +
          'Teamshape never moves to another port because your data is stored per address.',
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

describe('runBrowserServer: what `npm start` runs without Electron', () => {
  it('prints the address it serves', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const free = await freePort();
    const started = await runBrowserServer(parent, { TEAMSHAPE_PORT: String(free) });
    try {
      expect(log).toHaveBeenCalledWith(`Teamshape is running at http://127.0.0.1:${free}`);
    } finally {
      log.mockRestore();
      await new Promise((resolve) => started?.close(resolve));
    }
  });

  it('prints the port-in-use explanation and exits with code 1', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await runBrowserServer(parent, { TEAMSHAPE_PORT: String(port) });
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Port \d+ is already in use — is Teamshape already open\?/));
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });
});

describe('portFromEnvironment', () => {
  it('is 47821 unless a test sets TEAMSHAPE_PORT', () => {
    expect(portFromEnvironment({})).toBe(47821);
    expect(portFromEnvironment({ TEAMSHAPE_PORT: '50123' })).toBe(50123);
  });

  it.each(['0', '70000', 'abc', '47821.5', '-1'])('refuses TEAMSHAPE_PORT=%s', (value) => {
    expect(() => portFromEnvironment({ TEAMSHAPE_PORT: value })).toThrow(/TEAMSHAPE_PORT/);
  });
});

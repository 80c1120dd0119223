import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';

let parent: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'teamshape-protocol-'));
  const root = join(parent, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Teamshape</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("hi")');
  // Look-alike sibling folder and a file outside: must never be served.
  await mkdir(join(parent, 'renderer-old'));
  await writeFile(join(parent, 'renderer-old', 'index.html'), 'old');
  await writeFile(join(parent, 'secret.txt'), 'secret');
  serve = createAppProtocolHandler({ root });
});

afterAll(() => rm(parent, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => serve(new Request(url, init));

describe('the app:// scheme', () => {
  it('is standard and secure, with CORS and CSP bypass left off', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeUndefined();
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeUndefined();
  });
});

describe('createAppProtocolHandler', () => {
  it('serves index.html for app://teamshape/ with the CSP header', async () => {
    const response = await get('app://teamshape/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Teamshape</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves built assets with their content type', async () => {
    const response = await get('app://teamshape/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file, a folder, and a path through a file', async () => {
    for (const url of ['app://teamshape/nope.js', 'app://teamshape/assets', 'app://teamshape/index.html/x']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://teamshape/index.html', { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each(['app://evil/index.html', 'app://teamshape.evil/index.html', 'app://localhost/index.html'])(
    'refuses another host: %s',
    async (url) => {
      expect((await get(url)).status).toBe(403);
    },
  );

  it.each([
    // The URL parser already folds encoded dots back inside the origin; nothing outside is read.
    'app://teamshape/%2e%2e/secret.txt',
    'app://teamshape/%2E%2E/renderer-old/index.html',
  ])('never serves a file outside the build folder for %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toMatch(/secret|old/);
  });

  it.each([
    'app://teamshape/assets%2F..%2F..%2Fsecret.txt',
    'app://teamshape/..%5csecret.txt',
    'app://teamshape/index.html%00.js',
    'app://teamshape/%252e%252e/secret.txt',
    'app://teamshape/.env',
  ])('refuses %s with 403', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 500, not a crash, when reading fails unexpectedly', async () => {
    const failing = createAppProtocolHandler({
      root: parent,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    });
    const quiet = console.error;
    console.error = () => {};
    try {
      expect((await failing(new Request('app://teamshape/index.html'))).status).toBe(500);
    } finally {
      console.error = quiet;
    }
  });
});

describe('requests outside the app’s bundle', () => {
  it.each([
    'app://teamshape/../../etc/passwd',
    'app://teamshape/..%2f..%2fetc/passwd',
    'app://teamshape/%2e%2e/%2e%2e/etc/passwd',
    'app://teamshape/assets/..%5c..%5c..%5cWindows%5cwin.ini',
    'app://teamshape//etc/passwd',
    'app://teamshape/C:/Windows/win.ini',
    'app://teamshape/index.html/../../secret.txt',
  ])('fails for %s, and nothing outside the build folder is even read', async (url) => {
    const reads: string[] = [];
    const root = join(parent, 'renderer');
    const guarded = createAppProtocolHandler({
      root,
      readFile: async (path) => {
        reads.push(path);
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
    });
    const response = await guarded(new Request(url));
    expect(response.status).not.toBe(200);
    for (const path of reads) expect(path.startsWith(root + sep)).toBe(true);
  });
});

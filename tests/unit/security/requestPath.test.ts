import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../../shared/security';

describe('resolveRequestPath: from a URL path to a file inside the build folder', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-3f2a1c.js', 'assets/index-3f2a1c.js'],
    ['/assets/inter-latin-400-normal.woff2', 'assets/inter-latin-400-normal.woff2'],
    ['/assets/', 'assets/index.html'],
    ['/assets/My%20Logo.svg', 'assets/My Logo.svg'],
    ['/.well-known', null],
  ])('maps %s to %s', (pathname, expected) => {
    const resolved = resolveRequestPath(pathname);
    if (expected === null) expect(resolved.ok).toBe(false);
    else expect(resolved).toEqual({ ok: true, relativePath: expected });
  });

  it.each([
    ['plain parent traversal', '/../../etc/passwd'],
    ['traversal after a folder', '/assets/../../secret.txt'],
    ['traversal that would come back inside', '/assets/../index.html'],
    ['a current-folder segment', '/./index.html'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', '/%2E%2e/secret'],
    ['an encoded slash hiding traversal', '/assets%2F..%2F..%2Fsecret'],
    ['double encoding', '/%252e%252e/secret'],
    ['malformed encoding', '/assets/%E0%A4%A'],
    ['a backslash', '/..\\..\\windows\\win.ini'],
    ['an encoded backslash', '/..%5c..%5cwindows%5cwin.ini'],
    ['a NUL byte', '/index.html%00.png'],
    ['a raw NUL byte', '/index.html\u0000.png'],
    ['a newline', '/index.html%0a'],
    ['a protocol-relative path', '//etc/passwd'],
    ['an empty segment', '/assets//index.js'],
    ['a Windows drive', '/C:/Windows/win.ini'],
    ['an NTFS stream', '/index.html::$DATA'],
    ['a relative path', 'index.html'],
    ['an empty path', ''],
    ['an absolute URL', 'http://127.0.0.1:47821/index.html'],
    ['a dot-file', '/.env'],
    ['a trailing dot Windows would drop', '/index.html.'],
    ['a trailing space Windows would drop', '/..%20/secret'],
    ['a Windows device name', '/con'],
    ['a Windows device name with an extension', '/assets/NUL.js'],
    ['an overlong path', `/${'a'.repeat(2000)}`],
  ])('refuses %s (%s)', (_what, pathname) => {
    expect(resolveRequestPath(pathname).ok).toBe(false);
  });

  it('never returns a path with a parent segment, a backslash or a leading slash', () => {
    const attempts = ['/a/b/c.js', '/a/../b', '/%2e%2e', '/a\\b', '//x', '/a/./b'];
    for (const attempt of attempts) {
      const resolved = resolveRequestPath(attempt);
      if (!resolved.ok) continue;
      expect(resolved.relativePath.split('/')).not.toContain('..');
      expect(resolved.relativePath).not.toMatch(/^\/|\\/);
    }
  });
});

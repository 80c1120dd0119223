import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  BROWSER_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  devContentSecurityPolicy,
  refusalHeaders,
  responseHeaders,
} from '../../../shared/security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content-Security-Policy of the built renderer', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to exactly %j', (name, sources) => {
    expect(policy.get(name)).toEqual(sources);
  });

  it('allows no inline code, eval or remote host anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|wss?:|\*/);
  });

  it('lets the import reader run as a worker script of our own origin, never from blob: or data:', () => {
    // Workers fall back to script-src (CSP 3: worker-src → child-src → script-src): the built
    // reader.worker-*.js under app://teamshape or the browser origin is 'self'.
    expect(policy.has('worker-src')).toBe(false);
    expect(policy.has('child-src')).toBe(false);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(contentTypeFor('assets/reader.worker-CuX2ICOO.js')).toBe('text/javascript; charset=utf-8');
  });

  it('relaxes the dev policy only for Vite: inline preamble and styles, and its HMR socket', () => {
    const dev = directives(devContentSecurityPolicy('http://127.0.0.1:47822'));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:47822']);
    expect(dev.get('object-src')).toEqual(["'none'"]);
    expect(devContentSecurityPolicy('http://127.0.0.1:47822')).not.toContain('unsafe-eval');
  });
});

describe('the fixed origins', () => {
  it('are app://teamshape on the desktop and http://127.0.0.1:47821 in the browser', () => {
    expect(APP_ORIGIN).toBe('app://teamshape');
    expect(BROWSER_ORIGIN).toBe('http://127.0.0.1:47821');
  });
});

describe('response headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-3f2a1c.js', 'text/javascript; charset=utf-8'],
    ['assets/index.CSS', 'text/css; charset=utf-8'],
    ['assets/index.js.map', 'application/json; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/inter.woff2', 'font/woff2'],
    ['assets/photo.jpeg', 'image/jpeg'],
    ['assets/unknown.xyz', 'application/octet-stream'],
    ['assets/no-extension', 'application/octet-stream'],
    ['assets/constructor', 'application/octet-stream'],
    ['assets/x.constructor', 'application/octet-stream'],
  ])('serves %s as %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });

  it('carry the CSP and nosniff on every file and on refusals', () => {
    for (const headers of [responseHeaders('index.html'), responseHeaders('a.js'), refusalHeaders()]) {
      expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});

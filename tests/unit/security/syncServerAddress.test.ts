import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor, CONTENT_SECURITY_POLICY, readSyncServerAddress } from '../../../shared/security';

const origin = (typed: string) => {
  const reading = readSyncServerAddress(typed);
  return reading.ok ? reading.address.socketOrigin : reading.error;
};

describe('the sync server address a person types', () => {
  it.each([
    ['sync.example.com', 'wss://sync.example.com'],
    ['https://sync.example.com', 'wss://sync.example.com'],
    ['wss://Sync.Example.com:8443/', 'wss://sync.example.com:8443'],
    ['ws://127.0.0.1:8787', 'ws://127.0.0.1:8787'],
    ['127.0.0.1:8787', 'ws://127.0.0.1:8787'],
    ['http://localhost:8787', 'ws://localhost:8787'],
    ['  ws://[::1]:8787  ', 'ws://[::1]:8787'],
  ])('reads %s as %s', (typed, expected) => {
    expect(origin(typed)).toBe(expected);
  });

  it.each([
    ['', 'Enter the sync server’s address'],
    ['ws://sync.example.com', 'another computer: connect to it over wss://'],
    ['ftp://sync.example.com', 'uses ftp'],
    ['wss://user:pw@sync.example.com', 'Leave the name and password out'],
    ['wss://sync.example.com/ws/abc', 'without a path: wss://sync.example.com'],
    ['wss://sync.example.com:99999', '99999 is not a port number'],
    ["wss://evil.com' 'unsafe-inline", 'is not a server address'],
    ['wss://a.com;script-src *', 'is not a server address'],
  ])('refuses %j, saying why', (typed, message) => {
    expect(origin(typed)).toContain(message);
  });
});

describe('the Content-Security-Policy with a sync server', () => {
  it('allows exactly the configured server (its WebSocket and its /health), never any ws: at large', () => {
    const policy = contentSecurityPolicyFor('wss://sync.example.com:8443');
    const connect = policy.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self' wss://sync.example.com:8443 https://sync.example.com:8443");
    expect(policy).not.toMatch(/ ws: | wss: |\*/);
    expect(policy.replace(connect!, '')).toBe(CONTENT_SECURITY_POLICY.replace("connect-src 'self'", ''));
  });

  it('is the plain policy while sync is off', () => {
    expect(contentSecurityPolicyFor(null)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses an origin that would smuggle in other sources', () => {
    expect(() => contentSecurityPolicyFor("wss://a.com 'unsafe-eval'")).toThrow('Not a sync server origin');
    expect(() => contentSecurityPolicyFor('wss://a.com; script-src *')).toThrow('Not a sync server origin');
  });
});

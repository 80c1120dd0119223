import { describe, expect, it } from 'vitest';
import { applyDevContentSecurityPolicy, resolveStartLocation } from '../../../electron/startLocation';
import { fakeElectron, session } from '../../fakes/electron';

describe('resolveStartLocation', () => {
  it('starts at app://teamshape and trusts only that origin', () => {
    expect(resolveStartLocation({}, false)).toEqual({
      url: 'app://teamshape/index.html',
      trustedOrigins: ['app://teamshape'],
      devServerOrigin: null,
    });
  });

  it('follows TEAMSHAPE_DEV_URL to Vite during development, trusting that origin instead', () => {
    expect(resolveStartLocation({ TEAMSHAPE_DEV_URL: 'http://127.0.0.1:47822/' }, false)).toEqual({
      url: 'http://127.0.0.1:47822/',
      trustedOrigins: ['http://127.0.0.1:47822'],
      devServerOrigin: 'http://127.0.0.1:47822',
    });
  });

  it('ignores TEAMSHAPE_DEV_URL in the packaged app', () => {
    expect(resolveStartLocation({ TEAMSHAPE_DEV_URL: 'http://127.0.0.1:47822/' }, true).url).toBe('app://teamshape/index.html');
  });

  it.each(['https://evil.example/', 'http://192.168.1.5:47822/', 'file:///tmp/index.html', 'http://user@127.0.0.1:47822/', 'nonsense'])(
    'refuses a dev URL that is not a loopback http address: %s',
    (url) => {
      expect(() => resolveStartLocation({ TEAMSHAPE_DEV_URL: url }, false)).toThrow(/TEAMSHAPE_DEV_URL/);
    },
  );
});

describe('applyDevContentSecurityPolicy', () => {
  it('adds the dev CSP to responses from the dev server only', () => {
    fakeElectron.reset();
    applyDevContentSecurityPolicy(session.defaultSession, 'http://127.0.0.1:47822');
    const [registration] = fakeElectron.state.headersReceived;
    expect(registration?.filter).toEqual({ urls: ['http://127.0.0.1:47822/*'] });
    let headers: Record<string, string[]> = {};
    registration?.listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: { responseHeaders: Record<string, string[]> }) => {
      headers = r.responseHeaders;
    });
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("connect-src 'self' ws://127.0.0.1:47822");
  });
});

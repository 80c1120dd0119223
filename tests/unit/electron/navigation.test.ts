import { afterEach, describe, expect, it } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  denyUnlistedPermissions,
  guardWebContents,
  isTrustedAppUrl,
  originOf,
} from '../../../electron/security';
import { fakeElectron, FakeWebContents, navigationEvent, session } from '../../fakes/electron';

const trustedOrigins = ['app://teamshape'];

function guardedContents() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  guardWebContents(contents, { trustedOrigins, openExternal: async (url) => void opened.push(url) });
  return { contents, opened };
}

afterEach(() => fakeElectron.reset());

describe('originOf and isTrustedAppUrl', () => {
  it('builds the origin of our custom scheme, which Node reports as "null"', () => {
    expect(originOf('app://teamshape/index.html#/teams')).toBe('app://teamshape');
    expect(originOf('http://127.0.0.1:47821/')).toBe('http://127.0.0.1:47821');
  });

  it.each([
    'app://teamshape/index.html',
    'app://teamshape/assets/index.js',
    'app://teamshape/index.html#/okrs?period=2026-Q4',
  ])('trusts %s', (url) => {
    expect(isTrustedAppUrl(url, trustedOrigins)).toBe(true);
  });

  it.each([
    'app://teamshape.evil.example/',
    'app://evil/index.html',
    'app://teamshape:8080/',
    'app://user@teamshape/',
    'app://TEAMSHAPE/',
    'http://teamshape/',
    'https://example.com/',
    'file:///Applications/Teamshape.app/dist/renderer/index.html',
    'about:blank',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
  ])('does not trust %s', (url) => {
    expect(isTrustedAppUrl(url, trustedOrigins)).toBe(false);
  });
});

describe('guardWebContents: the window stays on Teamshape', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('lets %s move within app://teamshape', (event) => {
    const { contents, opened } = guardedContents();
    const navigation = navigationEvent('app://teamshape/index.html#/teams');
    contents.emit(event, navigation, navigation.url);
    expect(navigation.defaultPrevented).toBe(false);
    expect(opened).toEqual([]);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:47821/',
    'file:///etc/passwd',
    'app://evil/',
    'javascript:alert(1)',
    'data:text/html,<h1>phish</h1>',
  ])('stops navigation, frame navigation and redirects to %s', (url) => {
    const { contents } = guardedContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const navigation = navigationEvent(url);
      contents.emit(event, navigation, url);
      expect(navigation.defaultPrevented, event).toBe(true);
    }
  });

  it('opens a plain web link in the browser instead of in the window, once', () => {
    const { contents, opened } = guardedContents();
    const navigation = navigationEvent('https://example.com/okr-guide');
    contents.emit('will-navigate', navigation, navigation.url);
    contents.emit('will-frame-navigate', navigation, navigation.url);
    expect(opened).toEqual(['https://example.com/okr-guide']);
  });

  it('hands nothing unsafe to the OS when navigation is stopped', () => {
    const { contents, opened } = guardedContents();
    for (const url of ['file:///etc/passwd', 'smb://server/share', 'https://user:pw@example.com/']) {
      contents.emit('will-navigate', navigationEvent(url), url);
    }
    expect(opened).toEqual([]);
  });

  it.each([
    ['a web link', 'https://example.com/', ['https://example.com/']],
    ['our own page', 'app://teamshape/index.html', []],
    ['a local file', 'file:///etc/passwd', []],
    ['about:blank', 'about:blank', []],
  ])('denies window.open of %s, opening only safe web links externally', (_what, url, expected) => {
    const { contents, opened } = guardedContents();
    expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(opened).toEqual(expected);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guardedContents();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('denyUnlistedPermissions', () => {
  it('starts from an empty allowlist', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual([]);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies a request for and a check of %s',
    (permission) => {
      denyUnlistedPermissions(session.defaultSession);
      const granted: boolean[] = [];
      fakeElectron.state.permissionRequestHandler?.({}, permission, (answer: boolean) => granted.push(answer), {});
      expect(granted).toEqual([false]);
      expect(fakeElectron.state.permissionCheckHandler?.({}, permission, 'app://teamshape', {})).toBe(false);
    },
  );

  it('never grants a USB, HID or serial device', () => {
    denyUnlistedPermissions(session.defaultSession);
    for (const deviceType of ['usb', 'hid', 'serial']) {
      expect(fakeElectron.state.devicePermissionHandler?.({ deviceType, origin: 'app://teamshape', device: {} })).toBe(false);
    }
  });

  it('answers from the allowlist, so a permission added there is the only way one is granted', () => {
    const allowed = ALLOWED_PERMISSIONS as Set<string>;
    allowed.add('clipboard-sanitized-write');
    try {
      denyUnlistedPermissions(session.defaultSession);
      const granted: boolean[] = [];
      fakeElectron.state.permissionRequestHandler?.({}, 'clipboard-sanitized-write', (answer: boolean) => granted.push(answer), {});
      fakeElectron.state.permissionRequestHandler?.({}, 'media', (answer: boolean) => granted.push(answer), {});
      expect(granted).toEqual([true, false]);
    } finally {
      allowed.delete('clipboard-sanitized-write');
    }
  });
});

/**
 * What the window may do: stay on our origin, open nothing itself, hand safe web links to the
 * user's browser, and get no permissions. Each rule is one small function with its own tests.
 */

const MAX_EXTERNAL_URL_LENGTH = 2048;
const LOOPBACK_HOST =
  /^((.+\.)?localhost\.?|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:(127(\.\d{1,3}){3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})\])$/i;

/**
 * Scheme and host of `url` (`app://teamshape`, `http://127.0.0.1:47821`). Node's URL reports
 * "null" as the origin of custom schemes, so it is built here; URLs with credentials have none.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password || !parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isTrustedAppUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/**
 * The normalised form of a link that may be handed to the operating system, or null. Only plain
 * http(s) links to a named, non-loopback host; no credentials, whitespace, control characters or
 * backslashes, which the URL parser would silently repair into something else.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (/[\s\u0000-\u001f\u007f\\]/.test(raw)) return null;
  if (!/^https?:\/\//i.test(raw)) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  if (!parsed.hostname || LOOPBACK_HOST.test(parsed.hostname)) return null;
  return parsed.href;
}

export function isSafeExternalUrl(raw: unknown): boolean {
  return safeExternalUrl(raw) !== null;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens `raw` in the user's browser when it is safe; says whether it did. */
export function openExternalLink(raw: unknown, openExternal: OpenExternal): boolean {
  const url = safeExternalUrl(raw);
  if (url === null) return false;
  openExternal(url).catch((error: unknown) => console.error(`Could not open ${url} in the browser:`, error));
  return true;
}

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of WebContents the guards attach to (structural, so tests can pass a fake). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface ContentsPolicy {
  trustedOrigins: readonly string[];
  openExternal: OpenExternal;
}

/** Applied to every WebContents as it is created (`web-contents-created`). */
export function guardWebContents(contents: GuardedContents, policy: ContentsPolicy): void {
  const stayOnOrigin = (event: NavigationEvent): boolean => {
    if (isTrustedAppUrl(event.url, policy.trustedOrigins)) return true;
    event.preventDefault();
    return false;
  };
  contents.on('will-navigate', (event) => {
    // A plain link to the web: the user meant to read it, in their browser.
    if (!stayOnOrigin(event)) openExternalLink(event.url, policy.openExternal);
  });
  contents.on('will-frame-navigate', stayOnOrigin);
  contents.on('will-redirect', stayOnOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url, policy.openExternal);
    return { action: 'deny' };
  });
}

/** Permissions Teamshape grants to its pages. Empty: add one only with a feature that needs it. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * Every permission request (camera, microphone, notifications, geolocation, …) and every
 * synchronous permission check is answered from ALLOWED_PERMISSIONS; USB, HID and serial devices
 * are never granted.
 */
export function denyUnlistedPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}

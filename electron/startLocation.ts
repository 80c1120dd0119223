import { APP_ORIGIN, APP_START_URL, devContentSecurityPolicy } from '../shared/security';
import { originOf } from './security';

export interface StartLocation {
  url: string;
  /** Origins whose pages may navigate in the window and call the bridge. */
  trustedOrigins: readonly string[];
  /** Set only in `npm run dev`: Vite's server, whose pages get the dev CSP. */
  devServerOrigin: string | null;
}

const PRODUCTION: StartLocation = { url: APP_START_URL, trustedOrigins: [APP_ORIGIN], devServerOrigin: null };

/**
 * `TEAMSHAPE_DEV_URL` points the window at Vite's dev server; a packaged app ignores it, and
 * anything but a loopback http address is refused so the variable cannot aim the app at the web.
 */
export function resolveStartLocation(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): StartLocation {
  const devUrl = env.TEAMSHAPE_DEV_URL;
  if (!devUrl || isPackaged) return PRODUCTION;
  const origin = originOf(devUrl);
  if (!origin || !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)) {
    throw new Error(`TEAMSHAPE_DEV_URL must be an http://127.0.0.1:<port>/ address, not "${devUrl}".`);
  }
  return { url: devUrl, trustedOrigins: [origin], devServerOrigin: origin };
}

interface HeadersSession {
  webRequest: {
    onHeadersReceived(
      filter: { urls: string[] },
      listener: (
        details: { responseHeaders?: Record<string, string | string[]> },
        callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** Vite's server sends no CSP; in dev the window still gets one, relaxed only for HMR. */
export function applyDevContentSecurityPolicy(session: HeadersSession, devServerOrigin: string): void {
  const policy = devContentSecurityPolicy(devServerOrigin);
  session.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

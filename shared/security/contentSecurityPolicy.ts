type Directives = Record<string, readonly string[]>;

/**
 * Styles: React sets `style` props through the CSSOM, which CSP does not govern, so no inline
 * style sources are needed; CSS Modules compile to a stylesheet file.
 */
const productionDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The one policy both the desktop protocol and the browser server send. */
export const CONTENT_SECURITY_POLICY = serialise(productionDirectives);

/**
 * The same policy once the user connected a sync server: connections to that server's origin
 * (its WebSocket and its /health) and to nothing else — never any ws: or https: at large.
 */
export function contentSecurityPolicyFor(syncSocketOrigin: string | null): string {
  if (syncSocketOrigin === null) return CONTENT_SECURITY_POLICY;
  if (!/^wss?:\/\/[^/\s'";,]+$/.test(syncSocketOrigin)) throw new Error(`Not a sync server origin: "${syncSocketOrigin}"`);
  const httpOrigin = syncSocketOrigin.replace(/^ws/, 'http');
  return serialise({ ...productionDirectives, 'connect-src': ["'self'", syncSocketOrigin, httpOrigin] });
}

/**
 * Development only (`npm run dev` in Electron): Vite injects the React Refresh preamble as an
 * inline script and CSS as <style> elements, and talks to its HMR server over a WebSocket.
 * Nothing else is relaxed.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const socketOrigin = devServerOrigin.replace(/^http/, 'ws');
  return serialise({
    ...productionDirectives,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", socketOrigin],
  });
}

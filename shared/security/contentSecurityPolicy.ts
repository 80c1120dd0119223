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

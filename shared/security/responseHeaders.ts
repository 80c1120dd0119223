import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { contentTypeFor } from './contentTypes';

/** Headers every response of the built renderer carries, on the desktop and in the browser. */
export function responseHeaders(relativePath: string, csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(relativePath),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The build changes under the same file names during development; always revalidate.
    'Cache-Control': 'no-cache',
  };
}

/** Headers for refusals and errors: no content to sniff, nothing to frame. */
export function refusalHeaders(csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

import type { CustomScheme } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import {
  APP_HOST,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  refusalHeaders,
  resolveRequestPath,
  responseHeaders,
} from '../shared/security';

/**
 * `app://teamshape` is standard (so it has an origin and IndexedDB) and secure (a secure
 * context, like https). `corsEnabled` stays unset so no other origin can read our files, and
 * `bypassCSP` stays unset so our own policy applies.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AppProtocolOptions {
  /** The built renderer, dist/renderer. */
  root: string;
  readFile?: (path: string) => Promise<Uint8Array>;
  /** The policy of every response (a function: it follows the allowed sync server). */
  csp?: string | (() => string);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Serves the build folder under `app://teamshape/`: GET only, one host, nothing outside it. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = resolve(options.root);
  const read = options.readFile ?? readFile;
  const policy = options.csp ?? CONTENT_SECURITY_POLICY;
  let csp = typeof policy === 'function' ? policy() : policy;
  const refuse = (status: number, text: string, extra: Record<string, string> = {}) =>
    new Response(text, { status, headers: { ...refusalHeaders(csp), ...extra } });

  return async (request) => {
    if (typeof policy === 'function') csp = policy();
    if (request.method !== 'GET') return refuse(405, 'Method not allowed', { Allow: 'GET' });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad request');
    }
    if (url.host !== APP_HOST) return refuse(403, 'Forbidden');
    const resolved = resolveRequestPath(url.pathname);
    if (!resolved.ok) return refuse(403, 'Forbidden');
    const filePath = resolve(root, resolved.relativePath);
    // The trailing separator keeps a sibling such as dist/renderer-old outside.
    if (!filePath.startsWith(root + sep)) return refuse(403, 'Forbidden');
    try {
      const body = await read(filePath);
      return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: responseHeaders(resolved.relativePath, csp) });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refuse(404, 'Not found');
      console.error(`app:// could not read ${filePath}:`, error);
      return refuse(500, 'Internal error');
    }
  };
}

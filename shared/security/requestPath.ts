/**
 * The one resolver from a request's URL path to a file inside the build folder, used by the
 * desktop `app://` protocol and the browser server alike. Pure string code: callers join the
 * result to the build folder and still check that the joined path stays inside it.
 */
export type ResolvedRequestPath =
  | { ok: true; relativePath: string }
  | { ok: false; reason: string };

export const MAX_REQUEST_PATH_LENGTH = 1024;

/** Device names Windows opens in any folder (`dist/renderer/con.js` is the console). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)(\..*)?$/i;

function refuse(reason: string): ResolvedRequestPath {
  return { ok: false, reason };
}

function segmentProblem(segment: string): string | undefined {
  if (segment === '') return 'an empty path segment';
  // Covers `.`, `..`, `...` and dot-files; nothing in a Vite build starts with a dot.
  if (segment.startsWith('.')) return 'a segment starting with a dot';
  // Windows drops trailing dots and spaces, turning `..%20` or `x.` into something else.
  if (segment.endsWith('.') || segment.endsWith(' ')) return 'a segment ending in a dot or space';
  if (WINDOWS_DEVICE_NAME.test(segment)) return 'a device name';
  return undefined;
}

export function resolveRequestPath(pathname: string): ResolvedRequestPath {
  if (pathname.length > MAX_REQUEST_PATH_LENGTH) return refuse('the path is too long');
  if (!pathname.startsWith('/')) return refuse('the path is not absolute within the site');
  if (pathname === '/') return { ok: true, relativePath: 'index.html' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return refuse('the path has malformed percent-encoding');
  }
  // A `%` left after one decoding means double encoding (`%252e%252e`), never a real asset.
  if (decoded.includes('%')) return refuse('the path is encoded twice');
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return refuse('the path contains control characters');
  if (decoded.includes('\\')) return refuse('the path contains a backslash');
  // `:` would name a drive (`/C:/Windows`) or an NTFS stream (`index.html::$DATA`).
  if (decoded.includes(':')) return refuse('the path contains a colon');

  const segments = decoded.slice(1).split('/');
  const directoryIndex = segments[segments.length - 1] === '';
  if (directoryIndex) segments[segments.length - 1] = 'index.html';
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem) return refuse(`the path contains ${problem}`);
  }
  return { ok: true, relativePath: segments.join('/') };
}

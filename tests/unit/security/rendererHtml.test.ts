import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const pages = [
  ['the source page', 'renderer/index.html'],
  // Checked when a build exists (npm test builds before the unit tests).
  ...(existsSync(join(root, 'dist/renderer/index.html')) ? [['the built page', 'dist/renderer/index.html']] : []),
];

/**
 * The CSP (script-src 'self', no 'unsafe-inline') would block inline code anyway; these checks
 * make sure the page never depends on it being relaxed, and names no remote origin.
 */
describe.each(pages)('%s (%s) works under the strict Content-Security-Policy', (_what, path) => {
  const html = readFileSync(join(root, path), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];

  it('loads scripts from files only: no inline script', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
  });

  it('has no inline event handlers, javascript: URLs or inline styles', () => {
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
  });

  it('names no remote origin: every src and href is relative to the app', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]);
    for (const url of urls) expect(url, url).toMatch(/^\.?\/(?!\/)/);
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9-]+\./i);
  });

  it('does not refresh or redirect itself', () => {
    expect(html).not.toMatch(/http-equiv\s*=\s*"?refresh/i);
    // One inert <base> (no href, no target: it moves no URL and opens nothing elsewhere) is there
    // for react-router's link lookup; any base that redirects is refused here and by base-uri 'none'.
    const bases = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<base\b([^>]*)>/gi)];
    expect(bases.length).toBeLessThanOrEqual(1);
    for (const [, attributes] of bases) expect(attributes?.replace(/\/$/, '').trim()).toBe('');
  });
});

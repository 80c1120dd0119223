import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAILING_SEVERITIES,
  loadExceptions,
  passed,
  review,
  scan,
  SHIPPED_FILES,
  type Finding,
  type ReviewedException,
} from '../../../scripts/electronegativity.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

const finding = (overrides: Partial<Finding>): Finding => ({
  id: 'OPEN_EXTERNAL_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'TENTATIVE',
  file: 'electron/main.js',
  line: 10,
  column: 4,
  code: 'openExternal: (url) => import_electron.shell.openExternal(url)',
  description: '',
  ...overrides,
});
const exception: ReviewedException = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'electron/main.js',
  code: 'shell.openExternal(',
  reason: 'allowlisted',
  test: 'tests/unit/electron/externalLinks.test.ts',
};

describe('review: which Electronegativity findings fail npm test', () => {
  it('fails on HIGH and MEDIUM findings, and only those', () => {
    expect(FAILING_SEVERITIES).toEqual(['HIGH', 'MEDIUM']);
    const outcome = review(
      { findings: [finding({ id: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' }), finding({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW' })], errors: [] },
      [],
    );
    expect(outcome.failures.map((f) => f.id)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(outcome.minor.map((f) => f.id)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(passed(outcome)).toBe(false);
  });

  it('excuses a finding matched by a reviewed exception: same check, same file, the code on its line', () => {
    const outcome = review({ findings: [finding({})], errors: [] }, [exception]);
    expect(outcome.excused).toHaveLength(1);
    expect(passed(outcome)).toBe(true);
  });

  it.each([
    ['another check', { id: 'SANDBOX_JS_CHECK' }],
    ['another file', { file: 'electron/preload.js' }],
    ['other code on the line', { code: 'shell.openPath(p)' }],
  ])('does not excuse a finding with %s', (_what, overrides) => {
    const outcome = review({ findings: [finding(overrides)], errors: [] }, [exception]);
    expect(outcome.failures).toHaveLength(1);
    expect(passed(outcome)).toBe(false);
  });

  it('fails on an exception that no longer matches any finding', () => {
    const outcome = review({ findings: [], errors: [] }, [exception]);
    expect(outcome.staleExceptions).toEqual([exception]);
    expect(passed(outcome)).toBe(false);
  });

  it('fails when a file could not be parsed', () => {
    expect(passed(review({ findings: [], errors: [{ file: 'electron/main.js', message: 'Unexpected token' }] }, []))).toBe(false);
  });
});

describe('the reviewed exceptions file', () => {
  it('gives every exception a check, file, code, reason and the test that covers it, and explains itself in comments', async () => {
    const exceptions = loadExceptions();
    expect(exceptions.length).toBeGreaterThan(0);
    for (const entry of exceptions) {
      expect(entry.reason.length).toBeGreaterThan(40);
      for (const test of entry.test.split(',').map((t) => t.trim())) expect(await readFile(join(root, test), 'utf8')).toBeTruthy();
    }
    expect(await readFile(join(root, 'electronegativity-exceptions.yml'), 'utf8')).toMatch(/^# Reviewed exceptions/);
  });

  it('never waves through the checks for the renderer’s isolation', () => {
    const checks = loadExceptions().map((e) => e.check);
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']) {
      expect(checks).not.toContain(check);
    }
  });
});

describe('scan: Electronegativity itself, offline', () => {
  let fixture: string;
  beforeAll(async () => {
    fixture = await mkdtemp(join(tmpdir(), 'teamshape-eng-'));
    await writeFile(
      join(fixture, 'main.cjs'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });',
        "win.loadURL('http://example.com/');",
      ].join('\n'),
    );
    await writeFile(join(fixture, 'broken.cjs'), 'const = ;');
    await writeFile(join(fixture, 'index.html'), '<!doctype html><html><head></head><body><script>alert(1)</script></body></html>');
  });
  afterAll(() => rm(fixture, { recursive: true, force: true }));

  it('scans the built bundles (as .js, which it reads) and the renderer page', () => {
    expect(SHIPPED_FILES).toEqual([
      { source: 'dist/electron/main.cjs', scannedAs: 'electron/main.js' },
      { source: 'dist/electron/preload.cjs', scannedAs: 'electron/preload.js' },
      { source: 'renderer/index.html', scannedAs: 'renderer/index.html' },
    ]);
  });

  it('catches a window without context isolation or sandbox, remote content and unguarded navigation, so a regression fails npm test', async () => {
    const result = await scan({ root: fixture, files: [{ source: 'main.cjs', scannedAs: 'electron/main.js' }, { source: 'index.html', scannedAs: 'index.html' }] });
    expect(result.errors).toEqual([]);
    const outcome = review(result, loadExceptions());
    expect(outcome.failures.map((f) => f.id)).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
    expect(outcome.failures.find((f) => f.id === 'CONTEXT_ISOLATION_JS_CHECK')).toMatchObject({ file: 'electron/main.js', line: 2 });
    expect(passed(outcome)).toBe(false);
  }, 60_000);

  it('reports a file it cannot parse, and a missing input, as errors', async () => {
    const broken = await scan({ root: fixture, files: [{ source: 'broken.cjs', scannedAs: 'broken.js' }] });
    expect(broken.errors).toHaveLength(1);
    const missing = await scan({ root: fixture, files: [{ source: 'dist/electron/main.cjs', scannedAs: 'main.js' }] });
    expect(missing.errors).toEqual([{ file: 'dist/electron/main.cjs', message: expect.stringContaining('npm run build') }]);
  }, 60_000);
});

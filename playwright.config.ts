import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where present (CI and this workplace); Playwright's own browser elsewhere. */
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env.TEAMSHAPE_CHROMIUM ?? (existsSync(systemChromium) ? systemChromium : undefined);

const TIMED_SPECS = ['**/benchQuick.spec.ts', '**/scale.spec.ts', '**/chartsScale.spec.ts', '**/okrsScale.spec.ts', '**/undoLarge.spec.ts'];

// A port of its own so a running Teamshape (on 47821, with the user's data) is never touched by tests.
const port = Number(process.env.TEAMSHAPE_E2E_PORT ?? 47899);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'Europe/Amsterdam',
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The specs that time the app (screens open, scrolling, undo at 500 teams and 8,000 key results)
  // run after the others, one at a time: on a 2-core machine a second browser working beside them
  // doubles every figure they check.
  projects: [
    { name: 'functional', testIgnore: TIMED_SPECS },
    { name: 'timed', testMatch: TIMED_SPECS, dependencies: ['functional'], workers: 1 },
  ],
  webServer: {
    command: 'node dist/scripts/test-server.cjs',
    url: `http://127.0.0.1:${port}/`,
    env: { TEAMSHAPE_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

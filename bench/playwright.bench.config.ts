import { defineConfig } from '@playwright/test';
import baseConfig from '../playwright.config';

const port = Number(process.env.TEAMSHAPE_BENCH_PORT ?? 47898);

/** `npm run bench`: the full benchmark, one worker, no retries, real clock. */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'full.bench.ts',
  outputDir: '../test-results/bench',
  workers: 1,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}`, trace: 'off' },
  webServer: { ...baseConfig.webServer, command: 'node ../dist/scripts/test-server.cjs', url: `http://127.0.0.1:${port}/`, env: { TEAMSHAPE_PORT: String(port) } },
});

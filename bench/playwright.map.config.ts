import { defineConfig } from '@playwright/test';
import benchConfig from './playwright.bench.config';

/** `npm run bench:map`: the collaboration map rows alone (see map.bench.ts). */
export default defineConfig({ ...benchConfig, testMatch: 'map.bench.ts', outputDir: '../test-results/bench-map' });

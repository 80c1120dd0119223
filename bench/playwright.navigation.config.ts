import { defineConfig } from '@playwright/test';
import benchConfig from './playwright.bench.config';

/** `npm run bench:navigation`: only the in-app navigation rows (bench/navigation.bench.ts). */
export default defineConfig({ ...benchConfig, testMatch: 'navigation.bench.ts', outputDir: '../test-results/bench-navigation' });

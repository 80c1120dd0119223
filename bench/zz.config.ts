import { defineConfig } from '@playwright/test';
import benchConfig from './playwright.bench.config';
export default defineConfig({ ...benchConfig, testMatch: 'zz*.bench.ts', outputDir: '../test-results/zz' });

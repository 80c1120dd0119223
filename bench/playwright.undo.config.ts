import { defineConfig } from '@playwright/test';
import benchConfig from './playwright.bench.config';

/** `npm run bench:undo`: only the undo and redo rows of very large changes (bench/undo.bench.ts). */
export default defineConfig({ ...benchConfig, testMatch: 'undo.bench.ts', outputDir: '../test-results/bench-undo' });

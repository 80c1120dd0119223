import type { Page } from '@playwright/test';
/** Median and spread of repeated runs: the figures every benchmark reports. */
export interface Measurement {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarise(runs: readonly number[]): Measurement {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(median), min: round(sorted[0] ?? 0), max: round(sorted[sorted.length - 1] ?? 0), runs: runs.map(round) };
}

export function ratio(a: Measurement, b: Measurement): number {
  return b.median === 0 ? Number.POSITIVE_INFINITY : Math.round((a.median / b.median) * 100) / 100;
}

/**
 * Waits until the page has no work left (an idle callback runs only then): a timed navigation
 * starts from a settled screen, as a person's next click does, not while the last one's follow-up
 * work (hidden screens brought up to date, the rest of a long list) still runs.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

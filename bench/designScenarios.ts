import type { Page } from '@playwright/test';
import { summarise, type Measurement } from './measure';
import { TODAY } from './scenarios';

/**
 * Re-evaluating every team's health after one team's type changes (in memory: the plan-wide
 * computation the screens share, with principle sets and the period's objective counts), and the
 * same computation with nothing changed, measured in the same run as its limit.
 */
export async function typeChangeHealth(page: Page, runs: number): Promise<{ changed: Measurement; unchanged: Measurement; teams: number; objectives: number; spoke: string }> {
  await page.goto('/bench.html');
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  // One warm-up run (the JIT), then the measured runs.
  await page.evaluate((today) => window.teamshapeBench.typeChangeHealth(1, today), TODAY);
  const result = await page.evaluate(([n, today]) => window.teamshapeBench.typeChangeHealth(n, today), [runs, TODAY] as const);
  return { changed: summarise(result.changed), unchanged: summarise(result.unchanged), teams: result.teams, objectives: result.objectives, spoke: `${result.spoke} of ${runs}` };
}

import type { Browser, Page } from '@playwright/test';
import { summarise, type Measurement } from './measure';
import { seed, type TimedStep } from './scenarios';

/**
 * A second window with a workspace of its own (its own browser context, so its own IndexedDB),
 * seeded empty: the limit the L navigations are compared with, measured alongside them.
 */
export async function emptyWorkspaceWindow(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  await seed(page, 'empty');
  return { page, close: () => context.close() };
}

/**
 * Runs a step on the empty workspace's window and on the large one's in turn, run by run (which
 * goes first alternates too). The machine's speed drifts by a fifth and more within a benchmark of
 * ten minutes; measured apart, minutes apart, the L / empty ratio of a 4 ms navigation moved by
 * ±0.3 from run to run with the code unchanged. Paired, both medians see the same machine.
 */
export async function paired(limitPage: Page, largePage: Page, step: TimedStep, runs: number): Promise<{ limit: Measurement; large: Measurement }> {
  await step.prepare(limitPage);
  await step.prepare(largePage);
  const limit: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      limit.push(await step.once(limitPage));
      large.push(await step.once(largePage));
    } else {
      large.push(await step.once(largePage));
      limit.push(await step.once(limitPage));
    }
  }
  return { limit: summarise(limit), large: summarise(large) };
}

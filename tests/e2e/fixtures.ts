import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A fixed clock so dates (quarters, check-ins) are the same on every run. */
export const FIXED_NOW = new Date('2026-11-16T10:00:00+01:00');

export const test = base.extend<{ clockTime: Date | null; fixedClock: void }>({
  /** Set to null (test.use) for timing tests: a fixed clock also freezes requestAnimationFrame. */
  clockTime: [FIXED_NOW, { option: true }],
  fixedClock: [
    async ({ page, clockTime }, use) => {
      if (clockTime) await page.clock.setFixedTime(clockTime);
      await use();
    },
    { auto: true },
  ],
});

export { expect };

/** Serious and critical accessibility violations on the current page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

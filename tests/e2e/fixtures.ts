import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A fixed clock so dates (quarters, check-ins) are the same on every run. */
export const FIXED_NOW = new Date('2026-11-16T10:00:00+01:00');

/** Console errors a test expects (matched against the message); everything else fails the test. */
export type ExpectedConsoleErrors = readonly RegExp[];

export const test = base.extend<{
  clockTime: Date | null;
  fixedClock: void;
  expectedConsoleErrors: ExpectedConsoleErrors;
  cleanConsole: void;
}>({
  /** Set to null (test.use) for timing tests: a fixed clock also freezes requestAnimationFrame. */
  clockTime: [FIXED_NOW, { option: true }],
  fixedClock: [
    async ({ page, clockTime }, use) => {
      if (clockTime) await page.clock.setFixedTime(clockTime);
      await use();
    },
    { auto: true },
  ],
  expectedConsoleErrors: [[], { option: true }],
  /**
   * Every end-to-end test fails on a console error, an uncaught exception or a
   * Content-Security-Policy violation (a blocked inline style, a missing favicon…), so the app
   * opens and every dialog works with a clean console.
   */
  cleanConsole: [
    async ({ page, expectedConsoleErrors }, use, testInfo) => {
      const problems: string[] = [];
      const expected = (text: string) => expectedConsoleErrors.some((pattern) => pattern.test(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || expected(message.text())) return;
        const where = message.location().url ? ` (${message.location().url})` : '';
        problems.push(`console error: ${message.text()}${where}`);
      });
      page.on('pageerror', (error) => {
        if (!expected(error.message)) problems.push(`uncaught exception: ${error.message}`);
      });
      await use();
      if (testInfo.status === testInfo.expectedStatus) {
        expect(problems, 'the console stays clean: no errors, no uncaught exceptions, no CSP violations').toEqual([]);
      }
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

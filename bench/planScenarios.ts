import type { Page } from '@playwright/test';
import { summarise, type Measurement } from './measure';

/**
 * Issue 18: switching the team board between the live organisation and a draft with the plan
 * switcher, until every card on screen belongs to the other plan. Runs alternate live → draft →
 * live…; `makeDraft` first copies the live plan into a draft (the workspace has none yet).
 */
export async function planSwitch(page: Page, runs: number, makeDraft: boolean): Promise<Measurement> {
  if (makeDraft) {
    await page.goto('/bench.html');
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    await page.evaluate(() => window.teamshapeBench.scenarioCopyAndCompare('Bench plan switch'));
  }
  await page.goto('/#/teams');
  await page.waitForFunction(() => performance.getEntriesByName('teamshape:workspace-loaded').length > 0, null, { timeout: 120_000 });
  await page.locator('[data-drop-team]').first().waitFor({ timeout: 120_000 });
  const plans = await page.getByLabel('Plan shown').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  if (plans.length < 2) throw new Error(`Switching plans needs the live organisation and a draft; the plan switcher lists ${plans.length}.`);
  const [live, draft] = [plans[0]!, plans[1]!];
  const times: number[] = [];
  for (let i = 0; i < runs * 2; i++) {
    const target = i % 2 === 0 ? draft : live;
    const ms = await page.evaluate(async (planId) => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Plan shown"]')!;
      const shown = () => [...document.querySelectorAll('[data-drop-team]')].map((card) => card.getAttribute('data-drop-team'));
      const before = new Set(shown());
      const started = performance.now();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, planId);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => {
          const cards = shown();
          if (cards.length > 0 && cards.every((id) => !before.has(id))) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - started;
    }, target);
    times.push(ms);
  }
  return summarise(times);
}

import { expect, test } from './fixtures';

/**
 * The team designer at organisation scale (500 teams, 5,000 people): opening the board and the
 * people list, and scrolling the list, on this machine. Bounds are generous (a 2-core CI box);
 * the measured figures are attached to the report and printed.
 */
test.describe('Team designer at 500 teams and 5,000 people', () => {
  test.use({ clockTime: null });
  test.setTimeout(180_000);

  test('the board and the people list open quickly and the list scrolls smoothly', async ({ page }, testInfo) => {
    await page.goto('/bench.html');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    const counts = await page.evaluate(async () => {
      const records = window.teamshapeBench.generate('L', '2026-11-16');
      await window.teamshapeBench.loadViaApp({ ...records, objectives: [], keyResults: [], checkIns: [] });
      return window.teamshapeBench.counts(records);
    });
    expect(counts.teams).toBe(500);
    expect(counts.people).toBe(5_000);

    const figures: Record<string, number> = {};
    // Time from navigation start to the screen's ready mark (see renderer/ui/useReadyMark.ts).
    const readyAt = async (mark: string) =>
      Math.round(Number(await (await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, mark, { timeout: 30_000 })).jsonValue()));
    await page.goto('/#/teams');
    figures.boardOpenMs = await readyAt('teamshape:teams-ready');
    await expect(page.getByText(/^500 teams · [\d,]+ people/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Organisation health' })).toBeVisible();
    expect(await page.getByRole('list', { name: 'Teams' }).getByRole('article').count()).toBeLessThan(60);

    await page.goto('/#/people');
    figures.peopleOpenMs = await readyAt('teamshape:people-ready');
    await expect(page.getByText('5,000 people in the directory')).toBeVisible();
    expect(await page.getByRole('table', { name: 'People' }).getByRole('row').count()).toBeLessThan(80);

    figures.worstScrollFrameMs = await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="People directory, scrollable"]') as HTMLElement;
      let worst = 0;
      for (let step = 0; step < 40; step++) {
        const before = performance.now();
        scroller.scrollTop += 2_000;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        worst = Math.max(worst, performance.now() - before);
      }
      return Math.round(worst);
    });
    await expect(page.getByRole('table', { name: 'People' }).getByRole('row').last()).toBeVisible();

    const started = Date.now();
    await page.getByLabel('Search people').fill('Security Analyst');
    await expect(page.getByText(/Showing [\d,]+ of 5,000 people/)).toBeVisible();
    figures.filterMs = Date.now() - started;

    console.log(`scale figures: ${JSON.stringify(figures)}`);
    testInfo.annotations.push({ type: 'figures', description: JSON.stringify(figures) });
    await page.screenshot({ path: testInfo.outputPath('people-5000.png') });
    expect(figures.boardOpenMs).toBeLessThan(3_000);
    expect(figures.peopleOpenMs).toBeLessThan(3_000);
    expect(figures.worstScrollFrameMs).toBeLessThan(500);
  });
});

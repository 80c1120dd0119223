import { expect, test } from './fixtures';

/**
 * The OKRs page at the benchmark size: 2,000 objectives, 8,000 key results and 100,000 check-ins
 * (the harness spreads them over four quarters: 500 objectives, 2,000 key results and 25,000
 * check-ins in the current one). Bounds are generous for a busy 2-core CI box; the measured
 * figures are printed and attached to the report.
 */
test.describe('OKRs at 2,000 objectives, 8,000 key results and 100,000 check-ins', () => {
  test.use({ clockTime: null });
  test.setTimeout(240_000);

  test('the OKRs page opens from a cold start in seconds and from memory well under a second', async ({ page }, testInfo) => {
    await page.goto('/bench.html');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    const counts = await page.evaluate(async () => {
      const records = window.teamshapeBench.generate('L', '2026-11-16');
      await window.teamshapeBench.loadRaw(records);
      return window.teamshapeBench.counts(records);
    });
    expect([counts.objectives, counts.keyResults, counts.checkIns]).toEqual([2_000, 8_000, 100_000]);

    const figures: Record<string, number> = {};
    // Milliseconds from navigation start to a mark the page sets after it committed (see useReadyMark).
    const markAt = async (name: string) =>
      Math.round(Number(await (await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, name, { timeout: 30_000 })).jsonValue()));
    const objectives = page.getByRole('list', { name: 'Objectives' });

    // Cold opens: a new page load each time (bundle, database, query, rules, first screen of cards).
    await page.goto('/#/okrs?period=period:2026-Q4');
    for (const run of [1, 2, 3]) {
      if (run > 1) await page.reload();
      figures[`firstScreenMs${run}`] = await markAt('teamshape:okrs-ready');
      figures[`allObjectivesMs${run}`] = await markAt('teamshape:okrs-complete');
      // The app shell's first paint (before any OKR data): what every screen costs on a cold load.
      figures[`shellFirstPaintMs${run}`] = await markAt('first-contentful-paint');
    }
    await expect(page.getByText(/^Q4 2026 · .* · 500 objectives, \d+ shared by two or more teams$/)).toBeVisible();
    await expect(objectives.getByRole('article').last()).toBeAttached();
    figures.cardsRendered = await objectives.getByRole('article').count();

    // Warm: from another screen of the running app to the OKRs page, until the first card is on screen.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    figures.navigateToOkrsMs = await page.evaluate(async () => {
      const started = performance.now();
      (document.querySelector('nav[aria-label="Main"] a[href*="okrs"]') as HTMLElement).click();
      await new Promise<void>((resolve) => {
        const check = () => (document.querySelector('[aria-label="Objectives"] article') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return Math.round(performance.now() - started);
    });

    await expect(objectives.getByRole('article')).toHaveCount(500);
    // Switching to the previous quarter (another 500 objectives) in the period picker. Timed inside the page:
    // Playwright's role and text locators walk the accessibility tree of 500 cards, which would dominate the figure.
    const switchTo = (periodId: string, name: string) =>
      page.evaluate(
        async ([id, heading]) => {
          const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Period')!;
          const select = document.getElementById(label.htmlFor) as HTMLSelectElement;
          const started = performance.now();
          select.value = id!;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          await new Promise<void>((resolve) => {
            const shown = () =>
              document.querySelector('main header p')?.textContent?.startsWith(heading!) && document.querySelector('[aria-label="Objectives"] article');
            const check = () => (shown() ? resolve() : requestAnimationFrame(check));
            check();
          });
          return Math.round(performance.now() - started);
        },
        [periodId, name],
      );
    figures.switchToPastQuarterMs = await switchTo('period:2026-Q3', 'Q3 2026');
    await expect(page.getByText(/^Q3 2026 · .* · 500 objectives/)).toBeVisible();
    figures.switchBackToCurrentMs = await switchTo('period:2026-Q4', 'Q4 2026');

    console.log(`OKR scale figures: ${JSON.stringify(figures)}`);
    testInfo.annotations.push({ type: 'figures', description: JSON.stringify(figures) });
    await page.screenshot({ path: testInfo.outputPath('okrs-500-objectives.png') });
    const best = (name: string) => Math.min(figures[`${name}1`]!, figures[`${name}2`]!, figures[`${name}3`]!);
    // A cold open reads the whole workspace into memory first (120,000 records; 2.5 s on a quiet
    // machine is the target the benchmark checks); after that, screens are answered from memory.
    expect(best('firstScreenMs')).toBeLessThan(5_000);
    expect(figures.navigateToOkrsMs).toBeLessThan(1_000);
    expect(figures.switchToPastQuarterMs).toBeLessThan(1_000);
    expect(figures.cardsRendered).toBe(500);
  });
});

import type { Locator, Page } from '@playwright/test';
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
      // The rows around the screen rendered and measured, the list following the scroll (it never renders all 500).
      figures[`listSettledMs${run}`] = await markAt('teamshape:okrs-complete');
      // The app shell's first paint (before any OKR data): what every screen costs on a cold load.
      figures[`shellFirstPaintMs${run}`] = await markAt('first-contentful-paint');
    }
    await expect(page.getByText(/^Q4 2026 · .* · 500 objectives, \d+ shared by two or more teams$/)).toBeVisible();
    await expect(objectives.getByRole('article').first()).toBeVisible();
    figures.cardsRendered = await objectives.getByRole('article').count();
    figures.elementsInMain = await page.locator('main').evaluate((main) => main.querySelectorAll('*').length);

    // Warm: from another screen of the running app to the OKRs page, until the first card is on screen. The
    // first screen comes from a quick read of the period; the whole workspace is in memory a moment later.
    figures.workspaceInMemoryMs = await markAt('teamshape:workspace-loaded');
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
    // Virtualised: the cards around the screen only (about 12 at 1280×720), not 500 and their 12,000 elements.
    expect(figures.cardsRendered).toBeGreaterThanOrEqual(3);
    expect(figures.cardsRendered).toBeLessThanOrEqual(40);
    expect(figures.elementsInMain).toBeLessThan(1_500);
  });

  test('500 objectives in one list: a bounded DOM, reading order to the last one, Tab past the first screen, key results that push the next card down, another quarter from its first objective', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/bench.html');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    // The reading order worked out here from the generated records, not by the app: a parent is always an
    // earlier objective of the same quarter, so each quarter's first objective is its first root, and the
    // last one in reading order is the last root's last contributor's last contributor…
    const expected = await page.evaluate(async () => {
      const records = window.teamshapeBench.generate('L', '2026-11-16');
      await window.teamshapeBench.loadRaw(records);
      const inQuarter = (id: string) => records.objectives.filter((o) => o.periodId === id && !o.deletedAt);
      const q4 = inQuarter('period:2026-Q4');
      const ids = new Set(q4.map((o) => o.id));
      let last = q4.filter((o) => !o.parentId || !ids.has(o.parentId)).at(-1)!;
      for (let child = q4.filter((o) => o.parentId === last.id).at(-1); child; child = q4.filter((o) => o.parentId === last.id).at(-1)) last = child;
      return { count: q4.length, first: q4[0]!.title, last: last.title, firstOfQ3: inQuarter('period:2026-Q3')[0]!.title };
    });
    expect(expected.count).toBe(500);

    await page.goto('/#/okrs?period=period:2026-Q4');
    await expect(page.getByText(/^Q4 2026 · .* · 500 objectives/)).toBeVisible();
    const objectives = page.getByRole('list', { name: 'Objectives' });
    const cards = objectives.getByRole('article');
    await expect(cards.first()).toHaveAccessibleName(expected.first);
    await expect(objectives.getByRole('listitem').first()).toHaveAttribute('aria-level', '1');
    await expect(objectives.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
    expect(await cards.count()).toBeLessThanOrEqual(40);

    await test.step('key results unfolded push the cards below down (no overlap), and stay unfolded when the card is shown again', async () => {
      const card = cards.nth(1);
      const title = (await card.getByRole('heading').textContent())!;
      await card.getByText(/^Show \d+ key results?$/).click();
      await expect(card.getByRole('list', { name: `Key results of ${title}` }).getByRole('listitem').first()).toBeVisible();
      await expectNoOverlap(cards, 4);
      // Focus leaves the list (a focused card would be kept, see the Tab step).
      await page.getByRole('heading', { level: 1, name: 'OKRs' }).click();
      // Scrolled far away (the card leaves the DOM) and back: as the user left it.
      await scrollMainTo(page, 30_000);
      await expect(page.getByRole('article', { name: title, exact: true })).toHaveCount(0);
      await scrollMainTo(page, 0);
      await expect(page.getByRole('article', { name: title, exact: true }).getByRole('list', { name: `Key results of ${title}` })).toBeVisible();
      await expectNoOverlap(cards, 4);
    });

    await test.step('Tab goes from card to card past the first screen: the next card is always there and scrolled into view', async () => {
      await scrollMainTo(page, 0);
      await cards.first().getByRole('link', { name: expected.first }).focus();
      const rendered = await objectives.locator('li[data-index]').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.index)));
      let index = 0;
      for (let presses = 0; index < Math.max(...rendered) + 8; presses++) {
        expect(presses, 'Tab reaches the cards beyond the first screen').toBeLessThan(200);
        await page.keyboard.press('Tab');
        const next = await page.evaluate(() => {
          const item = document.activeElement?.closest<HTMLElement>('[aria-label="Objectives"] li[data-index]');
          return item ? Number(item.dataset.index) : -1;
        });
        expect(next, 'focus stays in the list of objectives').toBeGreaterThanOrEqual(index);
        expect(next - index, 'no card is skipped').toBeLessThanOrEqual(1);
        index = next;
        await expect(page.locator(':focus')).toBeInViewport();
      }
      expect(await cards.count()).toBeLessThanOrEqual(40);
      // Scrolled far from the focused card: it stays rendered (out of the flow), so focus is not lost.
      const focusedTitle = await page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h2')?.textContent);
      await scrollMainTo(page, 60_000);
      await expect(page.getByRole('article', { name: focusedTitle!, exact: true })).toHaveCount(1);
      expect(await page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h2')?.textContent)).toBe(focusedTitle);
    });

    await test.step('scrolled to the end: the last objective in reading order, and still a bounded DOM', async () => {
      await expect
        .poll(async () => {
          await scrollMainTo(page, 10_000_000);
          return cards.last().getByRole('heading').textContent();
        })
        .toBe(expected.last);
      await expect(cards.last()).toBeInViewport();
      const lastItem = objectives.locator('li[data-index="499"]');
      await expect(lastItem.getByRole('article')).toHaveAccessibleName(expected.last);
      await expect(lastItem).toHaveAttribute('aria-posinset', (await lastItem.getAttribute('aria-setsize'))!);
      expect(await cards.count()).toBeLessThanOrEqual(40);
      await expectNoOverlap(cards, 3);
    });

    await test.step('another quarter starts with its own first objective', async () => {
      await scrollMainTo(page, 0);
      await page.getByLabel('Period', { exact: true }).selectOption('period:2026-Q3');
      await expect(page.getByText(/^Q3 2026 · .* · 500 objectives/)).toBeVisible();
      await expect(cards.first()).toHaveAccessibleName(expected.firstOfQ3);
      await expect(cards.first()).toBeInViewport();
      await expect(objectives.getByRole('listitem').first()).toHaveAttribute('aria-level', '1');
      expect(await cards.count()).toBeLessThanOrEqual(40);
    });
  });
});

test.describe('Check-ins due for everyone at L (8,000 key results)', () => {
  test.use({ clockTime: null });
  test.setTimeout(240_000);

  test('every key result in one scrolled list with a bounded DOM; a value typed stays when its row scrolls away and back; Tab goes on past the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/bench.html');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await page.evaluate(async () => {
      const records = window.teamshapeBench.generate('L', '2026-11-16');
      await window.teamshapeBench.loadRaw(records);
      window.teamshapeBench.skipWhoAreYou();
    });
    await page.goto('/#/okrs/check-ins?for=everyone');
    const summary = page.getByText(/^[\d,]+ key results · /);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.replace(/ key results.*$/, '').replace(/,/g, ''));
    expect(total).toBeGreaterThan(1_000);
    const list = page.getByRole('group', { name: 'Key results to check in' });
    const rows = list.getByRole('form');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThanOrEqual(40);
    await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
    // The scope's 500 teams are in the page only while the field is in use: a click adds them before the list opens, leaving drops them.
    const scope = page.getByLabel('Key results of');
    await expect(scope.locator('option')).toHaveCount(1);
    await scope.click();
    await expect(scope.locator('option')).toHaveCount(502);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: 'Check-ins due' }).click();
    await expect(scope.locator('option')).toHaveCount(1);
    await expect(scope).toHaveValue('everyone');

    // A value typed in the first row, then focus moved to another row far below: the first row leaves the DOM and comes back with it.
    const first = rows.first();
    // Generated titles repeat ("Increase to key result 1"): the row is found by its key result.
    const firstRow = page.locator(`form[data-key-result="${await first.getAttribute('data-key-result')}"]`);
    const confidence = first.getByRole('textbox', { name: /^Confidence of/ });
    const typed = (await confidence.inputValue()) === '3' ? '4' : '3';
    await confidence.fill(typed);
    // Focus leaves the list first: a focused row would be kept rendered (see the Tab step).
    await page.getByRole('heading', { level: 1, name: 'Check-ins due' }).click();
    await scrollMainTo(page, 40_000);
    await expect(firstRow).toHaveCount(0);
    await rows.nth(2).getByRole('textbox', { name: /^Confidence of/ }).focus();
    await scrollMainTo(page, 0);
    await expect(firstRow.getByRole('textbox', { name: /^Confidence of/ })).toHaveValue(typed);

    // Scrolled to the end: the last of the list is there, the DOM still bounded.
    await expect
      .poll(async () => {
        await scrollMainTo(page, 100_000_000);
        return rows.last().getAttribute('data-index');
      })
      .toBe(String(total - 1));
    expect(await rows.count()).toBeLessThanOrEqual(40);

    // From the top, keyboard only: the confidence of each row in turn, past the first screen (Tab through each row's fields).
    await scrollMainTo(page, 0);
    await rows.first().getByRole('textbox', { name: /^Confidence of/ }).focus();
    let index = 0;
    for (let presses = 0; index < 16; presses++) {
      expect(presses, 'Tab reaches the rows beyond the first screen').toBeLessThan(200);
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => Number(document.activeElement?.closest<HTMLElement>('form[data-index]')?.dataset.index ?? -1));
      expect(next, 'focus stays in the list, no row skipped').toBeGreaterThanOrEqual(index);
      expect(next - index).toBeLessThanOrEqual(1);
      index = next;
      await expect(page.locator(':focus')).toBeInViewport();
    }
    expect(await rows.count()).toBeLessThanOrEqual(40);
  });
});

async function scrollMainTo(page: Page, top: number): Promise<void> {
  await page.locator('main').evaluate((main, y) => main.scrollTo({ top: y }), top);
  // The list follows the scroll a frame later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The first `count` cards on screen each end above the next one. */
async function expectNoOverlap(cards: Locator, count: number): Promise<void> {
  await expect
    .poll(async () => {
      const boxes = await cards.evaluateAll((all) => all.map((card) => card.getBoundingClientRect()).filter((box) => box.bottom > 0 && box.top < window.innerHeight));
      return boxes.slice(0, count).every((box, i, shown) => i === 0 || box.top >= shown[i - 1]!.bottom + 8);
    })
    .toBe(true);
}

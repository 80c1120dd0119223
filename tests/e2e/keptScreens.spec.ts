import { expect, seriousA11yViolations, test } from './fixtures';
import { OkrScreens } from './pages/OkrScreens';
import { TeamsBoard } from './pages/TeamsBoard';

/**
 * The main screens (Teams, People, OKRs, Check-ins due, Charts) are kept while the user is on
 * another one: coming back shows them as they were left, with what changed meanwhile, and only the
 * screen shown is in the page.
 */
test.describe('Screens kept between visits', () => {
  test('back to a screen: its scroll position and an unsaved check-in are as left, other windows’ and screens’ changes show, one screen in the page', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const main = page.locator('main');

    // Scrolled down the board, to People (which starts at its top) and back: the board is where it was left.
    await main.evaluate((element) => element.scrollTo(0, 400));
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBe(400);
    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBe(0);
    await nav.getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await expect.poll(() => main.evaluate((element) => element.scrollTop)).toBe(400);

    // A search is not kept: coming back shows every team.
    await page.getByLabel('Find a team').fill('Payments Platform');
    await expect(board.board.getByRole('article')).toHaveCount(1);
    await nav.getByRole('link', { name: 'Charts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    // Teams and Charts both have a "Group by": only the screen shown is in the page (no duplicate labels or ids).
    await expect(page.getByLabel('Group by')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A command for a kept screen, given on another one, opens its dialog there (Ctrl+Shift+E: export the chart).
    await nav.getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts', includeHidden: true })).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeHidden();
    await nav.getByRole('link', { name: 'People' }).click();
    await nav.getByRole('link', { name: 'Charts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toHaveCount(0);

    // A change made on another screen while the board was away shows when it comes back.
    await page.goto('/#/teams');
    await expect(page.getByLabel('Find a team')).toHaveValue('');
    await board.renameTeam('Data Platform', 'Data & Analytics Platform');
    await expect(board.card('Data & Analytics Platform')).toBeVisible();
    await nav.getByRole('link', { name: 'People' }).click();
    const other = await page.context().newPage();
    await other.goto(page.url().replace(/#.*$/, '#/teams'));
    const otherBoard = new TeamsBoard(other);
    await (await otherBoard.findCard('Data & Analytics Platform')).waitFor();
    await otherBoard.renameTeam('Data & Analytics Platform', 'Insights Platform');
    await nav.getByRole('link', { name: 'Teams' }).click();
    await expect(board.card('Insights Platform')).toBeVisible();
    await expect(page.getByText('Data & Analytics Platform')).toHaveCount(0);
    await other.close();

    // A check-in typed and not saved is still there after a visit to another screen.
    await nav.getByRole('link', { name: 'OKRs' }).click();
    await page.getByRole('navigation', { name: 'OKR views' }).getByRole('link', { name: 'Check-ins due' }).click();
    await page.getByLabel('Key results of').selectOption({ label: 'Everyone' });
    const value = page.getByRole('group', { name: 'Key results to check in' }).getByRole('form').first().getByRole('textbox', { name: /^New value of/ });
    const name = (await value.getAttribute('aria-label'))!;
    await value.fill('42');
    await nav.getByRole('link', { name: 'Teams' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await expect(page.getByRole('textbox', { name })).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('textbox', { name })).toHaveValue('42');
  });

  test('a period left and come back to: its list as left, one list in the page, its links keep the period', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeHidden();
    const okrs = new OkrScreens(page);
    await okrs.openFromNavigation();
    const title = 'Customers help themselves';
    const toggle = okrs.objectiveCard(title).locator('summary');
    await expect(toggle).toHaveText(/^Hide \d+ key results?$/);
    await toggle.click();
    await expect(toggle).toHaveText(/^Show \d+ key results?$/);

    const period = page.getByLabel('Period', { exact: true });
    const current = await period.inputValue();
    const [previous, previousName] = await period.locator('option').evaluateAll((options) => {
      const option = (options as HTMLOptionElement[]).find((o) => o.textContent!.includes('(previous quarter)'))!;
      return [option.value, option.textContent!.replace(/ \(.*$/, '')];
    });
    await period.selectOption(previous!);
    await expect(page).toHaveURL(new RegExp(`period=${encodeURIComponent(previous!)}`));
    await expect(page.getByText(new RegExp(`^${previousName} · `))).toBeVisible();
    // The current quarter's list is kept out of the page, not merely hidden: no text, id or label of it is found.
    await expect(page.getByText(title)).toHaveCount(0);
    await expect(page.locator('ul[aria-label="Objectives"]')).toHaveCount(0);

    await period.selectOption(current);
    await expect(okrs.objectives).toHaveCount(1);
    await expect(toggle).toHaveText(/^Show \d+ key results?$/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The card's link opens its objective with the period kept in the address; back, the list is as left.
    await okrs.objectiveCard(title).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/okrs/objectives/[^?]+\\?.*period=${encodeURIComponent(current)}`));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'OKRs' })).toBeVisible();
    await expect(toggle).toHaveText(/^Show \d+ key results?$/);
  });
});

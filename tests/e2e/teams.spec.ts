import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

test.describe('Teams page', () => {
  test('a team created on the board is still there after a reload', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeVisible();

    await board.createTeam({ name: 'Payments Platform', service: 'Card payments', mission: 'Customers pay in seconds.' });
    // The comfortable density shows each team's service and mission (a preference of this device).
    await page.getByLabel('Comfortable').check();
    await expect(board.card('Payments Platform')).toContainText('Owns: Card payments');

    await page.reload();
    await expect(board.card('Payments Platform')).toBeVisible();
    await expect(board.card('Payments Platform')).toContainText('Customers pay in seconds.');
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeHidden();
  });

  test('renaming and deleting a team persist across a reload', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Data Platform' });
    await board.createTeam({ name: 'Field App' });

    await board.renameTeam('Field App', 'Field Service App');
    await board.deleteTeam('Data Platform');
    await page.reload();

    await expect(board.card('Field Service App')).toBeVisible();
    await expect(board.card('Field App')).toHaveCount(0);
    await expect(board.card('Data Platform')).toHaveCount(0);
  });

  test('a team without a name is refused with a message next to the field', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'New team' }).click();
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Team name is required');
    await expect(dialog.getByLabel('Team name')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('list', { name: 'Teams' })).toHaveCount(0);
  });

  test('the sample organisation loads from the empty workspace and every page is accessible', async ({ page }, testInfo) => {
    // It visits and checks every page in turn: on a 2-core machine beside another browser, that takes over a minute.
    test.slow();
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    await expect(page.getByText(/12 teams · \d+ people/)).toBeVisible();
    await expect(await board.findCard('Payments Platform')).toContainText(/\d+\/10 · [\d.]+ FTE/);

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('teams-board.png'), fullPage: true });

    for (const section of ['People', 'OKRs', 'Charts', 'Settings']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
      await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
      expect(await seriousA11yViolations(page), `${section} page`).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${section.toLowerCase()}.png`), fullPage: true });
    }
  });

  test('the create dialog is usable from the keyboard alone', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'New team' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New team' });
    await expect(dialog.getByLabel('Team name')).toBeFocused();
    await page.keyboard.type('Service Desk');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(board.card('Service Desk')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

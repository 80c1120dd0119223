import { expect, test } from './fixtures';

/** In the browser the command table's shortcuts come from a keydown listener; on the desktop, from the menu. */
test.describe('keyboard shortcuts from the command table (browser mode)', () => {
  test('go to a page, open the roster import, and get guidance for a command without its own screen', async ({ page }) => {
    await page.goto('/#/teams');
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();

    await page.keyboard.press('Control+2');
    await expect(page).toHaveURL(/#\/people/);

    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+i');
    await expect(page).toHaveURL(/#\/people/);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+Shift+S');
    await expect(page).toHaveURL(/#\/settings/);
    await expect(page.getByText('To back up, choose “Back up now”')).toBeVisible();
  });
});

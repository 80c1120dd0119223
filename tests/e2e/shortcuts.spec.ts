import { expect, test } from './fixtures';

/** In the browser the command table's shortcuts come from a keydown listener; on the desktop, from the menu. */
test.describe('keyboard shortcuts from the command table (browser mode)', () => {
  test('go to a page, open the roster import, and get guidance for a command without its own screen', async ({ page }) => {
    // Headless Chromium cannot answer the save picker: the backup takes the download path every other browser takes.
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
    await page.goto('/#/teams');
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();

    await page.keyboard.press('Control+2');
    await expect(page).toHaveURL(/#\/people/);

    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+i');
    await expect(page).toHaveURL(/#\/people/);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    // Back up runs where the user is: the backup is downloaded and the notice says where it went.
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+S');
    expect((await download).suggestedFilename()).toMatch(/^teamshape-backup-.*\.teamshape\.gz$/);
    await expect(page).toHaveURL(/#\/people/);
    await expect(page.getByText(/Your browser was asked to download teamshape-backup-.+\.teamshape\.gz\. Check it is in your Downloads folder/)).toBeVisible();

    // Export chart as PDF goes to the Charts page with its PDF options open.
    await page.keyboard.press('Control+Shift+E');
    await expect(page).toHaveURL(/#\/charts/);
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
  });

  test('the palette and the shortcuts reach the imports, the OKR paste, Check-ins due and the quarter review', async ({ page }) => {
    await page.goto('/#/teams');
    await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
    const viaPalette = async (words: string) => {
      await page.keyboard.press('Control+k');
      await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
      await page.keyboard.type(words);
      await page.keyboard.press('Enter');
    };

    await viaPalette('import team memberships');
    await expect(page).toHaveURL(/#\/people/);
    await expect(page.getByRole('dialog', { name: 'Import team memberships' })).toBeVisible();
    await page.keyboard.press('Escape');

    await viaPalette('import okrs');
    await expect(page).toHaveURL(/#\/okrs/);
    await expect(page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' })).toBeHidden();

    // Already on the OKRs page: the page itself takes the command.
    await viaPalette('paste okrs');
    await expect(page.getByRole('dialog', { name: 'Paste OKRs' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+6');
    await expect(page).toHaveURL(/#\/okrs\/check-ins/);
    await viaPalette('quarter review');
    await expect(page).toHaveURL(/#\/okrs\/review/);
  });
});

import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

test.describe('Settings: one save model', () => {
  test('every section saves with its button or Ctrl+S, reverts, warns before leaving unsaved, and a save is undoable', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(board.card('Payments Platform')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    // Every editing section has the same Save and Revert, disabled until something changes.
    for (const save of ['Save', 'Save limits', 'Save role requirements', 'Save default', 'Save synonyms', 'Save OKR settings', 'Save departments']) {
      await expect(page.getByRole('button', { name: save, exact: true })).toBeDisabled();
    }
    await expect(page.getByRole('button', { name: 'Revert' })).toHaveCount(7);

    // Role requirements no longer commit on leaving the field: unsaved until Save.
    const roles = page.getByRole('form', { name: 'Role requirements' });
    const minimum = roles.getByLabel('Minimum Developer per team');
    await minimum.fill('3');
    await minimum.press('Tab');
    await expect(roles.getByText('Unsaved changes')).toBeVisible();
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
      await page.setViewportSize(size);
      await roles.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`settings-unsaved-${size.width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Leaving asks; Cancel keeps the edit.
    await nav.getByRole('link', { name: 'Teams', exact: true }).click();
    const leave = page.getByRole('alertdialog', { name: 'Leave Settings without saving?' });
    await expect(leave).toContainText('This section has unsaved changes: Role requirements.');
    await page.screenshot({ path: testInfo.outputPath('settings-leave-1440.png') });
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(minimum).toHaveValue('3');

    // Ctrl+S in the section saves it: one undoable change.
    await minimum.focus();
    await page.keyboard.press('Control+s');
    await expect(roles.getByRole('status')).toHaveText('Requirements of 1 role saved.');
    await expect(roles.getByText('Unsaved changes')).toHaveCount(0);
    await expect(page.getByText('Saved: Edit role “Developer”.')).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).click();
    await page.keyboard.press('Control+z');
    // Undone: the section shows the stored value again, with nothing unsaved.
    await expect(minimum).toHaveValue('1');
    await expect(roles.getByText('Unsaved changes')).toHaveCount(0);

    // Revert puts back what is stored.
    const allocation = page.getByLabel('Allocation proposed when someone joins a team (%)');
    const stored = await allocation.inputValue();
    await allocation.fill('35');
    await page.getByRole('button', { name: 'Revert' }).nth(3).click();
    await expect(allocation).toHaveValue(stored);

    // Leaving with unsaved changes and choosing to discard them: nothing was stored.
    await page.getByLabel('Warn above (people)').fill('11');
    await nav.getByRole('link', { name: 'Teams', exact: true }).click();
    await expect(leave).toContainText('This section has unsaved changes: Team size.');
    await leave.getByRole('button', { name: 'Discard changes and leave' }).click();
    await expect(board.card('Payments Platform')).toBeVisible();
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByLabel('Warn above (people)')).toHaveValue('8');
  });
});

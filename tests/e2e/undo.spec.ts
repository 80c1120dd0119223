import { expect, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

test.describe('Undo, redo and edits from two windows', () => {
  test('every edit can be undone and redone from the keyboard and from the toast', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    const toast = page.getByRole('status').filter({ hasText: 'Saved: Create team “Payments”.' });
    await expect(toast).toBeVisible();

    await board.renameTeam('Payments', 'Payments Platform');
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Edit team “Payments Platform”.' })).toBeVisible();

    // Ctrl+Z outside a text field undoes the rename; Ctrl+Shift+Z redoes it.
    await page.getByRole('heading', { level: 1, name: 'Teams' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Undone: Edit team “Payments Platform”.' })).toBeVisible();
    await expect(board.card('Payments')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByRole('status').filter({ hasText: 'Redone: Edit team “Payments Platform”.' })).toBeVisible();
    await expect(board.card('Payments Platform')).toBeVisible();

    // The toast's button undoes too; undoing the creation removes the team (a tombstone).
    await page.getByRole('status').getByRole('button', { name: /^Undo/ }).click();
    await expect(board.card('Payments')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(board.card('Payments')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeVisible();

    // Ctrl+Z inside a text field is the field's own undo, never the app's.
    await page.keyboard.press('Control+Shift+z');
    await expect(board.card('Payments')).toBeVisible();
    await page.getByLabel('Find a team').fill('Pay');
    await page.getByLabel('Find a team').press('Control+z');
    await expect(board.card('Payments')).toBeVisible();

    await page.reload();
    await expect(board.card('Payments')).toBeVisible();
  });

  test('a save over a team another window changed is refused; keep mine or take theirs', async ({ page, context }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments', mission: 'Pay in seconds.' });

    // Window A opens the editor…
    await page.getByRole('button', { name: 'Rename Payments' }).click();
    const dialogA = page.getByRole('dialog', { name: /^Edit / });
    await dialogA.getByLabel('Mission').fill('Customers pay in one tap.');

    // …while window B (same database) renames the team.
    const other = await context.newPage();
    const boardB = new TeamsBoard(other);
    await boardB.open();
    await other.getByLabel('Comfortable').check();
    await boardB.renameTeam('Payments', 'Payments Core');

    // A's save is refused, naming what B changed; nothing was overwritten.
    await dialogA.getByRole('button', { name: 'Save changes' }).click();
    const notice = dialogA.getByRole('alert').filter({ hasText: 'was changed in another window' });
    await expect(notice).toContainText('Team “Payments Core” was changed in another window while you were editing it.');
    await expect(notice).toContainText('Name is now “Payments Core”');
    await expect(boardB.card('Payments Core')).toContainText('Pay in seconds.');

    // Take theirs: the form shows B's version; A edits it and saves.
    await notice.getByRole('button', { name: 'Take theirs' }).click();
    await expect(dialogA.getByLabel('Team name')).toHaveValue('Payments Core');
    await expect(dialogA.getByLabel('Mission')).toHaveValue('Pay in seconds.');
    await dialogA.getByLabel('Mission').fill('Customers pay in one tap.');
    await dialogA.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialogA).toBeHidden();
    await expect(boardB.card('Payments Core')).toContainText('Customers pay in one tap.');

    // Keep mine: B changes it again while A edits; A keeps its own version.
    await page.getByRole('button', { name: 'Rename Payments Core' }).click();
    await dialogA.getByLabel('Team name').fill('Payments Platform');
    await boardB.renameTeam('Payments Core', 'Payments Hub');
    await dialogA.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialogA.getByRole('alert')).toContainText('Name is now “Payments Hub”');
    await dialogA.getByRole('button', { name: 'Keep mine' }).click();
    await expect(dialogA).toBeHidden();
    await expect(boardB.card('Payments Platform')).toBeVisible();

    // Each window undoes its own changes: B's undo cannot undo A's save, because A's save came after.
    await other.getByRole('heading', { level: 1, name: 'Teams' }).click();
    await other.keyboard.press('Control+z');
    await expect(other.getByRole('status').filter({ hasText: 'Could not undo' })).toContainText('Could not undo “Edit team “Payments Hub””: Team “Payments Platform” was changed in another window since.');
    await expect(boardB.card('Payments Platform')).toBeVisible();
    await other.close();
  });
});

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

  test('pressing Ctrl+Z twice at once undoes two changes, in order, and Shift+Ctrl+Z twice redoes both', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    await board.renameTeam('Payments', 'Payments Core');
    await board.renameTeam('Payments Core', 'Payments Hub');
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Edit team “Payments Hub”.' })).toBeVisible();
    // Both presses arrive before the first undo has finished: the second waits its turn instead of being dropped.
    const press = (shift: boolean) =>
      page.evaluate((withShift) => {
        for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, shiftKey: withShift, bubbles: true }));
      }, shift);
    await press(false);
    await expect(page.getByRole('status').filter({ hasText: 'Undone: Edit team “Payments Core”.' })).toBeVisible();
    await expect(board.card('Payments')).toBeVisible();
    await press(true);
    await expect(page.getByRole('status').filter({ hasText: 'Redone: Edit team “Payments Hub”.' })).toBeVisible();
    await expect(board.card('Payments Hub')).toBeVisible();
  });

  test('an earlier change\'s toast never covers a dialog\'s buttons on a small screen', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments', mission: 'Pay in seconds.' });
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Create team “Payments”.' })).toBeVisible();

    // A wide dialog's main button sits at the bottom right, where the toast is.
    await page.getByRole('navigation').getByRole('link', { name: 'OKRs' }).click();
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste OKRs' });
    await paste.getByLabel('OKRs as text').fill('Customers help themselves\n- Reduce churn from 3 % to 2 %');
    const create = paste.getByRole('button', { name: 'Create 1 objective' });
    await expect(create).toBeEnabled();
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Create team “Payments”.' })).toBeVisible();
    // The toast and the button share the bottom right corner; the button is drawn on top. (The modal
    // dialog turns off pointer events outside it, which hit testing honours, so turn them on to look.)
    const toastBox = await page.getByRole('status').filter({ hasText: 'Saved: Create team' }).boundingBox();
    const buttonBox = await create.boundingBox();
    expect(toastBox && buttonBox && toastBox.x < buttonBox.x + buttonBox.width && toastBox.y < buttonBox.y + buttonBox.height).toBeTruthy();
    const reached = await create.evaluate((button) => {
      const previous = document.body.style.pointerEvents;
      document.body.style.pointerEvents = 'auto';
      const box = button.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      document.body.style.pointerEvents = previous;
      return hit === button || button.contains(hit);
    });
    expect(reached).toBe(true);
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

import { expect, test } from './fixtures';
import { importRosterThroughDialog, seedOrganisation, timedStep } from '../../bench/undoScenarios';

/**
 * The quick guard of issue 13's figures (`npm run bench:undo` has the full ones): undo and redo of
 * a 2,000-person import from the keyboard, each one step, with progress on screen, within a
 * generous bound (about ten times this machine's figure: 0.3–0.5 s).
 */
test.describe('Undo of a large import', () => {
  test.use({ clockTime: null });
  test.setTimeout(180_000);

  test('a 2,000-person roster import is undone and redone whole, one step each, with progress, within 5 s', async ({ page }) => {
    await seedOrganisation(page, 'empty');
    await importRosterThroughDialog(page, 2_000);
    const directory = page.getByText(/^[\d,]+ (person|people) in the directory$/);
    await expect(directory).toHaveText('2,000 people in the directory');

    const undo = await timedStep(page, 'undo');
    console.log(`quick bench undo of 2,000 people: ${undo.ms} ms (longest task ${undo.longestTask} ms, progress after ${undo.progressShownAt} ms)`);
    await expect(page.getByRole('status').filter({ hasText: 'Undone: Import 2,000 people.' })).toBeVisible();
    await expect(directory).toHaveText('0 people in the directory');
    expect(undo.progressShownAt).not.toBeNull();
    expect(undo.ms).toBeLessThan(5_000);

    const redo = await timedStep(page, 'redo');
    console.log(`quick bench redo of 2,000 people: ${redo.ms} ms (longest task ${redo.longestTask} ms)`);
    await expect(directory).toHaveText('2,000 people in the directory');
    expect(redo.ms).toBeLessThan(5_000);

    // One step each: a second undo takes back the import again, and then there is nothing left.
    await timedStep(page, 'undo');
    await expect(directory).toHaveText('0 people in the directory');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeVisible();
  });
});

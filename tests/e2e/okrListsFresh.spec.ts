import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { OkrScreens } from './pages/OkrScreens';
import { TeamsBoard } from './pages/TeamsBoard';

/**
 * The OKR lists keep what they computed across visits (per period and filter) and show a first
 * screen before the rest: none of it may show an old answer. Moves between the screens are in-app
 * navigations, as a person makes them, so the kept values are the ones on screen.
 */
test.describe('OKR lists stay current', () => {
  test('a check-in changes progress, status and due-ness on both lists; undo restores them; periods show their own objectives', async ({ page }) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeHidden();

    const okrs = new OkrScreens(page);
    await okrs.openFromNavigation();
    const views = page.getByRole('navigation', { name: 'OKR views' });
    // A numeric key result that is due (checked in before, not within the cadence) and not yet at its target.
    await views.getByRole('link', { name: 'Check-ins due' }).click();
    await page.getByLabel('Key results of').selectOption({ label: 'Everyone' });
    const due = page
      .getByRole('group', { name: 'Key results to check in' })
      .getByRole('form')
      .filter({ hasText: /Due · \d+ days since/ })
      .filter({ has: page.getByRole('textbox', { name: /^New value of .*\(%\)$/ }) })
      .first();
    const KEY_RESULT = (await due.getAttribute('aria-label'))!.replace('Check in on ', '');
    const OBJECTIVE = (await due.locator('bdi').nth(1).textContent())!;
    await views.getByRole('link', { name: 'Objectives' }).click();
    const line = okrs.objectiveCard(OBJECTIVE).getByRole('list', { name: `Key results of ${OBJECTIVE}` }).getByRole('listitem').filter({ hasText: KEY_RESULT });
    const bar = line.getByRole('progressbar', { name: `Progress of ${KEY_RESULT}` });
    const objectiveBar = okrs.objectiveCard(OBJECTIVE).getByRole('progressbar', { name: `Progress of ${OBJECTIVE}` });
    await expect(bar).toBeVisible();
    const before = { line: (await line.textContent())!, done: (await bar.getAttribute('aria-valuenow'))!, objective: (await objectiveBar.getAttribute('aria-valuenow'))! };
    expect(['0', '100']).not.toContain(before.done);
    expect(before.line).not.toContain('confidence 2/10');

    // Check-ins due: the key result is due; check in at its target (45 %).
    await views.getByRole('link', { name: 'Check-ins due' }).click();
    await page.getByLabel('Key results of').selectOption({ label: 'Everyone' });
    const row = page.getByRole('form', { name: `Check in on ${KEY_RESULT}` });
    await expect(row).toContainText(/Due · /);
    const dueBefore = (await row.textContent())!;
    // 100 % is past the target of an increase and far from that of a decrease: progress moves either way.
    await row.getByRole('textbox', { name: /^New value of/ }).fill('100');
    await row.getByRole('textbox', { name: /^Confidence of/ }).fill('2');
    await row.getByRole('textbox', { name: /^Confidence of/ }).press('Enter');
    const who = page.getByRole('dialog', { name: 'Who are you?' });
    await expect(who.or(page.getByRole('status').filter({ hasText: /^Checked in/ })).first()).toBeVisible();
    if (await who.isVisible()) await who.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Checked in/ })).toHaveText(`Checked in 100 on ${KEY_RESULT}.`);
    await expect(row).toContainText('Up to date');
    await expect(row).toContainText('2/10');

    // Back on the objectives: the key result's progress and last check-in changed, and its objective moved with it.
    await views.getByRole('link', { name: 'Objectives' }).click();
    await expect(line).toContainText('confidence 2/10');
    await expect(bar).not.toHaveAttribute('aria-valuenow', before.done);
    await expect(bar).toHaveAttribute('aria-valuenow', /^(0|100)$/);
    await expect(objectiveBar).not.toHaveAttribute('aria-valuenow', before.objective);

    // Undo (outside a text field): both lists show the key result as it was.
    await page.getByRole('heading', { level: 1, name: 'OKRs' }).click();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(bar).toHaveAttribute('aria-valuenow', before.done);
    await expect(objectiveBar).toHaveAttribute('aria-valuenow', before.objective);
    await expect(line).toHaveText(before.line);
    await views.getByRole('link', { name: 'Check-ins due' }).click();
    await expect(row).toContainText(/Due · /);
    await expect(row).not.toContainText('Up to date');
    await expect(row).toHaveText(dueBefore);

    // Periods: each shows its own objectives, and coming back shows the quarter's again.
    await views.getByRole('link', { name: 'Objectives' }).click();
    const period = page.getByLabel('Period', { exact: true });
    await period.selectOption({ label: 'Q3 2026 (previous quarter)' });
    await expect(page.getByText('No objectives in Q3 2026 yet.', { exact: false })).toBeVisible();
    await expect(okrs.objectiveCard(OBJECTIVE)).toHaveCount(0);
    await period.selectOption({ label: 'Q4 2026 (current quarter)' });
    await expect(page.getByText(/^Q4 2026 · .* · 8 objectives/)).toBeVisible();
    await expect(okrs.objectives.getByRole('article')).toHaveCount(8);
    await expect(bar).toHaveAttribute('aria-valuenow', before.done);
  });
});

test('Check-ins due names its columns over the fields at 1440×900, and leaves them to the fields’ own labels when they wrap at 1024×700', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const board = new TeamsBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeHidden();
  await page.goto('/#/okrs/check-ins');
  await page.getByLabel('Key results of').selectOption({ label: 'Everyone' });
  const list = page.getByRole('group', { name: 'Key results to check in' });
  const firstRow = list.getByRole('form').first();
  const heading = (text: string) => list.getByText(text, { exact: true });
  await expect(heading('New value')).toBeVisible();
  const left = async (locator: Locator) => (await locator.boundingBox())!.x;
  // Every row shares the heading's columns: the headings start where the fields do.
  expect(Math.abs((await left(heading('New value'))) - (await left(firstRow.getByRole('textbox', { name: /^New value of / }).or(firstRow.getByRole('combobox', { name: /^New value of / })).first())))).toBeLessThan(2);
  expect(Math.abs((await left(heading('Confidence (0–10)'))) - (await left(firstRow.getByRole('spinbutton', { name: /^Confidence of / }).or(firstRow.getByRole('textbox', { name: /^Confidence of / })).first())))).toBeLessThan(2);
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(heading('New value')).toBeHidden();
});

import { expect, test } from './fixtures';

test('design principles per team type are edited in Settings; a minimum above its maximum is refused and nothing is saved', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#/settings');
  const principles = page.getByRole('region', { name: 'Design principles per team type' });
  const row = principles.getByRole('row', { name: /Platform/ });
  await expect(row).toContainText('5 · 9 · 12');
  await row.getByRole('button', { name: 'Edit Platform principles' }).click();
  const form = page.getByRole('form', { name: 'Edit Platform principles' });
  await form.getByLabel('Warn below (people)').fill('10');
  await form.getByRole('button', { name: 'Save principles' }).click();
  await expect(form.getByRole('alert')).toHaveText('size.warnBelow: the lower limit must not be above the warn limit');
  await expect(row).toContainText('5 · 9 · 12');
  await form.getByLabel('Warn below (people)').fill('4');
  await form.getByLabel('Services at most').fill('2');
  await form.getByRole('button', { name: 'Save principles' }).click();
  await expect(form).toBeHidden();
  await expect(row).toContainText('4 · 9 · 12');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Design principles per team type' }).getByRole('row', { name: /Platform/ })).toContainText('4 · 9 · 12');
  await page.getByRole('region', { name: 'Design principles per team type' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('principles-1440.png') });
});

import { expect, seriousA11yViolations, test } from './fixtures';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

test('a team type’s required roles are edited with their minimum and maximum from the keyboard; a maximum below the minimum is refused, named, and nothing is saved', async ({ page }, testInfo) => {
  await page.setViewportSize(SIZES[0]!);
  await page.goto('/#/settings');
  const principles = page.getByRole('region', { name: 'Design principles per team type' });
  const platform = principles.getByRole('row', { name: /Platform/ });
  await expect(platform).toContainText('Product owner 1, Developer 2+, Architect 1+');
  await platform.getByRole('button', { name: 'Edit Platform principles' }).click();
  const form = page.getByRole('form', { name: 'Edit Platform principles' });
  const roles = form.getByRole('table', { name: 'Roles of Platform teams' });
  await expect(roles.getByRole('row')).toHaveCount(4);

  // A maximum below the minimum: said with the role and both values, nothing saved.
  await roles.getByLabel('Minimum Architect').fill('3');
  await roles.getByLabel('Maximum Architect').fill('1');
  await form.getByRole('button', { name: 'Save principles' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: Architect: the maximum (1) is below the minimum (3). Make the maximum at least 3, or leave it empty for no upper limit.');
  await expect(roles.getByLabel('Maximum Architect')).toHaveAttribute('aria-invalid', 'true');
  await expect(platform).toContainText('Architect 1+');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`principle-roles-refused-${size.width}.png`) });
  }
  await page.setViewportSize(SIZES[0]!);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Fixed, a role added and another removed, all from the keyboard.
  await roles.getByLabel('Maximum Architect').fill('4');
  await form.getByLabel('Role to add').focus();
  await form.getByLabel('Role to add').selectOption({ label: 'Designer' });
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add role' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(roles.getByLabel('Minimum Designer')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0');
  await page.keyboard.press('Tab');
  await expect(roles.getByLabel('Maximum Designer')).toBeFocused();
  await page.keyboard.type('1');
  await roles.getByRole('button', { name: 'Remove Developer' }).focus();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Role to add')).toBeFocused();
  await expect(roles.getByRole('row')).toHaveCount(4);
  await form.getByRole('button', { name: 'Save principles' }).click();
  await expect(form).toBeHidden();
  await expect(platform).toContainText('Product owner 1, Architect 3–4, Designer 0–1');

  // Saved through the one write path: one undo step brings the roles back.
  await page.keyboard.press('Control+z');
  await expect(platform).toContainText('Product owner 1, Developer 2+, Architect 1+');
  await page.keyboard.press('Control+Shift+z');
  await expect(platform).toContainText('Product owner 1, Architect 3–4, Designer 0–1');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Design principles per team type' }).getByRole('row', { name: /Platform/ })).toContainText('Architect 3–4, Designer 0–1');

  await page.getByRole('region', { name: 'Design principles per team type' }).getByRole('button', { name: 'Edit Platform principles' }).click();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByRole('form', { name: 'Edit Platform principles' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`principle-roles-${size.width}.png`) });
  }
});

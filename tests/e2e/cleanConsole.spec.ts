import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Opens the app and every dialog of the main journeys. The fixture's console guard (fixtures.ts)
 * fails the test on any console error, uncaught exception or Content-Security-Policy violation:
 * a missing favicon, the dialog scroll lock's injected <style>, zod's eval probe.
 */
async function openAndClose(page: Page, opener: Locator, dialogName: string | RegExp): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog', { name: dialogName }).or(page.getByRole('alertdialog', { name: dialogName }));
  await expect(dialog).toBeVisible();
  // The scroll lock holds (its rules are a constructed stylesheet, which the strict CSP allows).
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
}

async function go(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

test('opening the app and every dialog logs no error and no CSP violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeVisible();
  const favicon = await page.request.get('/favicon.svg');
  expect(favicon.status()).toBe(200);
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();

  await openAndClose(page, page.getByRole('button', { name: 'New team' }), 'New team');
  await openAndClose(page, page.getByRole('button', { name: 'Rename Payments Platform' }), 'Edit Payments Platform');
  await openAndClose(page, page.getByRole('button', { name: 'Delete Payments Platform' }), 'Delete Payments Platform?');

  await page.getByRole('link', { name: 'Payments Platform' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments Platform' })).toBeVisible();
  await openAndClose(page, page.getByRole('button', { name: 'Edit team' }), 'Edit Payments Platform');
  await openAndClose(page, page.getByRole('button', { name: 'Add member' }), 'Add to Payments Platform');
  await openAndClose(page, page.getByRole('button', { name: /^Change .+ as Product owner$/ }).first(), /^Change /);

  await go(page, 'People');
  await openAndClose(page, page.getByRole('button', { name: 'Add person' }), 'Add person');
  await openAndClose(page, page.getByRole('button', { name: 'Import people' }), 'Import people from a file');
  await openAndClose(page, page.getByRole('button', { name: 'Import team memberships' }), 'Import team memberships');
  await openAndClose(page, page.getByRole('button', { name: /^Edit / }).first(), /^Edit /);
  await openAndClose(page, page.getByRole('button', { name: /^Remove / }).first(), /^Remove .+\?$/);

  await go(page, 'OKRs');
  await openAndClose(page, page.getByRole('button', { name: 'New objective' }), 'New objective');
  await openAndClose(page, page.getByRole('button', { name: 'New custom period' }), 'New custom period');
  await page.locator('a[href^="#/okrs/objectives/"]').first().click();
  await expect(page.getByRole('button', { name: 'Add key result' })).toBeVisible();
  await openAndClose(page, page.getByRole('button', { name: 'Add key result' }), 'New key result');
  await openAndClose(page, page.getByRole('button', { name: 'Duplicate to next period' }), /^Duplicate /);
  await openAndClose(page, page.getByRole('button', { name: /^Move / }).first(), /^Move /);
  await openAndClose(page, page.getByRole('button', { name: /^Score / }).first(), /^Score /);

  await go(page, 'Charts');
  await openAndClose(page, page.getByRole('button', { name: 'Export PDF…' }), 'Export PDF');

  await go(page, 'Settings');
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
});

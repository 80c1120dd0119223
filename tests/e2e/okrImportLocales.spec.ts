import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { germanOkrWorkbook } from '../fixtures/import/okrSheetsLocales';

async function addPerson(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('A quarter saved by German Excel', () => {
  test('imports through the dialog: German headers proposed, decimal commas decided, "2,5 Mio. €" with its unit, a progress column, WAHR/FALSCH milestones', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    await addPerson(page, 'Ada Lovelace', 'ada@example.com');
    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Import OKRs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /^Choose (another )?file…$/ }).click();
    await (await chooser).setFiles({ name: 'OKR Q1 2026.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(germanOkrWorkbook()) });
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('2 objectives (1 shared by two or more teams), 7 key results, 7 check-ins from current values');
    await expect(dialog.getByRole('combobox', { name: 'Progress column' })).toHaveValue('10');
    await expect(dialog.getByLabel(/^Decimal separator \(decided by/)).toHaveValue(',');
    await expect(preview.getByRole('checkbox', { name: /Create 3 new teams/ })).toBeChecked();
    await preview.getByText(/assumptions? made/).click();
    await expect(preview).toContainText('Row 2 (file row 4): "Umsatz Self-Service": progress 40 % read as the value 3,100,000');
    // Every key result as it will be stored: start, target and unit, the value now, the owner.
    const rows = preview.getByRole('list', { name: 'Objectives and key results to import' }).getByRole('listitem');
    await expect(rows).toHaveCount(9);
    await expect(rows.nth(0)).toHaveText('Kunden zahlen ohne Reibung · Q1 2026 · Zahlungen and Checkout · committed · 4 key results');
    await expect(rows.nth(2)).toHaveText('Umsatz Self-Service · Increase from 2,500,000 € to 4,000,000 € · now 3,100,000 € (6/10, 2026-02-15) · Zahlungen');
    await expect(rows.nth(1)).toHaveText('Conversion im Checkout · Increase from 2.1% to 3.5% · now 2.8% (7/10, 2026-02-15) · Ada Lovelace');
    await expect(rows.nth(4)).toHaveText('Betrugsprüfung live · Milestone · now not done (4/10, 2026-02-15)');
    expect(await seriousA11yViolations(page), 'import preview').toEqual([]);
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: testInfo.outputPath(`okr-import-german-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Import 2 objectives' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 2 objectives, 7 key results and 7 check-ins; created 3 teams.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto('/#/okrs?period=period:2026-Q1');
    const card = page.getByRole('article', { name: 'Kunden zahlen ohne Reibung' });
    await expect(card).toContainText('Zahlungen');
    await expect(card).toContainText('Checkout');
    await page.getByRole('link', { name: 'Umsatz Self-Service' }).click();
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now 3,100,000 €');
    await expect(page.getByRole('main')).toContainText('Increase from 2,500,000 € to 4,000,000 €');
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function chooseFile(page: Page, button: string, name: string, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
}

test.describe('Organisation design through spreadsheets', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
  });

  test('interactions from a semicolon-separated Windows-1252 file saved by European Excel: a preview with every refused row explained, one undo step, and the export reads back unchanged', async ({ page }, testInfo) => {
    await page.setViewportSize(SIZES[0]!);
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();

    // What a German Excel writes for "CSV (Trennzeichen-getrennt)": semicolons, day-first dates, Windows-1252.
    const csv = [
      'Anbieter;Nutzer;Modus;Zweck;Beginn;Ende',
      'Cloud Infrastructure;Customer Portal;X-as-a-Service;Zuständigkeit für Deployments;01.10.2026;',
      'Identity & Access;Payments Platform;Facilitating;Single Sign-on;01.11.2026;31.12.2026',
      'Sales CRM;Sales CRM;Collaboration;;01.11.2026;',
      'Payments Platform;Billing & Invoicing;Collaboration;;01.11.2026;15.10.2026',
      'Cloud Infrastucture;Customer Portal;XaaS;;01.11.2026;',
    ].join('\r\n');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Import interactions…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import interactions' });
    await chooseFile(page, 'Choose file…', 'Interaktionen.csv', Buffer.from(`${csv}\r\n`, 'latin1'));
    await expect(dialog).toContainText('Semicolon');
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByText('2 new · 0 already so · 3 refused')).toBeVisible();
    const rows = preview.getByRole('list', { name: 'Rows of the file' }).getByRole('listitem');
    await expect(rows.nth(0)).toContainText('Row 3 (line 4) Refused: Sales CRM → Sales CRM — A team cannot interact with itself: “Sales CRM” is both the providing and the consuming team.');
    await expect(rows.nth(1)).toContainText('Row 4 (line 5) Refused: Payments Platform → Billing & Invoicing — The expected end 2026-10-15 is before the start 2026-11-01.');
    await expect(rows.nth(2)).toContainText('Providing team: no team “Cloud Infrastucture” in this plan (did you mean “Cloud Infrastructure”?).');
    await expect(rows.nth(3)).toContainText('New: Cloud Infrastructure → Customer Portal (X-as-a-service, from 2026-10-01)');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: testInfo.outputPath(`interactions-import-${size.width}.png`) });
    }
    await page.setViewportSize(SIZES[0]!);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 2 interactions' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Added 2 interactions from Interaktionen.csv in Live organisation. 3 refused rows were left out. Undo takes the whole import back.')).toBeVisible();

    // The letters survived the encoding: the purpose reads as typed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
    await expect(page.getByText('Zuständigkeit für Deployments')).toBeVisible();
    await expect(page.getByText(/^0 groups · 2 interactions · 0 dependencies/)).toBeVisible();

    // One undo step takes both back; redo brings them again.
    await page.keyboard.press('Control+z');
    await expect(page.getByText('Zuständigkeit für Deployments')).toBeHidden();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText('Zuständigkeit für Deployments')).toBeVisible();

    // The export (UTF-8 with BOM, commas) reads back: everything is already there.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Interactions (for re-import) (CSV)' }).click();
    const path = testInfo.outputPath('interactions.csv');
    await (await download).saveAs(path);
    const exported = readFileSync(path);
    expect(exported.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(exported.toString('utf8')).toContain('Cloud Infrastructure,Customer Portal,X-as-a-service,Zuständigkeit für Deployments,2026-10-01,');
    await page.getByRole('button', { name: 'Import interactions…' }).click();
    await chooseFile(page, 'Choose file…', 'interactions.csv', exported);
    await expect(dialog.getByRole('region', { name: 'Preview' }).getByText('0 new · 2 already so · 0 refused')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  test('team types and groups from a UTF-8 file with a byte-order mark: new groups created, unknown teams named with the closest name', async ({ page }, testInfo) => {
    await page.setViewportSize(SIZES[0]!);
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    const csv = ['Team;Type;Group;Group level', 'Cloud Infrastructure;Platform;Core;Domain', 'Customer Portal;Stream-aligned;Digital;Domain', 'Identity & Acess;Enabling;Core;Domain'].join('\r\n');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Import team types and groups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import team types and groups' });
    await chooseFile(page, 'Choose file…', 'design.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByText('2 to change · 0 already so · 1 refused')).toBeVisible();
    await expect(preview).toContainText('Team: no team “Identity & Acess” in this plan (did you mean “Identity & Access”?).');
    await expect(preview).toContainText('Changes: Cloud Infrastructure: Platform, Core (new group)');
    await page.screenshot({ path: testInfo.outputPath('team-design-import-1440.png') });
    await dialog.getByRole('button', { name: 'Import 2 teams' }).click();
    await expect(page.getByText('Changed 2 teams from design.csv in Live organisation. 1 refused row was left out. Undo takes the whole import back.')).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Team types and groups (for re-import) (CSV)' }).click();
    const exported = readFileSync(await (await download).path());
    expect(exported.toString('utf8')).toContain('Cloud Infrastructure,Platform,Core,Domain');
    expect(exported.toString('utf8')).toContain('Customer Portal,Stream-aligned,Digital,Domain');
  });
});

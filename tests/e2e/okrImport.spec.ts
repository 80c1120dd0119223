import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

const QUARTER = new URL('../fixtures/okr-import/published-quarter.csv', import.meta.url);

async function chooseFile(page: Page, dialog: Locator, file: { name: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /^Choose (another )?file…$/ }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
}

/** Imports a file through the OKRs page and returns the dialog once the preview is clean. */
async function importOkrFile(page: Page, file: { name: string; buffer: Buffer }): Promise<Locator> {
  await page.goto('/#/okrs');
  await page.getByRole('button', { name: 'Import OKRs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
  await chooseFile(page, dialog, file);
  await expect(dialog.getByRole('region', { name: 'Preview' })).toBeVisible();
  return dialog;
}

/** The exported OKR rows without the export's own columns that legitimately differ (none expected): compared as sets. */
function csvRows(text: string): string[] {
  return text.replace(/^\uFEFF/, '').trim().split(/\r\n/).slice(1).sort();
}

async function screenshots(page: Page, path: (name: string) => string, name: string): Promise<void> {
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.describe('OKRs in, out and fast', () => {
  test('import a quarter → every owner team shows its shared objectives → check in three from the due list by keyboard → export → re-import into an empty workspace gives the same OKRs', async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const dialog = await importOkrFile(page, { name: 'published-quarter.csv', buffer: readFileSync(QUARTER) });
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('5 objectives (2 shared by two or more teams), 12 key results, 3 check-ins from current values');
    await expect(preview.getByRole('checkbox', { name: /Create 8 new teams/ })).toBeChecked();
    // "4,200" and "3,000" decide nothing, but "99.95" and "2.1 %" show the point: decided by the file.
    await expect(dialog.getByLabel(/^Decimal separator \(decided by/)).toHaveValue('.');
    expect(await seriousA11yViolations(page), 'import preview').toEqual([]);
    await screenshots(page, (n) => testInfo.outputPath(n), 'okr-import-preview');
    await dialog.getByRole('button', { name: 'Import 5 objectives' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 5 objectives, 12 key results and 3 check-ins; created 8 teams.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Repeated titles with other owners stay separate objectives; the five-team objective shows on each owner's view.
    await page.goto('/#/okrs');
    await expect(page.getByRole('list', { name: 'Objectives' }).getByRole('heading', { name: 'Improve reliability' })).toHaveCount(2);
    for (const team of ['Payments', 'Checkout', 'Customer Portal', 'Growth', 'Mobile']) {
      await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
      await page.getByRole('link', { name: 'Open this team’s OKR view' }).click();
      await expect(page.getByRole('heading', { level: 1, name: `${team}: OKRs` })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Shared objectives' })).toContainText('Grow self-service revenue');
      await page.goto('/#/okrs');
    }
    const shared = page.getByRole('article', { name: 'Grow self-service revenue' });
    await expect(shared).toContainText('Shared by Payments, Checkout, Customer Portal, Growth and Mobile');
    await expect(page.getByRole('article', { name: 'Customers help themselves' })).toContainText('1 of 3 key results');
    await screenshots(page, (n) => testInfo.outputPath(n), 'okr-list-imported');

    // Check-ins due for one team, keyboard only: type the value, Tab, the confidence, Enter — the next row is focused.
    await page.goto('/#/okrs/check-ins?for=everyone');
    await expect(page.getByRole('heading', { level: 1, name: 'Check-ins due' })).toBeVisible();
    const scope = page.getByLabel('Key results of');
    await scope.focus();
    await scope.selectOption({ label: 'Team: Payments' });
    const rows = page.getByRole('group', { name: 'Key results to check in' }).getByRole('form');
    await expect(rows).toHaveCount(5);
    // Due ones first (never checked in), those checked in recently last.
    await expect(rows.last()).toHaveAccessibleName('Check in on Checkout availability');
    const first = rows.nth(0);
    const firstTitle = (await first.getAttribute('aria-label'))!.replace('Check in on ', '');
    await first.getByRole('textbox', { name: /^New value of/ }).focus();
    const entered: [string, string, string][] = [];
    for (const [typed, confidence] of [['9', '6'], ['1500000', '5'], ['2.6', '7']] as const) {
      const [focused, tag] = await page.evaluate(() => [document.activeElement?.closest('form')?.getAttribute('aria-label') ?? '', document.activeElement?.tagName ?? '']);
      // A milestone's value is a choice: the D key picks "Done".
      const value = tag === 'SELECT' ? '1' : typed;
      entered.push([focused!.replace('Check in on ', ''), value, confidence]);
      if (tag === 'SELECT') await page.keyboard.press('D');
      else {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(value);
      }
      await page.keyboard.press('Tab');
      await page.keyboard.type(confidence);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: `on ${entered.at(-1)![0]}` })).toHaveText(new RegExp(`^Checked in ${Number(value).toLocaleString('en-GB').replace(/\./g, '\\.')} on`));
    }
    expect(entered[0]![0]).toBe(firstTitle);
    expect(new Set(entered.map((e) => e[0])).size).toBe(3);
    // The rows stay where they were while checking in, now with the new values and confidence.
    await expect(rows.nth(0)).toContainText('6/10');
    expect(await seriousA11yViolations(page), 'check-ins due').toEqual([]);
    await screenshots(page, (n) => testInfo.outputPath(n), 'check-ins-due');

    // Export, then import the export into an empty workspace (a new browser context: its own IndexedDB).
    // Headless Chromium cannot answer the save picker: take the download path other browsers take.
    const noSavePicker = () => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true });
    await page.addInitScript(noSavePicker);
    await page.goto('/#/okrs');
    await page.reload();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export OKRs (CSV)' }).click();
    const exported = readFileSync(await (await download).path());
    // A download is not proof the file arrived: the app says what it knows.
    await expect(page.getByRole('status').filter({ hasText: 'download' })).toHaveText(/^Your browser was asked to download teamshape-okrs-\d{4}-\d{2}-\d{2}\.csv\. Check it is in your Downloads folder/);
    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL!, timezoneId: 'Europe/Berlin' });
    await fresh.addInitScript(noSavePicker);
    const other = await fresh.newPage();
    await other.clock.setFixedTime(new Date('2026-11-16T12:00:00+01:00'));
    const again = await importOkrFile(other, { name: 'teamshape-okrs.csv', buffer: exported });
    await expect(again.getByRole('region', { name: 'Preview' })).toContainText('5 objectives (2 shared by two or more teams), 12 key results, 6 check-ins from current values');
    await again.getByRole('button', { name: 'Import 5 objectives' }).click();
    await expect(again.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 5 objectives, 12 key results and 6 check-ins');
    await again.getByRole('button', { name: 'Close' }).click();
    const reexport = other.waitForEvent('download');
    await other.getByRole('button', { name: 'Export OKRs (CSV)' }).click();
    const roundTrip = readFileSync(await (await reexport).path(), 'utf8');
    // Same objectives and key results, by their natural keys (period, title, owners; key result title, metric, numbers, owner), and the same current values.
    expect(csvRows(roundTrip)).toEqual(csvRows(exported.toString('utf8')));
    await fresh.close();
  });
});

test.describe('OKR import remembers its columns', () => {
  test('a column chosen by hand is chosen again for the next file with the same headers', async ({ page }) => {
    await page.goto('/#/teams');
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByRole('article').first()).toBeVisible();
    // "Aim" is no header the import knows for the target: the user maps it by hand.
    const text = readFileSync(QUARTER, 'utf8').replace(/^(.*?),Target,/, '$1,Aim,');
    const file = { name: 'quarter-aim.csv', buffer: Buffer.from(text, 'utf8') };
    const dialog = await importOkrFile(page, file);
    const target = dialog.getByRole('combobox', { name: 'Target column' });
    await expect(target).toHaveValue('');
    await target.selectOption({ label: 'Aim (e.g. 60 %)' });
    await dialog.getByRole('button', { name: /^Import \d+ objectives?$/ }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.reload();
    await page.getByRole('button', { name: 'Import OKRs…' }).click();
    const again = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
    await chooseFile(page, again, file);
    await expect(again.getByRole('combobox', { name: 'Target column' })).toHaveValue('8');
    // Everything in the file is already there: the preview finds the same objectives.
    await expect(again.getByRole('button', { name: 'Nothing to import' })).toBeVisible();
  });
});

test.describe('Entering OKRs fast', () => {
  test('fast entry by keyboard, a pasted outline, "who are you?" once, a correction and a deletion in the history, and the quarter review', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    await page.goto('/#/people');
    await page.getByRole('button', { name: 'Add person' }).click();
    const person = page.getByRole('dialog', { name: 'Add person' });
    await person.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await person.getByRole('button', { name: 'Add person' }).click();
    await expect(person).toBeHidden();

    // Fast entry: one form, Enter adds the next key result, keyboard only.
    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'New objective' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await page.keyboard.type('Pay in one tap');
    await dialog.getByRole('group', { name: 'Owner teams' }).getByLabel('Payments').focus();
    await page.keyboard.press('Space');
    await dialog.getByLabel('Key result 1', { exact: true }).focus();
    await page.keyboard.type('Checkout conversion');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2.1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3.5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('%');
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Key result 2', { exact: true })).toBeFocused();
    await page.keyboard.type('Time to pay');
    await page.keyboard.press('Tab');
    await page.keyboard.press('D');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Enter');
    await page.keyboard.type('One-tap shipped');
    await page.keyboard.press('Tab');
    await page.keyboard.press('M');
    await screenshots(page, (n) => testInfo.outputPath(n), 'fast-entry');
    expect(await seriousA11yViolations(page), 'fast entry').toEqual([]);
    await dialog.getByRole('button', { name: 'Save and add another' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toHaveText('Created “Pay in one tap” with 3 key results.');
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await page.keyboard.press('Escape');

    // Paste an outline: a preview of typed key results before anything is saved.
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste OKRs' });
    await paste.getByLabel('OKRs as text').fill('Customers help themselves\n- Increase portal self-service from 40 % to 60 %\n- Reduce churn to 2 %\n- Ship the new onboarding by March\n\nGrow revenue\n- Increase revenue by 20 %');
    await expect(paste.getByRole('list', { name: 'Lines to correct' })).toContainText('Line 7: "Increase revenue by 20 %" names a change');
    await expect(paste.getByRole('button', { name: 'Create 2 objectives' })).toBeDisabled();
    await paste.getByLabel('OKRs as text').fill('Customers help themselves\n- Increase portal self-service from 40 % to 60 %\n- Reduce churn to 2 %\n- Ship the new onboarding by March\n\nGrow revenue\n- Increase revenue from $1.2M to $3M');
    await expect(paste.getByRole('list', { name: 'Key results of Customers help themselves' })).toContainText('(Decrease to 2%)');
    await paste.getByRole('group', { name: 'Owner teams' }).getByLabel('Payments').check();
    await screenshots(page, (n) => testInfo.outputPath(n), 'paste-outline');
    expect(await seriousA11yViolations(page), 'paste outline').toEqual([]);
    await paste.getByRole('button', { name: 'Create 2 objectives' }).click();
    await expect(paste).toBeHidden();
    await expect(page.getByRole('list', { name: 'Objectives' }).getByRole('article')).toHaveCount(3);

    // The first check-in asks who you are, once; the history names the author.
    await page.getByRole('link', { name: 'Checkout conversion' }).click();
    const form = page.getByRole('form', { name: 'Check in' });
    await form.getByLabel(/^New value/).fill('2.4');
    await form.getByLabel('Confidence (0–10)').fill('7');
    await form.getByRole('button', { name: 'Record check-in' }).click();
    const who = page.getByRole('dialog', { name: 'Who are you?' });
    await who.getByLabel('Find yourself').fill('ada');
    await who.getByLabel('I am').selectOption({ label: 'Ada Lovelace' });
    await who.getByRole('button', { name: 'This is me' }).click();
    await expect(form.getByRole('status')).toHaveText('Check-in of 2026-11-16 recorded.');
    const history = page.getByRole('table', { name: /^Check-ins/ });
    await expect(history.getByRole('row').nth(1)).toContainText('Ada Lovelace');
    // A correction is a new check-in pointing at the first; deleting it brings the first value back.
    await page.getByRole('button', { name: 'Correct the check-in of 16 Nov 2026' }).click();
    const correct = page.getByRole('dialog', { name: 'Correct the check-in of 16 Nov 2026' });
    await correct.getByLabel(/^Corrected value/).fill('2.5');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history).toContainText('Corrected by Ada Lovelace');
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now 2.5%');
    await page.getByRole('button', { name: 'Delete the check-in of 16 Nov 2026' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete check-in' }).click();
    await expect(history).toContainText('Deleted by Ada Lovelace');
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now 2.4%');
    await screenshots(page, (n) => testInfo.outputPath(n), 'key-result-history');
    // Asked once: the next check-in goes straight through.
    await form.getByLabel(/^New value/).fill('2.6');
    await form.getByRole('button', { name: 'Record check-in' }).click();
    await expect(form.getByRole('status')).toHaveText('Check-in of 2026-11-16 recorded.');
    await expect(who).toBeHidden();

    // The quarter review on screen.
    await page.goto('/#/okrs/review');
    await expect(page.getByRole('list', { name: 'Objectives to carry over' }).getByRole('listitem')).toHaveCount(3);
    await expect(page.getByLabel('Achievement')).toContainText('0 of 3');
    await screenshots(page, (n) => testInfo.outputPath(n), 'quarter-review');
    expect(await seriousA11yViolations(page), 'quarter review').toEqual([]);

    // The review as a spreadsheet, through the same save path as every export.
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
    await page.reload();
    await expect(page.getByRole('list', { name: 'Objectives to carry over' }).getByRole('listitem')).toHaveCount(3);
    const review = page.waitForEvent('download');
    await page.getByRole('button', { name: /Export/ }).click();
    const reviewCsv = readFileSync(await (await review).path(), 'utf8');
    expect(reviewCsv.split('\n').length).toBeGreaterThan(3);
    await expect(page.getByRole('status').filter({ hasText: 'download' })).toHaveText(/^Your browser was asked to download teamshape-review-.+\.csv\./);
  });
});

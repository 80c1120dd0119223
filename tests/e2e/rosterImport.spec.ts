import { expect, seriousA11yViolations, test } from './fixtures';
import { PeopleDirectory } from './pages/PeopleDirectory';
import { TeamsBoard } from './pages/TeamsBoard';
import {
  HR_DEPARTMENTS,
  europeanExcelCsv,
  encodeUtf8,
  hrExportCsv,
  rosterWorkbook,
  toDelimited,
  unicodeTextExport,
} from '../fixtures/import/importFiles';

test.describe('Importing real rosters', () => {
  test('a Windows-1252, semicolon, CRLF export from European Excel imports with the suggested mapping, names intact', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'Mitarbeiter.csv', bytes: europeanExcelCsv() });

    await expect(dialog.getByRole('status')).toContainText('5 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByLabel('Encoding (detected)')).toHaveValue('windows-1252');
    await expect(dialog.getByLabel('Separator (detected)')).toHaveValue(';');
    await expect(dialog.getByLabel('First name column')).toHaveValue('0');
    await expect(dialog.getByLabel('Last name column')).toHaveValue('1');
    await expect(dialog.getByLabel('Employee ID column')).toHaveValue('5');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' });
    await expect(rows).toContainText('Željko Štimac');
    await expect(rows).toContainText('Françoise Lefèvre-Dubœuf');
    await expect(dialog.getByRole('group', { name: '3 new departments will be created with the import' })).toBeVisible();
    await expect(dialog.getByLabel('Kind of IT-Sicherheit')).toHaveValue('technology');
    await expect(dialog.getByLabel('Kind of Vertrieb')).toHaveValue('business');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: testInfo.outputPath('import-european-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: testInfo.outputPath('import-european-1024.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Import 5 people' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('5 people in the directory')).toBeVisible();
    for (const name of ['José Núñez', 'Željko Štimac', 'Françoise Lefèvre-Dubœuf', 'Jürgen Groß', 'Åsa Øster']) {
      await expect(page.getByRole('table', { name: 'People' })).toContainText(name);
    }
    await expect(page.getByRole('table', { name: 'People' })).not.toContainText('\uFFFD');
  });

  test('Excel “Unicode text” (UTF-16) reads the same, and a wrong encoding chosen by hand flags the damaged rows', async ({ page }) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'export.txt', bytes: unicodeTextExport() });
    await expect(dialog.getByLabel('Encoding (detected)')).toHaveValue('utf-16le');
    await expect(dialog.getByLabel('Separator (detected)')).toHaveValue('\t');
    await expect(dialog.getByRole('status')).toContainText('5 new, 0 to update, 0 unchanged, 0 refused');

    const european = await people.importPeopleAgain(dialog, { name: 'Mitarbeiter.csv', bytes: europeanExcelCsv() });
    await european.getByLabel('Encoding (detected)').selectOption('utf-8');
    await expect(european.getByLabel('Encoding (chosen)')).toHaveValue('utf-8');
    await expect(european.getByRole('status')).toContainText('0 new, 0 to update, 0 unchanged, 5 refused');
    await expect(european.getByRole('list', { name: 'Notes about the file' })).toContainText('5 rows have letters that UTF-8 cannot read');
    await expect(european.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  test('a 5,000-row first/last-name HR export with departments that do not exist yet imports in one pass, with progress', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'workday-export.csv', bytes: hrExportCsv(5000) });
    await expect(dialog.getByRole('status')).toContainText('5,000 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByRole('group', { name: `${HR_DEPARTMENTS.length} new departments will be created with the import` })).toContainText('625 rows');
    await expect(dialog.getByRole('list', { name: 'Rows of the file' }).getByRole('listitem').first()).toContainText('Aamer Abbasi');
    await page.screenshot({ path: testInfo.outputPath('import-5000.png') });

    await dialog.getByRole('button', { name: 'Import 5,000 people' }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(page.getByText('5,000 people in the directory')).toBeVisible();
    await people.search('Beatriz Abbasi');
    await expect(page.getByRole('table', { name: 'People' })).toContainText('Beatriz Abbasi');

    // Re-import: matched by employee ID, nothing changes.
    await page.getByLabel('Search people').fill('');
    const again = await people.importPeople({ name: 'workday-export.csv', bytes: hrExportCsv(5000) });
    await expect(again.getByRole('status')).toContainText('0 new, 0 to update, 5,000 unchanged, 0 refused');
  });

  test('an .xlsx made with the spreadsheet library imports from its data sheet, with the mapping remembered next time', async ({ page }) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'roster.xlsx', bytes: rosterWorkbook() });
    await expect(dialog.getByLabel('Sheet')).toHaveValue('People');
    await expect(dialog.getByRole('status')).toContainText('2 new, 0 to update, 0 unchanged, 0 refused');
    await dialog.getByLabel('Job title column').selectOption({ label: 'Start date (e.g. 2026-01-01)' });
    await dialog.getByRole('button', { name: 'Import 2 people' }).click();
    await expect(dialog).toBeHidden();

    const again = await people.importPeople({ name: 'roster.xlsx', bytes: rosterWorkbook() });
    await expect(again.getByLabel('Job title column')).toHaveValue('5');
    await expect(again.getByRole('status')).toContainText('0 new, 0 to update, 2 unchanged, 0 refused');
  });

  test('bad files get one clear sentence and write nothing', async ({ page }) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    // What a web HR system exports when its session has expired: its sign-in page, under the report's .xls name.
    const dialog = await people.importPeople({ name: 'report.xls', bytes: encodeUtf8('<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Your session has expired.</p></body></html>') });
    await expect(dialog.getByRole('alert')).toContainText('report.xls is a web page (HTML) with no table in it: export the list from your HR system as CSV or Excel (.xlsx)');
    const header = await people.importPeopleAgain(dialog, { name: 'empty.csv', bytes: encodeUtf8('Name,Email\r\n') });
    await expect(header.getByRole('alert')).toContainText('empty.csv has only a header row');
    await expect(header.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  test('a memberships file builds the teams that match its rows, with an open role, a warning and a refused row', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const roster = await people.importPeople({ name: 'hr.csv', bytes: hrExportCsv(12) });
    await roster.getByRole('button', { name: 'Import 12 people' }).click();
    await expect(roster).toBeHidden();

    const memberships = toDelimited(
      [
        ['Employee ID', 'Email', 'Name', 'Team', 'Role', 'Allocation %'],
        ['E00001', '', '', 'Payments', 'Product Owner', '100'],
        ['', 'beatriz.abbasi.2@example.com', '', 'Payments', 'Tech Lead', '60%'],
        ['', '', 'Chidi Abbasi', 'Payments', 'Security Engineer', '50'],
        ['', '', 'Chidi Abbasi', 'Cards', 'Scrum Master', '80'],
        ['', '', '', 'Cards', 'Developer', '100'],
        ['E00004', '', '', 'Cards', 'Data Wrangler', '0,5'],
        ['E09999', '', '', 'Cards', 'Developer', '100'],
      ],
      ';',
    );
    const dialog = await people.importMemberships({ name: 'teams.csv', bytes: encodeUtf8(memberships) });
    await expect(dialog.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 1 refused; 1 open role; 2 rows warn of over-allocation');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' }).getByRole('listitem');
    await expect(rows.first()).toContainText('Data row 7 (file line 8)');
    await expect(rows.first()).toContainText('names nobody in the directory; import the people first, or correct the employee ID: “E09999”');
    await expect(dialog.getByRole('group', { name: 'Teams and roles the import creates' })).toContainText('New team Payments');
    await expect(dialog.getByRole('group', { name: 'Teams and roles the import creates' })).toContainText('New role Data Wrangler');
    await expect(dialog.getByRole('list', { name: 'Rows of the file' })).toContainText('Chidi Abbasi would be allocated 130% in this plan, over 100%');
    await page.screenshot({ path: testInfo.outputPath('import-memberships.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    const importButton = dialog.getByRole('button', { name: 'Import 6 memberships' });
    await expect(importButton).toBeDisabled();
    await dialog.getByLabel('Create 2 new teams and 1 new role as listed above').check();
    await importButton.click();
    await expect(dialog).toBeHidden();

    const board = new TeamsBoard(page);
    await board.open();
    await expect(page.getByRole('heading', { name: 'Payments' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cards' })).toBeVisible();
    await page.getByRole('link', { name: 'Cards' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Chidi Abbasi');
    await expect(page.getByRole('main')).toContainText('Data Wrangler');
    await expect(page.getByRole('main')).toContainText('To hire');
  });
});

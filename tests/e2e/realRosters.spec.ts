import type { Locator, Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { PeopleDirectory } from './pages/PeopleDirectory';
import { TeamsBoard } from './pages/TeamsBoard';
import { bambooHrCsv, bambooHrCsvLater, centralEuropeanCsv, htmlTableXls, legacyXlsRoster, macRomanCsv, spreadsheetXmlXls, workdayWorkersWorkbook } from '../fixtures/import/realRosters';

async function screenshots(page: Page, path: (name: string) => string, name: string): Promise<void> {
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function peopleTable(page: Page): Promise<Locator> {
  const table = page.getByRole('table', { name: 'People' });
  await expect(table).toBeVisible();
  return table;
}

test.describe('Real HR exports through the People import', () => {
  test('a Polish/Czech/Hungarian list saved by Central European Excel (Windows-1250, semicolons) imports with every letter intact', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'pracownicy.csv', bytes: centralEuropeanCsv() });

    await expect(dialog.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByLabel('Encoding (detected)')).toHaveValue('windows-1250');
    await expect(dialog.getByLabel('Separator (detected)')).toHaveValue(';');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' });
    for (const name of ['Łukasz Wiśniewski', 'Jiří Dvořák', 'Ödön Kővári', 'Ľubomír Šťastný']) await expect(rows).toContainText(name);
    await expect(rows).not.toContainText('\uFFFD');
    await screenshots(page, (n) => testInfo.outputPath(n), 'import-central-european');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Read as Western European by hand, the row with Ť and ť is refused, never stored garbled.
    await dialog.getByLabel('Encoding (detected)').selectOption('windows-1252');
    await expect(dialog.getByLabel('Encoding (chosen)')).toHaveValue('windows-1252');
    await expect(dialog.getByRole('list', { name: 'Rows of the file' }).getByRole('listitem').first()).toContainText('has letters the chosen encoding cannot read');
    await expect(dialog.getByRole('list', { name: 'Notes about the file' })).toContainText('names in this file look misspelt; it reads better as Windows-1250');
    await dialog.getByLabel('Encoding (chosen)').selectOption('windows-1250');
    await expect(dialog.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 0 refused');

    await dialog.getByRole('button', { name: 'Import 6 people' }).click();
    await expect(dialog).toBeHidden();
    const table = await peopleTable(page);
    for (const name of ['Łukasz Wiśniewski', 'Małgorzata Żółkiewska', 'Jiří Dvořák', 'Ödön Kővári', 'Ágnes Szőke-Erdős', 'Ľubomír Šťastný']) {
      await expect(table).toContainText(name);
    }
    await expect(table).not.toContainText('\uFFFD');
  });

  test('a list saved by Excel for Mac as “CSV (Macintosh)” (Mac OS Roman, CR line breaks) imports with every accent intact', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'mitarbeiter.csv', bytes: macRomanCsv() });
    await expect(dialog.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByLabel('Encoding (detected)')).toHaveValue('macintosh');
    await expect(dialog.getByLabel('Encoding (detected)').locator('option:checked')).toHaveText('Mac OS Roman (Excel for Mac “CSV (Macintosh)”)');
    await screenshots(page, (n) => testInfo.outputPath(n), 'import-mac-roman');
    await dialog.getByRole('button', { name: 'Import 6 people' }).click();
    await expect(dialog).toBeHidden();
    const table = await peopleTable(page);
    for (const name of ['René Lefèvre', 'Jürgen Weiß', 'Dörte Müller-Schäfer', 'José Núñez', 'Björn Åström', 'Françoise Brontë']) await expect(table).toContainText(name);
    await expect(table).not.toContainText('\uFFFD');
  });

  test('“Export to Excel” files that are not .xlsx import: a web page table, Excel 2003 XML and an old .xls', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'employees.xls', bytes: htmlTableXls('windows-1252') });
    await expect(dialog.getByRole('status')).toContainText('3 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByText(/employees\.xls: 3 rows below the header, 6 columns \(web page table saved as Excel, sheet/)).toBeVisible();
    await expect(dialog.getByLabel('Encoding (detected)')).toHaveValue('windows-1252');
    await expect(dialog.getByLabel('Employee ID column')).toHaveValue('0');
    await screenshots(page, (n) => testInfo.outputPath(n), 'import-html-xls');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 3 people' }).click();
    await expect(dialog).toBeHidden();

    const xml = await people.importPeople({ name: 'workers.xls', bytes: spreadsheetXmlXls() });
    await expect(xml.getByText(/\(Excel 2003 XML spreadsheet, sheet “Workers”\)/)).toBeVisible();
    await expect(xml.getByRole('status')).toContainText('2 new, 0 to update, 0 unchanged, 0 refused');
    await xml.getByRole('button', { name: 'Import 2 people' }).click();
    await expect(xml).toBeHidden();

    const old = await people.importPeople({ name: 'headcount.xls', bytes: legacyXlsRoster() });
    await expect(old.getByText(/\(Excel 97–2003 workbook, sheet “Employees”\)/)).toBeVisible();
    await old.getByRole('button', { name: 'Import 3 people' }).click();
    await expect(old).toBeHidden();

    const table = await peopleTable(page);
    for (const name of ['Zoë Ångström', 'René Lefèvre', "Siobhán O'Connor", 'Jürgen Weiß', 'Dörte Müller', 'Łukasz Wiśniewski', 'Ödön Kővári', 'Jiří Dvořák']) await expect(table).toContainText(name);
    await expect(table).not.toContainText('\uFFFD');
  });

  test('a BambooHR list: preferred names with the last name, the terminated skipped, then next month’s export matched by employee ID', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'employees.csv', bytes: bambooHrCsv() });
    await expect(dialog.getByRole('status')).toContainText('4 new, 0 to update, 0 unchanged, 0 refused, 1 leaver skipped');
    await expect(dialog.getByLabel('Preferred name column')).toHaveValue('2');
    await expect(dialog.getByLabel('Email column')).toHaveValue('6');
    await expect(dialog.getByLabel('Employment status column')).toHaveValue('9');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' });
    await expect(rows).toContainText('Bob Smith');
    await expect(rows).toContainText('Tom Nguyen: has left (status “Terminated”), not imported');
    const skip = dialog.getByLabel(/Skip 1 person the file marks as having left/);
    await expect(skip).toBeChecked();
    await skip.uncheck();
    await expect(dialog.getByRole('status')).toContainText('5 new, 0 to update, 0 unchanged, 0 refused');
    await skip.check();
    await expect(dialog.getByRole('status')).toContainText('4 new, 0 to update, 0 unchanged, 0 refused, 1 leaver skipped');
    await screenshots(page, (n) => testInfo.outputPath(n), 'import-bamboohr');
    await dialog.getByRole('button', { name: 'Import 4 people' }).click();
    await expect(dialog).toBeHidden();
    const table = await peopleTable(page);
    for (const name of ['Bob Smith', 'Grete van der Berg', "Siobhán Áine O'Connor", 'María José de la Cruz']) await expect(table).toContainText(name);
    await expect(table).not.toContainText('Robert');

    const later = await people.importPeople({ name: 'employees (1).csv', bytes: bambooHrCsvLater() });
    await expect(later.getByRole('status')).toContainText('1 new, 2 to update, 1 unchanged, 0 refused, 2 leavers skipped');
    const laterRows = later.getByRole('list', { name: 'Rows of the file' });
    await expect(laterRows).toContainText('Bob Smith: Title “Tech Lead” → “Engineering Manager”');
    await expect(laterRows).toContainText('María José de la Cruz stays in the directory');
    await later.getByRole('button', { name: 'Import 3 people' }).click();
    await expect(later).toBeHidden();
    await expect(page.getByText('5 people in the directory')).toBeVisible();
    await expect(table).toContainText('Oskar Ødegård');
  });

  test('a Workday workbook: the people sheet after a summary, a two-row merged header and a hidden private email column', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'Workers.xlsx', bytes: workdayWorkersWorkbook() });
    await expect(dialog.getByLabel('Sheet')).toHaveValue('Workers');
    await expect(dialog.getByRole('status')).toContainText('3 new, 0 to update, 0 unchanged, 0 refused, 1 leaver skipped');
    const notes = dialog.getByRole('list', { name: 'Notes about the file' });
    await expect(notes).toContainText('File row 3 holds group names merged across several columns (“Worker”, “Contact”, “Position”); the column names are read from row 4 below it.');
    await expect(notes).toContainText('“Email (2)” (column F) is hidden in the sheet');
    await expect(notes).toContainText('is a footer of the report and is not imported');
    await expect(dialog.getByLabel('Email column')).toHaveValue('4');
    await screenshots(page, (n) => testInfo.outputPath(n), 'import-workday-workers');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 3 people' }).click();
    await expect(dialog).toBeHidden();
    const table = await peopleTable(page);
    for (const name of ['Kasia Nowak-Jabłońska', 'Håkon Bjørnstad', 'Seun Adébáyọ̀']) await expect(table).toContainText(name);
  });
});

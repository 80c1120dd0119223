import type { Locator, Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { PeopleDirectory } from './pages/PeopleDirectory';
import { TeamsBoard } from './pages/TeamsBoard';
import { HR_PEOPLE, personioGermanCsv, workdayRosterWorkbook } from '../fixtures/import/hrExports';
import { encodeUtf8, toDelimited } from '../fixtures/import/importFiles';
import { mergedOkrWorkbook } from '../fixtures/import/okrSheets';

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

test.describe('Journeys with HR exports and a published quarter', () => {
  test('a Workday roster workbook: the roster on its second sheet under a title and a grouped header, the totals row left out, every name intact', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople({ name: 'Worker Roster.xlsx', bytes: workdayRosterWorkbook() });
    await expect(dialog.getByLabel('Sheet')).toHaveValue('Worker Roster');
    const notes = dialog.getByRole('list', { name: 'Notes about the file' });
    await expect(notes).toContainText('The column names are on file row 5: 3 rows above it (“Worker Roster — ACME GmbH”) are a title and are not imported.');
    await expect(notes).toContainText('File row 13 (“Total”) is a totals row at the end of the table and is not imported.');
    await expect(dialog.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 0 refused');
    await expect(dialog.getByLabel('Employee ID column')).toHaveValue('0');
    await expect(dialog.getByLabel('Full name column')).toHaveValue('1');
    await expect(dialog.getByLabel('Department column')).toHaveValue('5');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' });
    // 王芳 goes by Wang Fang: the preferred name wins over the legal one.
    await expect(dialog.getByLabel('Preferred name column')).toHaveValue('2');
    for (const name of ["Siobhán O'Brien", 'İlkay Işıklı', 'Wang Fang']) await expect(rows).toContainText(name);
    await expect(rows).not.toContainText('Total');
    await screenshots(page, (n) => testInfo.outputPath(n), 'workday-roster');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Import 6 people' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('6 people in the directory')).toBeVisible();
    const table = await peopleTable(page);
    for (const person of HR_PEOPLE) await expect(table).toContainText(person.preferred);
    await expect(table.getByRole('row').filter({ hasText: 'Maria García' })).toHaveCount(2);
    await expect(table).toContainText('Zahlungsverkehrsabwicklung');
  });

  test('a Personio export from German Excel, then a memberships file in FTE: “1” is full time, “0,8” is 80 %', async ({ page }) => {
    await new TeamsBoard(page).open();
    const people = new PeopleDirectory(page);
    await people.open();
    const roster = await people.importPeople({ name: 'Mitarbeiter.csv', bytes: personioGermanCsv() });
    await expect(roster.getByLabel('Separator (detected)')).toHaveValue(';');
    await expect(roster.getByRole('list', { name: 'Notes about the file' })).toContainText('File line 10 (“Summe”) is a totals row');
    await expect(roster.getByRole('status')).toContainText('6 new, 0 to update, 0 unchanged, 0 refused');
    await roster.getByRole('button', { name: 'Import 6 people' }).click();
    await expect(roster).toBeHidden();
    const table = await peopleTable(page);
    await expect(table.getByRole('row').filter({ hasText: 'Maria García' })).toHaveCount(2);
    await expect(table).toContainText('Jean-Luc Lefèvre-Dubois');

    const file = toDelimited(
      [
        ['Teamzuordnung Q4 2026', '', '', ''],
        ['Personalnummer', 'Team', 'Rolle', 'FTE'],
        ['W-1001', 'Payments', 'Product Owner', '1'],
        ['W-1002', 'Payments', 'Developer', '0,8'],
        ['W-1003', 'Payments', 'Developer', '0,5'],
      ],
      ';',
    );
    const dialog = await people.importMemberships({ name: 'Teams.csv', bytes: encodeUtf8(file, true) });
    await expect(dialog.getByLabel('Allocation % column')).toHaveValue('3');
    await expect(dialog.getByRole('status')).toContainText('3 new, 0 to update, 0 unchanged, 0 refused');
    await dialog.getByRole('checkbox', { name: 'Create 1 new team as listed above' }).check();
    await dialog.getByRole('button', { name: 'Import 3 memberships' }).click();
    await expect(dialog).toBeHidden();

    await new TeamsBoard(page).open();
    await page.getByRole('link', { name: 'Payments' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('2.3 FTE');
    await expect(main).not.toContainText('0.01');
  });

  test('a published quarter as a workbook: objectives merged over their key results, owners “A & B” and “A, B”, percent cells and dotted dates', async ({ page }, testInfo) => {
    await new TeamsBoard(page).open();
    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Import OKRs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import OKRs from a spreadsheet' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /^Choose (another )?file…$/ }).click();
    await (await chooser).setFiles({ name: 'Company OKRs Q4.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(mergedOkrWorkbook()) });
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('2 objectives (2 shared by two or more teams), 5 key results, 4 check-ins from current values');
    await expect(preview.getByRole('checkbox', { name: /Create 3 new teams/ })).toBeChecked();
    await screenshots(page, (n) => testInfo.outputPath(n), 'okr-merged-preview');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 2 objectives' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 2 objectives, 5 key results and 4 check-ins; created 3 teams.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto('/#/okrs');
    await expect(page.getByRole('article', { name: 'Customers pay without friction' })).toContainText('Shared by Payments and Checkout');
    await expect(page.getByRole('article', { name: 'Run a reliable platform' })).toContainText('Shared by Payments and Data Platform');
    await expect(page.getByRole('article', { name: 'Customers pay without friction' })).toContainText('3 key results');
  });

  test('OKRs published as a document and pasted as text: the quarter heading skipped, “KR1.2 …”, “≥ 99.9 %” and “1,5 Mio.” read, “+20” explained', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    const paste = page.getByRole('dialog', { name: 'Paste OKRs' });
    const doc = [
      '# Q4 2026 OKRs — Payments',
      '',
      '## Objective 1: Customers pay without friction',
      'KR1.1: Increase checkout conversion from 40% to 60%',
      'KR1.2 Reduce failed payments from 3.2 % to 1.5 %',
      '## Objective 2: Run a reliable platform',
      '• KR: Keep ≥ 99.9 % uptime',
      '• KR: Wallet revenue to 1,5 Mio. €',
      '• KR: Raise NPS +20',
    ];
    await paste.getByLabel('OKRs as text').fill(doc.join('\n'));
    await expect(paste.getByRole('list', { name: 'Lines to correct' })).toHaveText('Line 9: "Raise NPS +20" names a change ("+20"), not a value to reach: write where it starts and ends, e.g. "from 30 to 50"');
    await paste.getByLabel('OKRs as text').fill([...doc.slice(0, -1), '• KR: Raise NPS from 30 to 50'].join('\n'));
    await expect(paste.getByRole('list', { name: 'Lines to correct' })).toBeHidden();
    await expect(paste.getByRole('list', { name: 'Key results of Customers pay without friction' })).toContainText('Reduce failed payments from 3.2 % to 1.5 %');
    await expect(paste.getByRole('list', { name: 'Key results of Run a reliable platform' })).toContainText('Keep ≥ 99.9 % uptime');
    await paste.getByRole('group', { name: 'Owner teams' }).getByLabel('Payments').check();
    await screenshots(page, (n) => testInfo.outputPath(n), 'paste-document');
    await paste.getByRole('button', { name: 'Create 2 objectives' }).click();
    await expect(paste).toBeHidden();
    const objectives = page.getByRole('list', { name: 'Objectives' });
    await expect(objectives.getByRole('article')).toHaveCount(2);
    await expect(objectives).not.toContainText('Q4 2026 OKRs');
    await page.getByRole('link', { name: 'Wallet revenue to 1,5 Mio. €' }).click();
    await expect(page.getByRole('main')).toContainText('1,500,000');
  });
});

import { fileURLToPath } from 'node:url';
import { expect, seriousA11yViolations, test } from './fixtures';
import { PeopleDirectory } from './pages/PeopleDirectory';
import { TeamDetail } from './pages/TeamDetail';
import { TeamsBoard } from './pages/TeamsBoard';
import { TeamsBoardDrag } from './pages/TeamsBoardDrag';

const ROSTER = fileURLToPath(new URL('../fixtures/roster-40.csv', import.meta.url));

test.describe('Team designer', () => {
  test('imports a 40-row roster with 2 bad rows and a department that does not exist yet: 38 people and the department are imported', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople(ROSTER);

    await expect(dialog.getByRole('status')).toContainText('38 new, 0 to update, 0 unchanged, 2 refused');
    const rows = dialog.getByRole('list', { name: 'Rows of the file' }).getByRole('listitem');
    await expect(rows.nth(0)).toContainText('Data row 10 (file line 11)');
    await expect(rows.nth(0)).toContainText('email is not valid: “not-an-email”');
    await expect(rows.nth(1)).toContainText('Data row 21 (file line 22)');
    await expect(rows.nth(1)).toContainText('name');
    await expect(dialog.getByRole('group', { name: '1 new department will be created with the import' })).toContainText('Astrology');
    await expect(dialog.getByLabel('Full name column')).toHaveValue('0');
    await page.screenshot({ path: testInfo.outputPath('roster-import.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Import 38 people' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('38 people in the directory')).toBeVisible();

    await page.reload();
    await expect(page.getByText('38 people in the directory')).toBeVisible();
    await people.search('Jade Ito');
    await expect(page.getByText('Showing 0 of 38 people')).toBeVisible();
  });

  test('builds a team of 11 by mouse and by keyboard and explains the two-pizza failure', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const board = new TeamsBoard(page);
    await board.open();
    const people = new PeopleDirectory(page);
    await people.open();
    const dialog = await people.importPeople(ROSTER);
    await dialog.getByRole('button', { name: 'Import 38 people' }).click();
    await expect(dialog).toBeHidden();
    await board.open();
    await board.createTeam({ name: 'Platform', service: 'Developer platform' });

    const drag = new TeamsBoardDrag(page);
    const byMouse = ['Ada Lovelace', 'Bilal Volkov', 'Cora Grant', 'Dmitri Moss', 'Eva Brandt', 'Femi Bello'];
    const byKeyboard = ['Gus Peric', 'Hana Ahmed', 'Ivo Lind', 'Kofi Lovelace', 'Lena Volkov'];
    for (const [index, name] of byMouse.entries()) {
      await drag.dragWithMouse(name, 'Platform');
      await drag.confirmDrop('Platform', index === 0 ? 'Product owner' : 'Developer');
    }
    for (const name of byKeyboard) {
      await drag.dragWithKeyboard(name, 'Platform');
      await drag.confirmDrop('Platform', name === 'Gus Peric' ? 'Business analyst' : name === 'Hana Ahmed' ? 'Security analyst' : 'Developer');
    }

    const card = board.card('Platform');
    await expect(card).toContainText('11/10 · 11 FTE');
    await expect(card).toContainText('Failing');
    await page.screenshot({ path: testInfo.outputPath('board-after-drag.png'), fullPage: true });

    const team = new TeamDetail(page, 'Platform');
    await team.openFromBoard();
    const failure = team.finding(/two-pizza|11 people/i).first();
    await expect(failure).toContainText('Fail');
    await expect(failure).toContainText('11 people');
    await expect(failure).toContainText('Suggested fix');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Platform' })).toBeVisible();
    await expect(team.finding(/11 people/).first()).toBeVisible();
  });

  test('removing the only security analyst and over-allocating a person are explained, and survive a reload', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();

    const team = new TeamDetail(page, 'Payments Platform');
    await team.openFromBoard();
    const analysts = team.roleGroup('Security analyst');
    const analyst = (await analysts.getByRole('listitem').first().locator('span').first().textContent())!.trim();
    await team.removeMember(analyst, 'Security analyst');
    const coverage = team.finding(/security analyst/i).first();
    await expect(coverage).toContainText('Fail');
    await expect(coverage).toContainText(/security analyst/i);
    await expect(coverage).toContainText('Suggested fix');

    await team.addMember(analyst, 'Security analyst', 80);
    await page.getByRole('link', { name: 'All teams' }).click();
    const data = new TeamDetail(page, 'Data Platform');
    await data.openFromBoard();
    await data.addMember(analyst, 'Security analyst', 50);
    const over = data.finding(/over-allocated/i).first();
    await expect(over).toContainText(analyst);
    await expect(over).toContainText('130%');
    await expect(over).toContainText('Payments Platform');
    await page.screenshot({ path: testInfo.outputPath('team-view.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await expect(data.finding(/over-allocated/i).first()).toContainText('130%');
  });

  test('settings change the two-pizza limit and every team is re-checked at once', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(await board.findCard('Supply Chain Visibility')).toContainText('Failing');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Warn above (people)').fill('14');
    await page.getByLabel('Fail above (people)').fill('16');
    await page.getByRole('button', { name: 'Save limits' }).click();
    await expect(page.getByText('Limits saved.')).toBeVisible();
    await page.getByLabel('Minimum Developer per team').fill('0');
    await page.getByLabel('Developer is required').uncheck();
    await page.getByRole('button', { name: 'Save role requirements' }).click();
    await expect(page.getByText('Requirements of 1 role saved.')).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('settings.png'), fullPage: true });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
    await expect(await board.findCard('Supply Chain Visibility')).not.toContainText('Failing');
    await page.reload();
    await expect(await board.findCard('Supply Chain Visibility')).not.toContainText('Failing');
  });

  test('the people directory filters by department, role and team, and removing a person names their teams', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    const people = new PeopleDirectory(page);
    await people.open();
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Security analyst' });
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Customer Portal' });
    await expect(page.getByText(/Showing 1 of \d+ people/)).toBeVisible();
    const row = people.rows();
    const name = (await row.first().getByRole('cell').first().locator('span').first().textContent())!.trim();
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove ${name}?` });
    const affected = confirm.getByRole('list', { name: 'Teams affected' }).getByRole('listitem');
    await expect(affected).toHaveCount(2);
    await expect(confirm).toContainText('Customer Portal');
    await expect(confirm).toContainText('Website & Content');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('people-remove.png') });
    await confirm.getByRole('button', { name: 'Remove person' }).click();
    await expect(page.getByText(/Showing 0 of \d+ people/)).toBeVisible();
  });
});

import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { TeamsBoard } from './pages/TeamsBoard';
import { keepPageImages, pdfFacts, pdfPageTexts } from './pages/pdfChecks';

async function editTeam(page: Page, name: string, fields: { type?: string; group?: string }): Promise<void> {
  const board = new TeamsBoard(page);
  await board.open();
  const card = await board.findCard(name);
  await card.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Edit team' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  if (fields.type) await dialog.getByLabel('Team type').selectOption({ label: fields.type });
  if (fields.group) await dialog.getByLabel('Group').selectOption({ label: fields.group });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

async function addGroup(page: Page, name: string, level: string, maxTeams?: number): Promise<void> {
  await page.goto('/#/design');
  const form = page.getByRole('form', { name: 'Add group' });
  await form.getByLabel('Group name').fill(name);
  await form.getByLabel('Level').fill(level);
  if (maxTeams !== undefined) await form.getByLabel('At most teams').fill(String(maxTeams));
  await form.getByRole('button', { name: 'Add group' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved the group “${name}”`));
}

test.describe('Team types and teams of teams on the org chart and its PDF', () => {
  test('the sample with types and groups: framed groups under the level’s name, type shapes and their legend, on screen and in the PDF', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    await addGroup(page, 'Money', 'Tribe');
    await addGroup(page, 'Customer journey', 'Value stream');
    await editTeam(page, 'Payments Platform', { type: 'Stream-aligned', group: 'Money (Tribe)' });
    await editTeam(page, 'Billing & Invoicing', { type: 'Stream-aligned', group: 'Money (Tribe)' });
    await editTeam(page, 'Cloud Infrastructure', { type: 'Platform', group: 'Money (Tribe)' });
    await editTeam(page, 'Customer Portal', { type: 'Stream-aligned', group: 'Customer journey (Value stream)' });
    await editTeam(page, 'Identity & Access', { type: 'Enabling' });

    const charts = new ChartsScreen(page);
    await charts.open();
    await charts.groupBy('Team group');
    await expect(page.getByText('12 teams of Live organisation, grouped by tribe and value stream')).toBeVisible();
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect(charts.group('Tribe: Money')).toBeVisible();
    await expect(charts.group('Value stream: Customer journey')).toBeVisible();
    await expect(charts.group('No group')).toBeVisible();
    // One frame per group, behind its box and teams.
    await expect(charts.chart.locator('[data-frames="true"] rect')).toHaveCount(3);
    // The legend names the types present with their one-line definitions; untyped teams add nothing.
    const legend = page.getByRole('list', { name: 'Team types on this chart' });
    await expect(legend.getByRole('listitem')).toHaveText([/^Stream-aligned.*end to end\./, /^Platform.*move faster\./, /^Enabling.*step away\./]);
    // Each typed card carries its shape (the type's colours) and name.
    await page.getByRole('button', { name: 'Actual size' }).click();
    await charts.find('Cloud Infrastructure');
    await expect(charts.card('Cloud Infrastructure')).toContainText('Platform');
    await expect(charts.card('Cloud Infrastructure').locator('rect[fill="#d6e6f7"]')).toHaveCount(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('charts-groups-1440-members.png') });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.screenshot({ path: testInfo.outputPath('charts-groups-1440-fit.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.screenshot({ path: testInfo.outputPath('charts-groups-1024-fit.png') });

    // The full deck: the cover explains the types, the chart pages frame each group under its level's name.
    const pages = await charts.openPrintView({ paper: 'A4', orientation: 'landscape', title: 'Design review', group: 'group' });
    const path = testInfo.outputPath('groups-deck.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const texts = pdfPageTexts(path);
    expect(texts).toHaveLength(pages);
    for (const words of [
      'Stream-aligned team: Delivers a flow of change for one part of the business, end to end.',
      'Platform team: Provides internal services other teams consume as a service',
      'Enabling team: Specialists who help other teams learn a capability',
      'Teams are grouped by tribe and value stream.',
    ]) expect(texts[0]).toContain(words);
    expect(texts[0]).not.toContain('Complicated-subsystem team:');
    const chartText = texts.slice(1).filter((t) => t.includes('Organisation chart ·')).join(' ');
    expect(chartText).toContain('Organisation chart · 12 teams · grouped by tribe and value stream');
    // Each group under its level's name (order and frames are unit-tested; pdftotext reads columns in its own order).
    for (const words of ['Value stream: Customer journey', 'Tribe: Money', 'No group', 'Billing & Invoicing', 'Cloud Infrastructure', 'Platform', 'Stream-aligned', 'Enabling']) expect(chartText).toContain(words);
    keepPageImages(path, testInfo, 'groups-deck', [1, 2]);

    // The one-page overview: framed groups, and the types present in its legend line.
    const onePage = await charts.openPrintView({ preset: 'onePage', paper: 'A3', orientation: 'landscape', title: 'Design on one page', group: 'group' });
    expect(onePage).toBe(1);
    const onePath = testInfo.outputPath('groups-one-page.pdf');
    await page.pdf({ path: onePath, preferCSSPageSize: true, printBackground: true });
    const one = pdfFacts(onePath);
    for (const words of ['Stream-aligned team', 'Platform team', 'Enabling team', 'Tribe: Money', 'Value stream: Customer journey', 'No group', 'grouped by tribe and value stream']) expect(one.text).toContain(words);
    keepPageImages(onePath, testInfo, 'groups-one-page', [1]);
  });

  test('the board grouped by team group from the command palette: sections with the group’s health, teams in no group last, remembered', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    await addGroup(page, 'Money', 'Tribe', 2);
    await addGroup(page, 'Customer journey', 'Value stream', 8);
    await editTeam(page, 'Payments Platform', { type: 'Stream-aligned', group: 'Money (Tribe)' });
    await editTeam(page, 'Billing & Invoicing', { group: 'Money (Tribe)' });
    await editTeam(page, 'Cloud Infrastructure', { type: 'Platform', group: 'Money (Tribe)' });
    await editTeam(page, 'Customer Portal', { group: 'Customer journey (Value stream)' });

    await board.open();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await page.keyboard.type('group the team board');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByLabel('Group by')).toHaveValue('group');
    // Section headings end in their team count (cards' own headings are team names).
    const headings = page.getByRole('list', { name: 'Teams' }).getByRole('heading', { level: 2 }).filter({ hasText: /\(\d+\)$/ });
    await expect(headings).toHaveText(['Tribe: Money (3)', 'Value stream: Customer journey (1)', 'Teams in no group (8)']);
    const money = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Tribe: Money (3)' }) });
    await expect(money).toContainText(/\d+ of 150 people · 3 of 2 teams · too many teams/);
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Value stream: Customer journey (1)' }) })).toContainText('of 150 people · 1 of 8 teams');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('board-groups-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: testInfo.outputPath('board-groups-1024.png') });

    // Remembered on this device, and the visible control switches it back.
    await page.reload();
    await expect(headings.first()).toHaveText('Tribe: Money (3)');
    await page.getByLabel('Group by').selectOption({ label: 'No grouping' });
    await expect(headings).toHaveCount(0);
    await page.getByLabel('Group by').selectOption({ label: 'Team group' });
    await expect(headings.last()).toHaveText('Teams in no group (8)');
  });
});

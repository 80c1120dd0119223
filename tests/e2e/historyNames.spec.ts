import type { Page, TestInfo } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { OkrScreens } from './pages/OkrScreens';
import { PeopleDirectory } from './pages/PeopleDirectory';
import { pdfPageTexts } from './pages/pdfChecks';
import { Scenarios } from './pages/Scenarios';
import { TeamsBoard } from './pages/TeamsBoard';

const PAY_FASTER = 'Get paid faster and with fewer errors';
const ARCHIVE = 'Organisation until 2026-11-15';

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('people and teams deleted since keep their recorded names in the archive, the comparison, its PDF and the OKR history', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    (window as unknown as { print: () => void }).print = () => undefined;
  });
  const board = new TeamsBoard(page);
  const scenarios = new Scenarios(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(board.card('Payments Platform')).toBeVisible();
  // The product owner of Payments Platform owns a key result of "Get paid faster…" and checked in on it.
  const owner = await scenarios.firstMember('Payments Platform', 'Product owner');
  const removed = `${owner} (removed)`;

  // Promote an unchanged copy: the organisation of today is archived, with the product owner on Payments Platform.
  await scenarios.createDraft('Next organisation');
  await scenarios.banner.getByRole('button', { name: 'Promote…' }).click();
  const promote = page.getByRole('dialog', { name: 'Promote Next organisation to live' });
  await promote.getByRole('button', { name: 'Promote to live' }).click();
  await expect(promote).toBeHidden();
  await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Live');

  // Then the product owner leaves, and Billing & Invoicing is deleted.
  const people = new PeopleDirectory(page);
  await people.open();
  await people.search(owner);
  await page.getByRole('button', { name: `Remove ${owner}` }).click();
  await page.getByRole('alertdialog', { name: `Remove ${owner}?` }).getByRole('button', { name: 'Remove person' }).click();
  await expect(page.getByText(/Showing 0 of \d+ people/)).toBeVisible();
  await page.getByRole('link', { name: 'Teams', exact: true }).click();
  await board.deleteTeam('Billing & Invoicing');

  // The archived organisation's chart names them as recorded, never "Unknown person".
  await scenarios.switcher.getByLabel('Plan shown').selectOption({ label: ARCHIVE });
  await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Archived');
  const archivedPlanId = new URLSearchParams(page.url().split('?')[1]).get('plan')!;
  await page.getByRole('link', { name: 'Charts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  const charts = new ChartsScreen(page);
  const search = page.getByRole('combobox', { name: 'Find a team or person' });
  await search.fill(owner);
  await expect(page.getByRole('listbox', { name: 'Matches' }).getByRole('option', { name: new RegExp(escape(removed)) })).toBeVisible();
  await search.press('Enter');
  await expect(charts.chart.getByText(removed).first()).toBeVisible();
  await expect(charts.chart.getByText('Unknown person')).toHaveCount(0);
  await shoot(page, testInfo, 'archived-chart');
  await charts.openPrintView({ plan: archivedPlanId, overview: false });
  // Each printed page is one SVG drawing; a long name wraps onto a second <text> line.
  await expect(page.locator('main svg', { hasText: new RegExp(`${escape(owner)}\\s*\\(removed\\)`) })).toHaveCount(1);
  await expect(page.locator('main svg', { hasText: 'Unknown person' })).toHaveCount(0);

  // The comparison of the archived organisation with today's names the product owner as recorded, on screen and in its PDF.
  await page.goto(`/#/plans/compare?base=${encodeURIComponent(archivedPlanId)}&with=plan%3Alive`);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare plans' })).toBeVisible();
  const changes = page.getByRole('list', { name: /^Changes in Live organisation/ }).getByRole('listitem');
  await expect(changes.filter({ hasText: removed })).toHaveCount(1);
  await expect(changes.filter({ hasText: removed })).toContainText('Payments Platform (Product owner');
  const main = page.getByRole('main');
  await expect(main.getByText(/unknown/i)).toHaveCount(0);
  expect(await seriousA11yViolations(page), 'comparison').toEqual([]);
  await shoot(page, testInfo, 'comparison');
  await page.getByRole('button', { name: 'Export comparison as PDF…' }).click();
  await expect(page).toHaveURL(/#\/print\/comparison\?/);
  await expect(page.locator('html[data-print-status="ready"]')).toBeAttached();
  await shoot(page, testInfo, 'comparison-print');
  const pdf = testInfo.outputPath('comparison.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = pdfPageTexts(pdf).join('\n').replace(/\s+/g, ' ');
  expect(text).toContain(removed);
  expect(text).not.toMatch(/unknown/i);

  // OKR history: the key result's owner and its check-ins' author, and the deleted owner team, by name.
  await page.goto('/#/okrs');
  const okrs = new OkrScreens(page);
  const card = okrs.objectiveCard(PAY_FASTER);
  await expect(card).toContainText('Shared by Billing & Invoicing (deleted) and Payments Platform');
  await card.getByRole('link', { name: PAY_FASTER }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAY_FASTER })).toBeVisible();
  const owned = page.getByRole('list', { name: 'Key results' }).getByRole('article').filter({ hasText: `Owner: ${removed}` });
  await expect(owned).toHaveCount(1);
  await expect(owned).not.toContainText('(team)');
  await shoot(page, testInfo, 'objective-removed-owner');
  await owned.getByRole('link', { name: /^Check in on / }).click();
  await expect(page.getByText(`Owner: ${removed}`)).toBeVisible();
  await expect(okrs.checkInRows.filter({ hasText: removed }).first()).toBeVisible();
  await expect(page.getByRole('main').getByText('A removed person')).toHaveCount(0);
  await shoot(page, testInfo, 'key-result-removed-author');

  // Check-ins due names the owner too, instead of "No owner".
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto('/#/okrs/check-ins');
  await page.getByLabel('Key results of').selectOption({ label: 'Everyone' });
  await expect(page.getByRole('form', { name: `Check in on ${title}` })).toContainText(removed);
  await shoot(page, testInfo, 'check-ins-due-removed-owner');
});

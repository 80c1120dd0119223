import type { Page, TestInfo } from '@playwright/test';
import { expect, FIXED_NOW, seriousA11yViolations, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { OkrScreens } from './pages/OkrScreens';
import { pdfPageTexts } from './pages/pdfChecks';
import { TeamsBoard } from './pages/TeamsBoard';

const OBJECTIVE = 'Customers help themselves';
const PORTAL = 'Share of requests solved in the portal';
const CALLS = 'Calls to the contact centre per week';
const ALL_STALE = /^Stale: none of its 2 key results has had a check-in in the last 14 days \(the most recent is 22 days old\)\. The progress shown is as of those check-ins, which would put it on track\.$/;

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an objective whose every key result has gone quiet says "No recent check-in" everywhere, and keeps its progress', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  let minutes = 0;
  const aMinuteLater = () => page.clock.setFixedTime(new Date(FIXED_NOW.getTime() + ++minutes * 60_000));
  const board = new TeamsBoard(page);
  await board.open();
  await board.createTeam({ name: 'Customer Portal' });
  await board.createTeam({ name: 'Service Desk' });
  const okrs = new OkrScreens(page);
  await okrs.openFromNavigation();
  await okrs.createObjective({ title: OBJECTIVE, owners: ['Customer Portal', 'Service Desk'] });
  await okrs.addKeyResult({ title: PORTAL, metric: 'Increase to', start: '20', target: '45', unit: '%' });
  await okrs.addKeyResult({ title: CALLS, metric: 'Decrease to', start: '4200', target: '3000', unit: 'calls' });

  // Both last checked in on 20 and 25 October: 27 and 22 days before 16 November, the limit is 14.
  // By their numbers (80 % and 67 % of the way, 73 % against 51 % expected) the objective is on track.
  await okrs.openKeyResult(PORTAL);
  await aMinuteLater();
  await okrs.checkIn({ value: '40', confidence: '8', date: '2026-10-20' });
  await okrs.backToObjective(OBJECTIVE);
  await okrs.openKeyResult(CALLS);
  await aMinuteLater();
  await okrs.checkIn({ value: '3400', confidence: '8', date: '2026-10-25' });
  await okrs.backToObjective(OBJECTIVE);

  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('No recent check-in');
  await expect(summary).toContainText('73%');
  await expect(summary.getByText(ALL_STALE)).toBeVisible();
  await expect(summary).not.toContainText('On track');
  await shoot(page, testInfo, 'stale-objective-page');

  await okrs.open();
  const card = okrs.objectiveCard(OBJECTIVE);
  await expect(card.getByText('No recent check-in', { exact: true }).first()).toBeVisible();
  await expect(card.getByText(ALL_STALE)).toBeVisible();
  await expect(card.getByText('73%', { exact: true })).toBeVisible();
  await expect(card.getByText('On track', { exact: true })).toHaveCount(0);
  expect(await seriousA11yViolations(page), 'OKRs page').toEqual([]);
  await shoot(page, testInfo, 'stale-okrs');

  await card.getByRole('link', { name: 'Customer Portal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customer Portal: OKRs' })).toBeVisible();
  const teamCard = okrs.objectiveCard(OBJECTIVE);
  await expect(teamCard.getByText('No recent check-in', { exact: true }).first()).toBeVisible();
  await expect(teamCard.getByText(ALL_STALE)).toBeVisible();
  await shoot(page, testInfo, 'stale-team-okrs');

  // The Team API one-pager takes its objectives from the charts' assessment: the same label.
  const teamId = decodeURIComponent(new URL(page.url()).hash.match(/okrs\/teams\/([^?]+)/)![1]!);
  await page.goto(`/#/teams/${encodeURIComponent(teamId)}/api`);
  const objectives = page.getByRole('article', { name: 'Team API of Customer Portal' }).getByRole('table', { name: /^Objectives/ });
  await expect(objectives.getByRole('row', { name: new RegExp(OBJECTIVE) })).toContainText('No recent check-in');
  await shoot(page, testInfo, 'stale-team-api');

  // The org chart's cards and the PDF's team pages draw the same label (shared/charts).
  const charts = new ChartsScreen(page);
  await charts.open();
  await charts.find('Customer Portal');
  await expect(charts.chart.getByText(/^73% · No recent check-in$/).first()).toBeVisible();
  await shoot(page, testInfo, 'stale-chart');
  await charts.openPrintView({ overview: false, paper: 'A4', orientation: 'portrait' });
  const pdf = testInfo.outputPath('stale-team-pages.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const portalPage = pdfPageTexts(pdf).find((text) => text.includes('Team · Customer Portal'))!;
  expect(portalPage).toContain('73% · No recent check-in');
  expect(portalPage).toContain('Shared with Service Desk · Committed · 2 of 2 key results stale');

  await page.goto('/#/okrs/organisation');
  const shared = page.getByRole('table', { name: /Shared objectives/ });
  const row = shared.getByRole('row', { name: new RegExp(OBJECTIVE) });
  await expect(row.getByRole('cell').nth(2)).toHaveText('No recent check-in2 of 2 key results stale');
  expect(await seriousA11yViolations(page), 'organisation OKRs').toEqual([]);
  await shoot(page, testInfo, 'stale-organisation-okrs');

  // A fresh check-in on one key result brings the status back, and the card says how many are still stale.
  await okrs.open();
  await okrs.objectiveCard(OBJECTIVE).getByRole('link', { name: OBJECTIVE }).click();
  await okrs.openKeyResult(PORTAL);
  await aMinuteLater();
  await okrs.checkIn({ value: '41', confidence: '8' });
  await okrs.open();
  await expect(card.getByText('On track', { exact: true }).first()).toBeVisible();
  await expect(card.getByText('1 of 2 key results stale: no check-in in the last 14 days. Its latest value still counts in the progress.')).toBeVisible();
  await page.goto('/#/okrs/organisation');
  await expect(row.getByRole('cell').nth(2)).toHaveText('On track1 of 2 key results stale');
});

import { expect, FIXED_NOW, seriousA11yViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { OkrScreens } from './pages/OkrScreens';
import { TeamsBoard } from './pages/TeamsBoard';

const OBJECTIVE = 'Customers help themselves';

/** The page scrolls inside <main>: grow the viewport to the content for a whole-page screenshot. */
async function screenshot(page: Page, path: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() => document.getElementById('main')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height + 64, size.height), 4000) });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(size);
}
const PORTAL_SHARE = 'Share of requests solved in the portal';
const CALLS = 'Calls to the contact centre per week';
const CHAT = 'Live chat launched';

test.describe('Shared OKRs', () => {
  test('a shared objective with three key results: check-ins change the statuses, and everything survives a reload', async ({ page }, testInfo) => {
    // A local app: nothing may be fetched from anywhere but the app's own address.
    const elsewhere: string[] = [];
    await page.route((url) => url.host !== new URL(testInfo.project.use.baseURL!).host, (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    });
    const blockedByPolicy: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blockedByPolicy.push(message.text());
    });
    // Time moves on a minute before each check-in, so same-day check-ins are told apart by when they were made.
    let minutes = 0;
    const aMinuteLater = () => page.clock.setFixedTime(new Date(FIXED_NOW.getTime() + ++minutes * 60_000));
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Customer Portal' });
    await board.createTeam({ name: 'Service Desk' });

    const okrs = new OkrScreens(page);
    await okrs.openFromNavigation();
    await expect(page.getByText('No objectives in Q4 2026 yet.')).toBeVisible();
    await okrs.createObjective({ title: OBJECTIVE, owners: ['Customer Portal', 'Service Desk'], description: 'Fewer calls, more answers online.' });
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Shared by Customer Portal and Service Desk');

    await okrs.addKeyResult({ title: PORTAL_SHARE, metric: 'Increase to', start: '20', target: '45', unit: '%' });
    await okrs.addKeyResult({ title: CALLS, metric: 'Decrease to', start: '4200', target: '3000', unit: 'calls', weight: '2' });
    await okrs.addKeyResult({ title: CHAT, metric: 'Milestone' });
    for (const title of [PORTAL_SHARE, CALLS, CHAT]) await expect(okrs.keyResult(title)).toContainText('No check-in yet');
    expect(await seriousA11yViolations(page), 'objective page').toEqual([]);

    // 16 November: 46 of 91 days of Q4, about 51 % expected. 35 % of the way from 20 to 45 is 60 %: on track.
    await okrs.openKeyResult(PORTAL_SHARE);
    await aMinuteLater();
    await okrs.checkIn({ value: '35', confidence: '8', note: 'New FAQ live' });
    await expect(okrs.statusPanel).toContainText('On track');
    // Back-dated: history, not the current value.
    await aMinuteLater();
    await okrs.checkIn({ value: '24', confidence: '6', date: '2026-10-20' });
    await expect(okrs.checkInRows).toHaveCount(3);
    await expect(okrs.statusPanel).toContainText('Now 35%');
    // A future date is refused with a clear message, and nothing is recorded.
    await okrs.submitCheckIn({ value: '40', confidence: '9', date: '2026-11-17' });
    await expect(okrs.checkInForm.getByRole('alert')).toHaveText(
      'The check-in date 2026-11-17 is in the future: choose today (2026-11-16) or an earlier date.',
    );
    await expect(okrs.checkInRows).toHaveCount(3);
    expect(await seriousA11yViolations(page), 'key result page').toEqual([]);

    // 4,000 calls: a sixth of the way, far behind pace, yet confidence 8: off track, and the disagreement is pointed out.
    await okrs.backToObjective(OBJECTIVE);
    await okrs.openKeyResult(CALLS);
    await aMinuteLater();
    await okrs.checkIn({ value: '4000', confidence: '8' });
    await expect(okrs.statusPanel).toContainText('Off track');
    await expect(okrs.statusPanel).toContainText('Confident, but off track');

    await okrs.open();
    const card = okrs.objectiveCard(OBJECTIVE);
    await expect(card).toContainText('Shared by Customer Portal and Service Desk');
    await expect(card).toContainText('Off track');
    await expect(card).toContainText('Confidence and numbers disagree on 1 key result');

    // Calls fall to 3,500: on pace, so the objective's worst key result is on track now.
    await card.getByRole('link', { name: OBJECTIVE }).click();
    await okrs.openKeyResult(CALLS);
    await aMinuteLater();
    await okrs.checkIn({ value: '3500', confidence: '7' });
    await expect(okrs.statusPanel).toContainText('On track');
    await okrs.open();
    await expect(card).toContainText('On track');
    await expect(card.getByRole('progressbar', { name: `Progress of ${OBJECTIVE}` })).toHaveAttribute('aria-valuenow', '44'); // (0.6 + 2 × 0.58 + 0) / 4
    await screenshot(page, testInfo.outputPath('okrs-list.png'));

    await page.reload();
    await expect(card).toContainText('On track');
    await card.getByRole('link', { name: OBJECTIVE }).click();
    await expect(okrs.keyResult(PORTAL_SHARE)).toContainText('Now: 35%');
    await expect(okrs.keyResult(CALLS)).toContainText('Now: 3,500 calls');
    await expect(okrs.keyResult(CHAT)).toContainText('No check-in yet');
    await screenshot(page, testInfo.outputPath('objective.png'));

    // Only the chart's page counts here: the shared Radix dialog's scroll lock injects a <style> the policy refuses (reported).
    blockedByPolicy.length = 0;
    await okrs.openKeyResult(PORTAL_SHARE);
    await expect(okrs.checkInRows).toHaveCount(3);
    const chart = page.getByRole('figure', { name: /Chart of Share of requests solved in the portal: 2 check-ins/ });
    await expect(chart).toBeVisible();
    for (const legend of ['Value', 'Expected pace', 'Confidence']) await expect(chart.getByText(legend, { exact: true }).last()).toBeVisible();
    await expect(chart.locator('.recharts-line')).toHaveCount(3);
    await expect(chart.locator('.recharts-line-dots').first().locator('circle')).toHaveCount(2);
    await screenshot(page, testInfo.outputPath('key-result.png'));
    expect(elsewhere, 'requests to other origins').toEqual([]);
    expect(blockedByPolicy, 'nothing on the key result page (the chart included) is blocked by the Content Security Policy').toEqual([]);
  });

  test('the sample organisation: alignment tree, staleness, team and organisation views are accessible', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByRole('heading', { name: 'Your workspace is empty' })).toBeHidden();

    const okrs = new OkrScreens(page);
    await okrs.openFromNavigation();
    await expect(page.getByText(/Q4 2026 · 1 Oct 2026 – 31 Dec 2026 · 8 objectives, 7 shared by two or more teams/)).toBeVisible();
    // The alignment tree as one list: a contributor follows the objective it contributes to, one level
    // deeper (announced), indented under it, and its card names that objective.
    const item = (title: string) => okrs.objectives.getByRole('listitem').filter({ has: page.getByRole('article', { name: title, exact: true }) });
    const parent = item('Customers help themselves');
    const contributor = item('Get paid faster and with fewer errors');
    await expect(parent).toHaveAttribute('aria-level', '1');
    await expect(contributor).toHaveAttribute('aria-level', '2');
    await expect(contributor).toHaveAttribute('aria-posinset', '1');
    await expect(contributor).toHaveAttribute('aria-setsize', '1');
    await expect(contributor.getByRole('article')).toContainText('Contributes to “Customers help themselves”');
    await expect(parent.getByRole('article')).not.toContainText('Contributes to');
    const titles = await okrs.objectives.getByRole('article').evaluateAll((cards) => cards.map((card) => card.querySelector('h2')?.textContent));
    expect(titles.indexOf('Get paid faster and with fewer errors')).toBe(titles.indexOf('Customers help themselves') + 1);
    const [parentBox, contributorBox] = [await parent.getByRole('article').boundingBox(), await contributor.getByRole('article').boundingBox()];
    expect(contributorBox!.x - parentBox!.x, 'a contributor is indented under its parent').toBeGreaterThanOrEqual(30);
    expect(contributorBox!.y).toBeGreaterThan(parentBox!.y + parentBox!.height);
    await expect(okrs.objectives.getByText(/\d+ of \d+ key results? stale: no check-in in the last 14 days/).first()).toBeVisible();
    expect(await seriousA11yViolations(page), 'OKRs page').toEqual([]);
    await screenshot(page, testInfo.outputPath('sample-okrs.png'));

    await page.getByLabel('Team').selectOption({ label: 'Cloud Infrastructure' });
    await expect(page).toHaveURL(/team=/);
    await expect(okrs.objectives.getByRole('article')).toHaveCount(2);

    await okrs.objectiveCard('Ship to production safely, many times a day').getByRole('link', { name: 'Cloud Infrastructure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cloud Infrastructure: OKRs' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Shared objectives' })).toContainText('Shared with Identity & Access and People Systems');
    await expect(page.getByRole('list', { name: 'Objectives owned alone' }).getByRole('article')).toHaveCount(1);
    expect(await seriousA11yViolations(page), 'team OKR view').toEqual([]);
    await screenshot(page, testInfo.outputPath('team-okrs.png'));

    await page.getByRole('link', { name: 'Organisation view' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'OKRs across the organisation' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Figures' })).toContainText('7 of 8 objectives are shared across two or more teams.');
    await expect(page.getByRole('list', { name: 'Teams without an objective' })).toHaveCount(0);
    expect(await seriousA11yViolations(page), 'organisation view').toEqual([]);
    await screenshot(page, testInfo.outputPath('organisation-okrs.png'));

    await page.getByLabel('Period').selectOption({ label: 'Q1 2027 (next quarter)' });
    await expect(page.getByRole('list', { name: 'Figures' })).toContainText('0 of 0 objectives');
    await expect(page.getByRole('list', { name: 'Teams without an objective' }).getByRole('listitem')).toHaveCount(12);
  });

  test('the OKR forms say what is wrong and what to do, and work from the keyboard', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments Platform' });
    const okrs = new OkrScreens(page);
    await okrs.open();

    await page.getByRole('button', { name: 'New objective' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New objective' });
    await expect(dialog.getByLabel('Objective', { exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(dialog.getByText('Objective title is required')).toBeVisible();
    await expect(dialog.getByText('Choose at least one owner team (two or more for a shared objective).')).toBeVisible();
    expect(await seriousA11yViolations(page), 'objective dialog with errors').toEqual([]);
    await screenshot(page, testInfo.outputPath('objective-dialog-errors.png'));

    await dialog.getByLabel('Objective', { exact: true }).fill('Pay in one tap');
    await dialog.getByRole('group', { name: 'Owner teams' }).getByLabel('Payments Platform').press('Space');
    await dialog.getByLabel('Objective', { exact: true }).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Pay in one tap' })).toBeVisible();

    await page.getByRole('button', { name: 'Add key result' }).click();
    const keyResult = page.getByRole('dialog', { name: 'New key result' });
    await keyResult.getByLabel('Key result', { exact: true }).fill('Checkout conversion');
    await keyResult.getByLabel('Start value').fill('45');
    await keyResult.getByLabel('Target value').fill('30');
    await keyResult.getByRole('button', { name: 'Add key result' }).click();
    await expect(keyResult.getByRole('alert')).toHaveText(
      'An "increase to" key result needs a target at or above its start (45): raise the target, or choose "Decrease to".',
    );
    expect(await seriousA11yViolations(page), 'key result dialog with errors').toEqual([]);
    await screenshot(page, testInfo.outputPath('key-result-dialog-errors.png'));
  });
});

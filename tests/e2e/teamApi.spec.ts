import type { Page, TestInfo } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { keepPageImages, pdfFacts } from './pages/pdfChecks';
import { TeamsBoard } from './pages/TeamsBoard';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]!);
}

async function openTeam(page: Page, name: string): Promise<void> {
  const board = new TeamsBoard(page);
  await board.open();
  const card = await board.findCard(name);
  await card.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addInteraction(page: Page, provider: string, consumer: string, mode: string, start: string, purpose: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add interaction' });
  await form.getByLabel('Providing team').selectOption({ label: provider });
  await form.getByLabel('Consuming team').selectOption({ label: consumer });
  await form.getByLabel('Mode').selectOption({ label: mode });
  await form.getByLabel('Purpose').fill(purpose);
  await form.getByLabel('Start').fill(start);
  await form.getByRole('button', { name: 'Add interaction' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved: ${provider.replace(/[&]/g, '\\$&')} → `));
}

test.describe('Team API one-pager', () => {
  test('a platform team publishes its Team API: on screen, and as a one-page A4 PDF read back with pdftotext', async ({ page }, testInfo) => {
    await page.setViewportSize(SIZES[0]!);
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();

    // The team writes how to work with it, and becomes a platform team.
    await openTeam(page, 'Cloud Infrastructure');
    await page.getByRole('button', { name: 'Edit team' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Cloud Infrastructure' });
    await editor.getByLabel('Team type').selectOption({ label: 'Platform' });
    await editor.getByLabel('How to work with us').fill('Ask in #cloud-help; we answer within one working day.\nDemo every second Thursday: everyone welcome.');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(editor).toBeHidden();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
    await addInteraction(page, 'Cloud Infrastructure', 'Customer Portal', 'X-as-a-service', '2026-10-01', 'Hosting and deployment pipeline');
    await addInteraction(page, 'Identity & Access', 'Cloud Infrastructure', 'Facilitating', '2026-11-01', 'Single sign-on for the consoles');

    await openTeam(page, 'Cloud Infrastructure');
    await page.getByRole('button', { name: 'Team API' }).click();
    await expect(page).toHaveURL(/#\/teams\/[^/]+\/api/);
    const sheet = page.getByRole('article', { name: 'Team API of Cloud Infrastructure' });
    await expect(sheet.getByRole('heading', { level: 1, name: 'Cloud Infrastructure' })).toBeVisible();
    await expect(sheet).toContainText('Platform team — Provides internal services other teams consume as a service, so they can move faster.');
    await expect(sheet).toContainText('Ask in #cloud-help; we answer within one working day.');
    const interactions = sheet.getByRole('table', { name: 'Interactions' });
    await expect(interactions.getByRole('row')).toHaveCount(3);
    await expect(interactions.getByRole('row').nth(1)).toContainText('Provides to');
    await expect(interactions.getByRole('row').nth(1)).toContainText('Customer Portal');
    await expect(interactions.getByRole('row').nth(1)).toContainText('Hosting and deployment pipeline');
    await expect(interactions.getByRole('row').nth(2)).toContainText('Facilitated by');
    await expect(interactions.getByRole('row').nth(2)).toContainText('Identity & Access');
    await expect(sheet.getByRole('heading', { name: /^Objectives for Q4 2026$/ })).toBeVisible();
    // A platform team needs an architect: the principle's finding, in plain words.
    await expect(sheet).toContainText('platform teams need at least one architect');
    await shoot(page, testInfo, 'team-api-screen');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The command table reaches it too (palette), from the team's own page.
    await page.getByRole('link', { name: 'Cloud Infrastructure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cloud Infrastructure' })).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox').fill('Team API page');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: 'Team API of Cloud Infrastructure' })).toBeVisible();

    // Export PDF: the print view of one A4 page, printed when ready.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(page).toHaveURL(/#\/print\/team-api\?/);
    await expect(page.locator('html[data-print-status="ready"]')).toBeAttached();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await shoot(page, testInfo, 'team-api-print');
    const path = testInfo.outputPath('team-api.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const facts = pdfFacts(path);
    keepPageImages(path, testInfo, 'team-api', [1]);
    expect(facts.pages, 'a normal team fits on one page').toBe(1);
    expect(facts.pageSize).toContain('(A4)');
    expect(facts.height).toBeGreaterThan(facts.width);
    for (const words of [
      'Cloud Infrastructure',
      'Platform team — Provides internal services',
      'Mission and services',
      'Members by role',
      'How to work with us',
      'Ask in #cloud-help; we answer within one working day.',
      'Provides to Customer Portal X-as-a-service Hosting and deployment pipeline from 1 Oct 2026, open-ended Active',
      'Facilitated by Identity & Access Facilitating',
      'Single sign-on for the consoles',
      'Objectives for Q4 2026',
      'platform teams need at least one architect',
      'Team API · Live organisation',
    ]) {
      expect(facts.text).toContain(words);
    }
    expect(facts.text).not.toContain('Print or save as PDF');
    await page.getByRole('link', { name: 'Back to the Team API' }).click();
    await expect(page.getByRole('article', { name: 'Team API of Cloud Infrastructure' })).toBeVisible();
  });

  test('an unknown team’s print view says so instead of printing an empty page', async ({ page }) => {
    await page.goto('/#/print/team-api?plan=plan:live&team=team:nope');
    await expect(page.getByRole('alert')).toHaveText('This team does not exist in this plan any more.');
    await expect(page.locator('html[data-print-status="error"]')).toBeAttached();
  });
});

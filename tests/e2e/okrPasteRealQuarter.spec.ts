import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

const PAGE = readFileSync(new URL('../fixtures/okr-import/handbook-q4-2026.html', import.meta.url), 'utf8');

async function addPerson(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add person' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('A published quarter pasted from a web page', () => {
  test('a handbook page copied as HTML (team headings, owners, status markers, €, a table, a struck line) becomes objectives and key results with units, owners and check-ins', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await board.createTeam({ name: 'Payments' });
    await board.createTeam({ name: 'Data Platform' });
    await addPerson(page, 'Ada Lovelace', 'ada@example.com');
    await addPerson(page, 'Alan Turing', 'alan.turing@example.com');

    await page.goto('/#/okrs');
    await page.getByRole('button', { name: 'Paste OKRs…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste OKRs' });
    const text = dialog.getByLabel('OKRs as text');
    // The page as the clipboard carries it from a browser or Google Docs: HTML beside plain text.
    await text.evaluate((area, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'flattened text');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PAGE);
    await expect(text).toHaveValue(/^# Engineering OKRs — Q4 2026\n/);
    const preview = dialog.getByRole('region', { name: 'Preview' });
    // The struck-through key result is named with its line; nothing can be created until it is resolved.
    await expect(preview.getByRole('list', { name: 'Lines to correct' })).toHaveText('Line 9: "Launch the partner marketplace" is struck through: delete the line if the key result was dropped, or remove the strike-through (and mark it ✅ if it is done)');
    await expect(dialog.getByRole('button', { name: 'Create 3 objectives' })).toBeDisabled();
    await text.fill((await text.inputValue()).split('\n').filter((line) => !line.includes('~~')).join('\n'));

    await expect(preview.getByRole('heading')).toHaveText('Preview: 3 objectives, 7 key results, 7 check-ins from values now');
    await expect(preview.getByRole('list', { name: 'Lines to correct' })).toHaveCount(0);
    // The period the heading names is proposed.
    await expect(dialog.getByLabel('Period')).toHaveValue('period:2026-Q4');
    const payments = preview.getByRole('list', { name: 'Key results of Customers pay without friction' }).getByRole('listitem');
    await expect(payments).toHaveText([
      'Increase checkout conversion from 2.1 % to 3.5 % (Increase from 2.1% to 3.5%; now 2.8%, confidence 8/10) · Ada Lovelace',
      'Reduce p95 checkout latency from 800 ms to 300 ms (Decrease from 800 ms to 300 ms; now 520 ms, confidence 5/10) · Payments',
      'Ship one-tap payments (Milestone; now done, confidence 10/10)',
    ]);
    await expect(preview.getByRole('list', { name: 'Key results of Grow revenue through the portal' }).getByRole('listitem')).toHaveText([
      'Increase monthly self-service revenue from €2.5M to €4M (Increase from 2,500,000 € to 4,000,000 €; now 2,700,000 €, confidence 2/10) · Alan Turing',
      'Sign 5 new reseller partners (Increase from 0 partners to 5 partners; now 3 partners, confidence 5/10)',
    ]);
    await expect(preview.getByRole('list', { name: 'Key results of Trustworthy data, every morning' }).getByRole('listitem')).toHaveText([
      'Keep nightly load success above 99.5 % (Stay above 99.5%; now 99.7%, confidence 8/10) · Data Platform',
      'Migrate dashboards to the new warehouse (Increase from 0 dashboards to 40 dashboards; now 12 dashboards, confidence 5/10) · Alan Turing',
    ]);
    await expect(preview.getByRole('listitem').filter({ hasText: 'Customers pay without friction' }).first()).toContainText('Customers pay without friction · Payments');
    await expect(preview.getByRole('listitem').filter({ hasText: 'Trustworthy data, every morning' }).first()).toContainText('Trustworthy data, every morning · Data Platform');
    expect(await seriousA11yViolations(page), 'paste preview').toEqual([]);
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: testInfo.outputPath(`paste-real-quarter-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await dialog.getByRole('button', { name: 'Create 3 objectives' }).click();
    await expect(dialog).toBeHidden();

    // On screen: the objectives with their owners, the key results with owners and the imported check-ins.
    const objectives = page.getByRole('list', { name: 'Objectives' });
    await expect(objectives.getByRole('article')).toHaveCount(3);
    const data = page.getByRole('article', { name: 'Trustworthy data, every morning' });
    await expect(data).toContainText('Data Platform');
    const paymentsCard = page.getByRole('article', { name: 'Customers pay without friction' });
    const paymentsKrs = paymentsCard.getByRole('list', { name: 'Key results of Customers pay without friction' });
    if (!(await paymentsKrs.isVisible())) await paymentsCard.getByText(/^Show 3 key results$/).click();
    await expect(paymentsKrs.getByRole('listitem')).toHaveCount(3);
    await expect(paymentsKrs.getByRole('listitem').nth(0)).toContainText('Ada Lovelace · confidence 8/10 · 16 Nov 2026');
    await expect(paymentsKrs.getByRole('listitem').nth(1)).toContainText('Payments · confidence 5/10');
    await page.getByRole('link', { name: 'Reduce p95 checkout latency from 800 ms to 300 ms' }).click();
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now 520 ms');
    await expect(page.getByRole('main')).toContainText('Decrease from 800 ms to 300 ms');
  });
});

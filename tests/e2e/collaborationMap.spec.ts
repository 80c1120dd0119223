import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';

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

async function addGroup(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
  const form = page.getByRole('form', { name: 'Add group' });
  await form.getByLabel('Group name').fill(name);
  await form.getByRole('button', { name: 'Add group' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved the group “${name}”`));
}

async function addInteraction(page: Page, provider: string, consumer: string, mode: string, start: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add interaction' });
  await form.getByLabel('Providing team').selectOption({ label: provider });
  await form.getByLabel('Consuming team').selectOption({ label: consumer });
  await form.getByLabel('Mode').selectOption({ label: mode });
  await form.getByLabel('Start').fill(start);
  await form.getByRole('button', { name: 'Add interaction' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved: ${provider.replace(/[&]/g, '\\$&')} → `));
}

test.describe('The collaboration map', () => {
  test('types, groups and three interactions on the sample: the map flags the silo, filters, and exports SVG and PDF', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
    // A new specialist team nobody works with yet: the silo the map must find.
    await page.getByRole('button', { name: 'New team' }).click();
    const editor = page.getByRole('dialog', { name: 'New team' });
    await editor.getByLabel('Team name').fill('Pricing Science');
    await editor.getByLabel('Team type').selectOption({ label: 'Complicated-subsystem' });
    await editor.getByRole('button', { name: 'Create team' }).click();
    await expect(editor).toBeHidden();

    await addGroup(page, 'Core tribe');
    await addGroup(page, 'Growth tribe');
    await editTeam(page, 'Cloud Infrastructure', { type: 'Platform', group: 'Core tribe (Tribe)' });
    await editTeam(page, 'Identity & Access', { type: 'Enabling', group: 'Core tribe (Tribe)' });
    await editTeam(page, 'Payments Platform', { type: 'Stream-aligned', group: 'Growth tribe (Tribe)' });
    await editTeam(page, 'Customer Portal', { type: 'Stream-aligned', group: 'Growth tribe (Tribe)' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
    await addInteraction(page, 'Cloud Infrastructure', 'Customer Portal', 'X-as-a-service', '2026-10-01');
    await addInteraction(page, 'Identity & Access', 'Payments Platform', 'Facilitating', '2026-11-01');
    await addInteraction(page, 'Payments Platform', 'Customer Portal', 'Collaboration', '2026-10-01');

    // The keyboard route to the map.
    await page.keyboard.press('Control+7');
    await expect(page.getByRole('heading', { level: 1, name: 'Collaboration map' })).toBeVisible();
    const map = page.getByTestId('collaboration-map');
    await expect(map.locator('[data-team]')).toHaveCount(13);
    await expect(page.getByText(/^13 of 13 teams · \d+ links/)).toBeVisible();
    const silos = page.getByRole('list', { name: 'Silos' });
    const siloNames = await silos.getByRole('listitem').allTextContents();
    expect(siloNames).toEqual(['Pricing Science']);
    await expect(page.getByTestId('silo-count')).toHaveText(String(siloNames.length));
    for (const name of siloNames) await expect(map.locator(`[data-team="${name}"][data-silo="true"]`)).toHaveCount(1);
    await expect(map.locator('[data-silo="true"]')).toHaveCount(siloNames.length);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Links never take the pointer (hit-testing thousands of link segments blocked the page for over
    // 100 ms at 500 teams): points on the links hit what lies beneath them, and a team still takes a click.
    const linkHits = await map.evaluate((svg) => {
      const hits: string[] = [];
      for (const path of svg.querySelectorAll<SVGPathElement>('[data-links] path')) {
        const length = path.getTotalLength();
        for (const at of [0.3, 0.5, 0.7]) {
          const point = new DOMPoint(path.getPointAtLength(length * at).x, path.getPointAtLength(length * at).y).matrixTransform(path.getScreenCTM()!);
          const hit = document.elementFromPoint(point.x, point.y);
          if (hit) hits.push(hit.closest('[data-links]') ? 'link' : hit.closest('[data-team]') ? 'team' : 'beneath');
        }
      }
      return hits;
    });
    expect(linkHits.length).toBeGreaterThan(0);
    expect(linkHits).not.toContain('link');
    await map.locator('[data-team="Customer Portal"] path').click();
    await expect(page.getByRole('region', { name: 'Focused team Customer Portal' })).toBeVisible();
    await map.locator('[data-team="Customer Portal"] path').click();
    await expect(page.getByRole('region', { name: 'Focused team Customer Portal' })).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('map-1440.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: testInfo.outputPath('map-1024.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // Filter by group with the keyboard: only the Growth tribe's two teams and their collaboration stay.
    const growth = page.getByRole('group', { name: 'Tribe' }).getByLabel('Growth tribe');
    await growth.focus();
    await page.keyboard.press('Space');
    await expect(growth).toBeChecked();
    await expect(map.locator('[data-team]')).toHaveCount(2);
    await expect(page.getByTestId('cross-group')).toHaveText('0 %');
    await page.getByRole('button', { name: /Show all \d+ links? as a table/ }).click();
    const table = page.getByRole('table', { name: 'Links of the collaboration map' });
    await expect(table.getByRole('row').filter({ hasText: 'Collaboration (both ways)' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(map.locator('[data-team]')).toHaveCount(13);

    // Focus a team: its links stand out, and its team view is one click away.
    await page.getByLabel('Focus on a team').selectOption({ label: 'Payments Platform' });
    await expect(page.getByRole('region', { name: 'Focused team Payments Platform' })).toContainText('links on the map');

    // SVG: a real standalone file with every team's name.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svgPath = testInfo.outputPath('collaboration-map.svg');
    await (await download).saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const name of ['Cloud Infrastructure', 'Identity &amp; Access', 'Payments Platform', 'Customer Portal', ...siloNames.map((n) => n.replace(/&/g, '&amp;'))]) expect(svg).toContain(name);
    expect(svg).toContain('SILO');
    await expect(page.getByRole('status').filter({ hasText: /download collaboration-map\.svg/ })).toBeVisible();

    await page.getByRole('region', { name: 'Focused team Payments Platform' }).getByRole('link', { name: 'Open the team view of Payments Platform' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments Platform' })).toBeVisible();

    // PDF: the print view, vector text read back with pdftotext.
    const hash = await page.evaluate(() => window.location.hash);
    const search = hash.includes('?') ? hash.slice(hash.indexOf('?')) : '';
    await page.evaluate((s) => { window.location.hash = `#/print/collaboration-map${s}`; }, search);
    await expect(page.locator('html')).toHaveAttribute('data-print-status', 'ready');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const pdfPath = testInfo.outputPath('collaboration-map.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of ['Collaboration map', 'Cloud Infrastructure', 'Identity & Access', 'Payments Platform', 'Customer Portal', 'technology ↔ business', ...siloNames]) expect(text).toContain(name);
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+119[01]\.\d+ x 841\.\d+ pts \(A3\)/);
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+2\n/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, testInfo.outputPath('map-pdf')]);
  });
});

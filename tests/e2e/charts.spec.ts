import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { TeamsBoard } from './pages/TeamsBoard';
import { expectEveryName, keepPageImages, pdfFacts, planNames } from './pages/pdfChecks';

async function loadSample(page: Page): Promise<void> {
  const board = new TeamsBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
}

test.describe('Team charts', () => {
  test('the sample organisation as an org chart: cards, shared people, grouping, choosing teams, zoom, accessible', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();
    await expect(page.getByText('12 teams of Live organisation')).toBeVisible();
    await expect(charts.chart).toBeVisible();

    const payments = charts.card('Payments Platform');
    await expect(payments).toBeVisible();
    for (const words of ['Needs attention', 'Two-pizza: getting large', '10 people · 9 FTE', 'Product owner', 'Shared · also on Billing & Invoicing', 'Warning:']) {
      await expect(payments).toContainText(words);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('charts-sample.png') });

    await charts.groupBy('Executive champion');
    await expect(page.getByText('12 teams of Live organisation, grouped by executive champion')).toBeVisible();
    await expect(charts.chart).toContainText('Executive champion:');
    await page.screenshot({ path: testInfo.outputPath('charts-by-champion.png') });
    await charts.groupBy('Department');
    await expect(charts.chart).toContainText('Department:');
    await charts.groupBy('No grouping');

    await charts.leaveOut('Service Desk');
    await expect(page.getByText('11 of 12 teams of Live organisation')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose teams (11 of 12)' })).toBeVisible();
    await expect(charts.card('Service Desk')).toHaveCount(0);

    // Zoom by button and by keyboard; a card opens its team.
    const before = await charts.zoomLevel.textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(charts.zoomLevel).not.toHaveText(before ?? '');
    await charts.chart.focus();
    await page.keyboard.press('0');
    await page.keyboard.press('-');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Actual size' }).click();
    await expect(charts.zoomLevel).toHaveText('100%');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await charts.card('Payments Platform').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments Platform' })).toBeVisible();
  });

  test('a PDF of the sample organisation from the print view: every team and member, A4 landscape, vector text', async ({ page }, testInfo) => {
    await loadSample(page);
    const names = await planNames(page);
    expect(names.teams).toHaveLength(12);
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ paper: 'A4', orientation: 'landscape', title: 'Product teams Q4 review' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('print-view.png') });

    const path = testInfo.outputPath('sample-A4-landscape.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(path);
    expect(pdf.pages).toBe(pages);
    // Overview pages (4 cards a row) and one page per team, each team fitting on its page.
    expect(pages).toBeGreaterThanOrEqual(12 + 2);
    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expectEveryName(pdf.text, names);
    for (const words of ['Product teams Q4 review', 'Live organisation · 16 November 2026', `Page 1 of ${pages}`, `Page ${pages} of ${pages}`, 'Objectives · Q4 2026', 'Two-pizza: fits']) {
      expect(pdf.text).toContain(words);
    }
    const images = keepPageImages(path, testInfo, 'sample', [1, pages - 11, pages]);
    expect(images.length).toBe(3);
  });

  test('the PDF options change the paper, orientation and pages: Letter portrait, team pages only, grouped', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ paper: 'Letter', orientation: 'portrait', overview: false, group: 'champion' });
    const path = testInfo.outputPath('sample-letter-portrait.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(path);
    expect(pdf.pages).toBe(12);
    expect(pages).toBe(12);
    expect(pdf.pageSize).toMatch(/^612 x 792 pts/);
    expect(pdf.text).not.toContain('Overview ·');
    keepPageImages(path, testInfo, 'letter', [1]);
  });

  test('Export PDF in the browser opens the print view with the chosen options and the print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls += 1;
      };
    });
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await expect(dialog.getByText('choose “Save as PDF” as the printer')).toBeVisible();
    await dialog.getByLabel('Paper').selectOption('A3');
    await dialog.getByLabel('Orientation').selectOption('portrait');
    await dialog.getByLabel('Title').fill('Board pack');
    await dialog.getByRole('checkbox', { name: /One page per team/ }).uncheck();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Export PDF' }).click();

    await charts.waitForPrintReady();
    expect(page.url()).toMatch(/#\/print\/chart\?.*paper=A3&orientation=portrait&overview=1&teams=0&title=Board%20pack/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await expect(page.getByRole('region', { name: 'Page 1 of 1' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to charts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  });

  test('the chart exports as SVG (vector, font embedded) and as PNG for slides', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();

    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svgPath = testInfo.outputPath('chart.svg');
    await (await svgDownload).saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('@font-face{font-family:\'Inter\'');
    for (const name of ['Payments Platform', 'Identity &amp; Access', 'Shared · also on']) expect(svg).toContain(name);
    await expect(page.getByRole('status').filter({ hasText: 'Saved the SVG' })).toBeVisible();

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const pngPath = testInfo.outputPath('chart.png');
    await (await pngDownload).saveAs(pngPath);
    const png = readFileSync(pngPath);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(2000);
    expect(height).toBeGreaterThan(1000);
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { ChartsScreen } from './pages/ChartsScreen';
import { TeamsBoard } from './pages/TeamsBoard';
import { expectEveryName, keepPageImages, pdfFacts, pdfPageTexts, planNames } from './pages/pdfChecks';

async function loadSample(page: Page): Promise<void> {
  const board = new TeamsBoard(page);
  await board.open();
  await page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();
}

test.describe('Team charts', () => {
  test('the sample organisation as an org chart: hierarchy, semantic zoom, search, collapse, accessible', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();
    await expect(page.getByText('12 teams of Live organisation')).toBeVisible();
    await expect(charts.chart).toBeVisible();

    // Fitted to the screen: every team as its name, size and verdict in type large enough to read.
    const payments = charts.card('Payments Platform');
    await expect(payments).toBeVisible();
    await expect(page.getByText('Showing team size and health: zoom in for more')).toBeVisible();
    for (const words of ['Needs attention', 'Two-pizza: getting', '10 people · 9 FTE']) await expect(payments).toContainText(words);
    await expect(payments).not.toContainText('Product owner');
    await expect(charts.chart.getByRole('img', { name: /^All product teams: 12 teams · 92 people/ })).toBeAttached();
    const smallest = await charts.chart.evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(8);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('charts-1440-fit.png') });

    // Zoomed in: members by role, shared people and the dotted lines between their teams.
    await page.getByRole('button', { name: 'Actual size' }).click();
    await expect(charts.zoomLevel).toHaveText('100%');
    await expect(page.getByText('Showing members by role')).toBeVisible();
    await charts.find('Payments Platform');
    for (const words of ['Product owner', 'Shared · also on Billing & Invoicing', 'Warning:']) await expect(charts.card('Payments Platform')).toContainText(words);
    await expect(charts.chart.locator('line[stroke-dasharray]').first()).toBeAttached();
    await page.screenshot({ path: testInfo.outputPath('charts-1440-members.png') });

    // Far out: names only, then colours only; text never drawn below a readable size.
    await charts.chart.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('-');
    await expect(page.getByText(/Showing (team names|team health colours)/)).toBeVisible();
    const tiny = await charts.chart.evaluate((svg) => [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().height > 0 && t.getBoundingClientRect().height < 8).length);
    expect(tiny).toBe(0);
    await page.screenshot({ path: testInfo.outputPath('charts-1440-far.png') });

    // Search flies to a person, ringing their line on the card.
    await charts.find('Liam Abbott');
    await expect(page.getByText('Showing members by role')).toBeVisible();
    await expect(charts.chart.locator('[data-highlight="true"]')).toBeAttached();

    // Grouped by champion: the groups are boxes that collapse and expand from the keyboard.
    await charts.groupBy('Executive champion');
    await expect(page.getByText('12 teams of Live organisation, grouped by executive champion')).toBeVisible();
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    const costa = charts.group('Executive champion: Carmen Costa');
    await expect(costa).toHaveAttribute('aria-expanded', 'true');
    await expect(charts.card('Data Platform')).toBeVisible();
    await costa.focus();
    await page.keyboard.press('Enter');
    await expect(costa).toHaveAttribute('aria-expanded', 'false');
    await expect(charts.card('Data Platform')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('charts-1440-collapsed.png') });
    await page.getByRole('button', { name: 'Expand all' }).click();
    await expect(charts.card('Data Platform')).toBeVisible();
    await charts.groupBy('Department');
    await expect(charts.group('Department: Finance')).toBeVisible();
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
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await charts.card('Payments Platform').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Payments Platform' })).toBeVisible();
  });

  test('the chart at 1024 × 700: fits, and zoom levels read', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();
    await charts.groupBy('Executive champion');
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect(charts.card('Payments Platform')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('charts-1024-fit.png') });
    await charts.find('Supply Chain Visibility');
    await expect(page.getByText('Showing members by role')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('charts-1024-members.png') });
    const pages = await charts.openPrintView({ title: 'Preview at 1024' });
    expect(pages).toBeGreaterThan(12);
    // The preview fits the window: no sheet is wider than the page.
    const overflow = await page.evaluate(() => [...document.querySelectorAll('main section')].map((s) => s.getBoundingClientRect().right - document.documentElement.clientWidth));
    expect(Math.max(...overflow)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('print-preview-1024.png') });
  });

  test('opened again after the window changed size, the chart fits the new window', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadSample(page);
    const charts = new ChartsScreen(page);
    const main = page.getByRole('navigation', { name: 'Main' });
    await charts.open();
    await expect(charts.card('Payments Platform')).toBeVisible();
    const wide = await charts.zoomLevel.textContent();
    // Opened again at the same size: drawn fitted in its first frame (the remembered frame size).
    await main.getByRole('link', { name: 'Settings' }).click();
    await main.getByRole('link', { name: 'Charts' }).click();
    await expect(charts.zoomLevel).toHaveText(wide!);
    // Away from the chart, the window shrinks: back on the chart, it fits the smaller frame, as a fresh fit does.
    await main.getByRole('link', { name: 'Settings' }).click();
    await page.setViewportSize({ width: 1024, height: 700 });
    await main.getByRole('link', { name: 'Charts' }).click();
    await expect(charts.zoomLevel).not.toHaveText(wide!);
    const narrow = await charts.zoomLevel.textContent();
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await expect(charts.zoomLevel).toHaveText(narrow!);
    await expect(charts.card('Payments Platform')).toBeVisible();
  });

  test('presentation mode: full window, step by group and team from the keyboard, laser pointer', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    await charts.open();
    await charts.groupBy('Executive champion');
    await page.getByRole('button', { name: 'Present' }).click();
    const show = page.getByRole('dialog', { name: 'Presentation' });
    await expect(show).toBeVisible();
    await expect(show.locator('p strong')).toHaveText('All product teams');
    await page.keyboard.press('ArrowRight');
    await expect(show.locator('p strong')).toHaveText('Executive champion: Carmen Costa');
    await page.keyboard.press('ArrowRight');
    await expect(show.locator('p strong')).toHaveText('Data Platform');
    await expect(show.locator('[data-highlight="true"]')).toBeAttached();
    // A team fills the screen: its members in large type.
    const memberText = await show.locator('svg text', { hasText: 'Tomas Garcia' }).first().boundingBox();
    expect(memberText?.height ?? 0).toBeGreaterThan(14);
    await page.screenshot({ path: testInfo.outputPath('presentation-team.png') });
    await page.keyboard.press('ArrowDown');
    await expect(show.locator('p strong')).toHaveText('Executive champion: Ines Larsen');
    await page.keyboard.press('l');
    await expect(show.getByText('L laser on')).toBeVisible();
    await page.mouse.move(600, 400);
    await page.mouse.move(620, 410);
    await expect(show.locator('[class*="laser"]')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('presentation-group-laser.png') });
    // Tab and Shift+Tab go round the presentation's own controls, never to the page behind it.
    const focusInside = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('aria-labelledby') ?? null);
    const dialogLabel = await show.getAttribute('aria-labelledby');
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focusInside(), `focus after ${key}`).toBe(dialogLabel);
    }
    await page.keyboard.press('Escape');
    await expect(show).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  });

  test('the full deck of the sample organisation: cover with the figures, legend, every team and member, nothing cut, vector text', async ({ page }, testInfo) => {
    await loadSample(page);
    const names = await planNames(page);
    expect(names.teams).toHaveLength(12);
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ paper: 'A4', orientation: 'landscape', title: 'Product teams Q4 review', group: 'champion' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('print-view.png') });

    const path = testInfo.outputPath('sample-A4-landscape.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(path);
    expect(pdf.pages).toBe(pages);
    // Cover, the chart (groups packed together), one page per team.
    expect(pages).toBeLessThanOrEqual(1 + 3 + 12);
    expect(pdf.pageSize).toContain('(A4)');
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expectEveryName(pdf.text, names);
    const texts = pdfPageTexts(path);
    // The cover's figures, then their labels (pdftotext reads the row of figures first).
    expect(texts[0]).toMatch(/^Product teams Q4 review 16 November 2026 12 5 5 2 92 85\.9 \d+% teams healthy need attention failing people FTE/);
    expect(texts[0]).toMatch(/business share \(\d+ of 92 people from the business\)/);
    expect(texts[0]).toContain('How to read the chart');
    for (const words of [`Page 1 of ${pages}`, `Page ${pages} of ${pages}`, 'Objectives · Q4 2026', 'Two-pizza: fits', 'Organisation chart · 12 teams · grouped by executive champion']) {
      expect(pdf.text).toContain(words);
    }
    // The team pages explain the two-pizza finding in full.
    const supply = texts.find((t) => t.includes('Team · Supply Chain Visibility'))!;
    expect(supply).toMatch(/Fail: Team too large/);
    expect(pdf.text).not.toContain('…');
    expect(pdf.text).not.toContain('Live organisation');
    expect(pdf.text).not.toContain('DRAFT');
    const images = keepPageImages(path, testInfo, 'sample', [1, 2, 3, pages]);
    expect(images.length).toBe(4);
  });

  test('the one-page overview: every team by name on one A3 sheet', async ({ page }, testInfo) => {
    await loadSample(page);
    const names = await planNames(page);
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ preset: 'onePage', paper: 'A3', orientation: 'landscape', title: 'Our teams', group: 'department' });
    expect(pages).toBe(1);
    const path = testInfo.outputPath('sample-one-page.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(path);
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSize).toContain('(A3)');
    for (const team of names.teams) expect(pdf.text).toContain(team);
    expect(pdf.text).toContain('12 teams · 92 people');
    keepPageImages(path, testInfo, 'one-page', [1]);
  });

  test('a draft plan’s deck says DRAFT on every page', async ({ page }, testInfo) => {
    await page.goto('/bench.html');
    await expect(page.locator('body[data-ready="true"]')).toBeAttached();
    await page.evaluate(async () => {
      const records = window.teamshapeBench.generate('S', '2026-11-16');
      const stamp = records.teams[0]!.createdAt;
      const draftId = 'plan:draft-platform-split';
      const teamIds = new Map(records.teams.map((t) => [t.id, `${t.id}-draft`]));
      const plan = { id: draftId, createdAt: stamp, updatedAt: stamp, deletedAt: null, updatedBy: null, name: 'Platform split', kind: 'draft' as const, description: '', basedOnPlanId: 'plan:live' };
      await window.teamshapeBench.loadViaApp({
        ...records,
        plans: [plan],
        teams: [...records.teams, ...records.teams.map((t) => ({ ...t, id: teamIds.get(t.id)!, planId: draftId }))],
        memberships: [...records.memberships, ...records.memberships.map((m) => ({ ...m, id: `${m.id}-draft`, teamId: teamIds.get(m.teamId)!, planId: draftId }))],
      });
    });
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ plan: 'plan:draft-platform-split', title: 'Proposal' });
    const path = testInfo.outputPath('draft-deck.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const texts = pdfPageTexts(path);
    expect(texts).toHaveLength(pages);
    expect(pages).toBeGreaterThan(12);
    texts.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('DRAFT');
      expect(text, `page ${index + 1}`).toContain('a draft plan, not the live organisation');
    });
    expect(texts[0]).toContain('Draft plan “Platform split”');
    keepPageImages(path, testInfo, 'draft', [1, 2]);
  });

  test('the PDF options change the paper, orientation and pages: Letter portrait, team pages only, grouped', async ({ page }, testInfo) => {
    await loadSample(page);
    const charts = new ChartsScreen(page);
    const pages = await charts.openPrintView({ paper: 'Letter', orientation: 'portrait', overview: false, group: 'champion' });
    const path = testInfo.outputPath('sample-letter-portrait.pdf');
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(path);
    expect(pdf.pages).toBe(13);
    expect(pages).toBe(13);
    expect(pdf.pageSize).toMatch(/^612 x 792 pts/);
    expect(pdf.text).not.toContain('Organisation chart ·');
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
    expect(page.url()).toMatch(/#\/print\/chart\?.*preset=deck&paper=A3&orientation=portrait&overview=1&teams=0&title=Board%20pack/);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await expect(page.getByRole('region', { name: 'Page 2 of 2' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to charts' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  });

  test('the chart exports as SVG (vector, font embedded) and as PNG for slides', async ({ page }, testInfo) => {
    // Headless Chromium cannot answer the save picker: the export takes the download path every other browser takes.
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
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
    await expect(page.getByRole('status').filter({ hasText: /^Your browser was asked to download .+\.svg\. Check it is in your Downloads folder/ })).toBeVisible();

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

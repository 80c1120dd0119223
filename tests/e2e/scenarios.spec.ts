import { readFileSync } from 'node:fs';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';
import { Scenarios } from './pages/Scenarios';
import { keepPageImages, pdfPageTexts } from './pages/pdfChecks';
import { pdfPageWords } from './pages/pdfWords';

async function loadSample(board: TeamsBoard): Promise<void> {
  await board.open();
  await board.page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(board.card('Payments Platform')).toBeVisible();
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

test.describe('Scenarios', () => {
  test('copy live into a draft, move two people, split a team, open a vacancy, compare, print, promote, undo', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const shoot = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    const board = new TeamsBoard(page);
    const scenarios = new Scenarios(page);
    await loadSample(board);
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Live');

    await scenarios.createDraft('Payments split');
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Draft');
    expect(page.url()).toMatch(/[?&]plan=/);
    await expect(board.card('Payments Platform')).toBeVisible();
    await shoot('draft-board');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const first = await scenarios.firstMember('Cloud Infrastructure', 'Developer');
    await scenarios.move(first, 'Developer', 'Cloud Infrastructure', 'Service Desk');
    const second = await scenarios.firstMember('Data Platform', 'Developer');
    await scenarios.move(second, 'Developer', 'Data Platform', 'Website & Content');
    await scenarios.openVacancy('Identity & Access', 'Developer');

    await scenarios.openTeam('Payments Platform');
    await page.getByRole('button', { name: 'Split…' }).click();
    const split = page.getByRole('dialog', { name: 'Split team' });
    await split.getByLabel('Part 1 name').fill('Payments Core');
    await split.getByLabel('Part 2 name').fill('Payments Risk');
    const partSelects = split.getByRole('combobox', { name: /^Part for / });
    await partSelects.nth(0).selectOption({ label: 'Payments Risk' });
    await shoot('split-dialog');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await split.getByRole('button', { name: 'Split team' }).click();
    await expect(split).toBeHidden();
    await expect(board.card('Payments Core')).toBeVisible();
    await expect(board.card('Payments Risk')).toBeVisible();

    // The live organisation is untouched.
    await scenarios.switcher.getByLabel('Plan shown').selectOption({ label: 'Live organisation' });
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Live');
    await expect(board.card('Payments Platform')).toBeVisible();
    await expect(board.card('Payments Core')).toHaveCount(0);
    await scenarios.switcher.getByLabel('Plan shown').selectOption({ label: 'Payments split' });
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Draft');

    await scenarios.banner.getByRole('link', { name: 'Compare with live' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare plans' })).toBeVisible();
    const changes = page.getByRole('list', { name: 'Changes in Payments split (draft)' }).getByRole('listitem');
    await expect(changes).toHaveText([
      /^SplitPayments Platform → Payments Core \+ Payments Risk$/,
      ...[first, second].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())).map((name) =>
        new RegExp(`^Moved${name}: ${name === first ? 'Cloud Infrastructure' : 'Data Platform'} \\(Developer, 100%\\) → ${name === first ? 'Service Desk' : 'Website & Content'} \\(Developer, 100%\\)$`)),
      /^VacancyVacancy opened: Identity & Access \(Developer, 100%\)$/,
    ]);
    const health = page.getByRole('table', { name: 'Health per plan' });
    await expect(health.getByRole('row', { name: /^Teams 12 13 \(\+1\)$/ })).toBeVisible();
    await expect(health.getByRole('row', { name: /^Open roles 0 1 \(\+1\)$/ })).toBeVisible();
    const impact = page.getByRole('list', { name: 'OKR impact of Payments split (draft)' });
    await expect(impact).toContainText('owner team Payments Platform is split; proposed: Payments Core + Payments Risk');
    await shoot('compare');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A figure opens the teams behind it.
    const spof = health.getByRole('button', { name: /^Single points of failure in Live organisation/ });
    await spof.click();
    await expect(page.getByRole('region', { name: /^Behind: Single points of failure in Live organisation/ }).getByRole('link').first()).toBeVisible();

    // The comparison PDF: the browser's print path, DRAFT on every page.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Export comparison as PDF…' }).click();
    await expect(page).toHaveURL(/#\/print\/comparison\?/);
    await expect(page.locator('html[data-print-status="ready"]')).toBeAttached();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await shoot('comparison-print');
    const pdf = testInfo.outputPath('comparison.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) expect(text).toContain('DRAFT — Payments split');
    // The running header spans each page's own width: on the landscape chart sheets too, its DRAFT
    // mark ends at the right margin (12 mm ≈ 34 pt), not where a portrait page would end.
    const words = pdfPageWords(pdf);
    expect(words.filter((p) => p.width > p.height).length).toBeGreaterThan(0);
    for (const [index, sheet] of words.entries()) {
      const draft = sheet.words.find((w) => w.text === 'DRAFT' && w.yMin < 40);
      expect(draft, `the running DRAFT mark at the top of page ${index + 1}`).toBeDefined();
      const headerRight = Math.max(...sheet.words.filter((w) => Math.abs(w.yMin - draft!.yMin) < 2).map((w) => w.xMax));
      expect(sheet.width - headerRight, `page ${index + 1} (${sheet.width} × ${sheet.height} pt): the header ends at ${headerRight} pt`).toBeLessThan(40);
    }
    keepPageImages(pdf, testInfo, 'comparison', [1, pages.length]);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Payments Platform → Payments Core + Payments Risk');
    expect(all).toContain(`${first}: Cloud Infrastructure (Developer, 100%) → Service Desk (Developer, 100%)`);
    expect(all).toContain('Vacancy opened: Identity & Access (Developer, 100%)');
    expect(all).toContain('Single points of failure');
    // Each plan's organisation chart on its own sheet, after the tables.
    expect(pages.filter((text) => text.includes('Organisation chart — Live organisation'))).toHaveLength(1);
    const draftChart = pages.find((text) => text.includes('Organisation chart — Payments split (draft)'))!;
    expect(draftChart.replace(/\s+/g, ' ')).toMatch(/13 teams · \d+ people/);
    expect(draftChart).toContain('Payments Risk');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('link', { name: 'Back to the comparison' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare plans' })).toBeVisible();

    // Promote: the impact needs a choice for the split owner team.
    await page.goto(page.url().replace(/#.*$/, '#/teams') + `?plan=${new URL(page.url().replace('#', '')).searchParams.get('with')}`);
    await scenarios.banner.getByRole('button', { name: 'Promote…' }).click();
    const promote = page.getByRole('dialog', { name: 'Promote Payments split to live' });
    await expect(promote.getByRole('list', { name: 'Changes from the live organisation' }).getByRole('listitem')).toHaveCount(4);
    await expect(promote.getByRole('alert')).toContainText('Choose what happens to');
    await expect(promote.getByRole('button', { name: 'Promote to live' })).toBeDisabled();
    await shoot('promote-refused');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const choices = promote.getByRole('combobox', { name: 'Re-point to' });
    const count = await choices.count();
    for (let i = 0; i < count; i++) {
      const choice = choices.nth(i);
      const proposed = choice.locator('option', { hasText: '(proposed)' }).first();
      await choice.selectOption({ label: (await proposed.textContent())! });
    }
    await expect(promote.getByRole('alert')).toHaveCount(0);
    await shoot('promote-ready');
    await promote.getByRole('button', { name: 'Promote to live' }).click();
    await expect(promote).toBeHidden();
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Live');
    await expect(scenarios.banner).toContainText('is the live organisation from');
    await expect(board.card('Payments Core')).toBeVisible();
    await expect(board.card('Payments Platform')).toHaveCount(0);

    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    const archive = page.getByRole('table', { name: 'Archived plans' });
    await expect(archive.getByRole('row', { name: /Organisation until 2026-11-15/ })).toBeVisible();
    await expect(page.getByText('No drafts yet.')).toBeVisible();
    await shoot('plans-archive');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Undo puts everything back: the old live organisation, the draft, no archive.
    await page.keyboard.press('Control+z');
    await expect(page.getByText(/^Undone: Promote draft/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Archived plans' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Drafts' }).getByRole('row', { name: /Payments split/ })).toBeVisible();
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await expect(board.card('Payments Platform')).toBeVisible();
    await expect(board.card('Payments Core')).toHaveCount(0);
  });

  test('a draft shared as a file comes back as a new draft; deleting a draft is undoable; an empty sheet’s comparison PDF says DRAFT on every page', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true, writable: true }));
    const board = new TeamsBoard(page);
    const scenarios = new Scenarios(page);
    await loadSample(board);

    // From the command palette: New draft…
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await expect(palette.getByRole('option', { name: /^Open plan: Live organisation/ })).toBeVisible();
    await page.keyboard.type('new draft');
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'New draft' });
    await create.getByLabel('Draft name').fill('Option A');
    await create.getByRole('button', { name: 'Create draft' }).click();
    await expect(scenarios.banner).toContainText('Editing the draft Option A');

    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    const drafts = page.getByRole('table', { name: 'Drafts' });
    await expect(drafts.getByRole('row', { name: /Option A/ })).toContainText('12');
    const download = page.waitForEvent('download');
    await drafts.getByRole('button', { name: 'Export Option A as a file' }).click();
    const file = testInfo.outputPath('option-a.teamshape-draft.json');
    await (await download).saveAs(file);
    await expect(scenarios.banner).toContainText('Your browser was asked to download Option A.teamshape-draft.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { format: string; teams: unknown[]; people: unknown[] };
    expect(json.format).toBe('teamshape-draft');
    expect(json.teams).toHaveLength(12);

    await drafts.getByRole('button', { name: 'Delete Option A…' }).click();
    await page.getByRole('alertdialog', { name: 'Delete the draft Option A?' }).getByRole('button', { name: 'Delete draft' }).click();
    await expect(page.getByText('No drafts yet.')).toBeVisible();
    await expect(scenarios.switcher.getByTestId('plan-mark')).toHaveText('Live');
    await page.keyboard.press('Control+z');
    await expect(drafts.getByRole('row', { name: /Option A/ })).toBeVisible();

    await page.getByRole('button', { name: 'Import draft…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import draft' });
    const chooser = page.waitForEvent('filechooser');
    await importDialog.getByRole('button', { name: 'Choose draft file…' }).click();
    await (await chooser).setFiles(file);
    await expect(importDialog.getByRole('region', { name: 'Draft file preview' })).toContainText('Option A: 12 teams, 96 places; 95 of 95 people found in this directory. A draft with that name exists: it will be imported as “Option A (imported)”.');
    await page.screenshot({ path: testInfo.outputPath('import-draft-1280.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await importDialog.getByRole('button', { name: 'Import draft' }).click();
    await expect(importDialog).toBeHidden();
    await expect(scenarios.banner).toContainText('Editing the draft Option A (imported)');
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await expect(board.card('Payments Platform')).toBeVisible();

    // Merge two teams of the imported draft.
    await page.getByRole('button', { name: 'Merge teams…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge teams' });
    await merge.getByRole('checkbox', { name: 'Billing & Invoicing' }).check();
    await merge.getByRole('checkbox', { name: 'Payments Platform' }).check();
    await merge.getByLabel('Name of the merged team').fill('Money');
    for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: testInfo.outputPath(`merge-dialog-${size.width}.png`) });
    }
    await expect(merge.getByRole('button', { name: 'Merge teams' })).toBeInViewport();
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await merge.getByRole('button', { name: 'Merge teams' }).click();
    await expect(merge).toBeHidden();
    await expect(board.card('Money')).toBeVisible();
    await expect(board.card('Payments Platform')).toHaveCount(0);
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await page.getByRole('table', { name: 'Drafts' }).getByRole('link', { name: 'Compare Option A (imported) with live' }).click();
    await expect(page.getByRole('list', { name: 'Changes in Option A (imported) (draft)' }).getByRole('listitem').first()).toHaveText('MergedPayments Platform + Billing & Invoicing → Money');

    // An empty sheet removes every team: a long change list over several pages, each marked DRAFT.
    await scenarios.createDraft('Blank', 'An empty sheet (no teams)');
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await expect(page.getByText('No teams yet.')).toBeVisible();
    await page.goto(`/#/print/comparison?base=plan:live&with=${new URL(page.url().replace('#', '')).searchParams.get('plan')}`);
    await expect(page.locator('html[data-print-status="ready"]')).toBeAttached();
    const pdf = testInfo.outputPath('blank.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(text).toContain('DRAFT — Blank');
    expect(pages.join(' ')).toContain('Payments Platform removed');
  });

  test('“Split team…” on a finding of a live team too large starts the split in a new draft, never on live', async ({ page }, testInfo) => {
    const board = new TeamsBoard(page);
    await loadSample(board);
    await board.card('Supply Chain Visibility').getByRole('link', { name: 'Supply Chain Visibility' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Supply Chain Visibility' })).toBeVisible();
    const split = page.getByRole('button', { name: 'Split team…' });
    await expect(split).toBeVisible();
    await split.click();
    const dialog = page.getByRole('dialog', { name: 'Split team' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/[?&]plan=/);
    await page.screenshot({ path: testInfo.outputPath('split-from-finding.png') });
    await page.keyboard.press('Escape');
    // The draft is there, named for the split, and the live team is as it was.
    await page.goto('/#/plans');
    await expect(page.getByRole('main').getByText('Split Supply Chain Visibility').first()).toBeVisible();
    await page.goto('/#/teams');
    await expect(board.card('Supply Chain Visibility')).toContainText('Failing');
  });
});


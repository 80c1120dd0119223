import { expect, seriousA11yViolations, test } from './fixtures';
import { fullyVisibleCards } from './pages/BoardCards';
import { BoardMembers } from './pages/BoardMembers';
import { TeamsBoard } from './pages/TeamsBoard';

async function loadSample(board: TeamsBoard): Promise<void> {
  await board.open();
  await board.page.getByRole('button', { name: 'Load sample organisation' }).click();
  await expect(board.board.getByRole('article')).not.toHaveCount(0);
}

test.describe('Team designer, second version', () => {
  for (const viewport of [
    { width: 1440, height: 900, atLeast: 8 },
    { width: 1024, height: 700, atLeast: 4 },
  ]) {
    test(`shows at least ${viewport.atLeast} whole team cards with members by role at ${viewport.width}×${viewport.height}`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const board = new TeamsBoard(page);
      await loadSample(board);
      await page.screenshot({ path: testInfo.outputPath(`board-${viewport.width}.png`) });
      const visible = await fullyVisibleCards(page);
      testInfo.annotations.push({ type: 'fully visible cards', description: String(visible) });
      expect(visible).toBeGreaterThanOrEqual(viewport.atLeast);
      const card = board.board.getByRole('article').first();
      await expect(card.getByRole('img', { name: /^Size: \d+ (person|people) of at most 10$/ })).toBeVisible();
      await expect(card.getByRole('button', { name: /%/ }).first()).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Nobody is cut off silently: a card whose edge hides members says how many, and opens the team.
      let cardsHidingMembers = 0;
      for (const each of await board.board.getByRole('article').all()) {
        const members = each.getByRole('group', { name: /^Members of / });
        const hidden = await members.evaluate((area) => {
          const bottom = area.getBoundingClientRect().bottom;
          return [...area.querySelectorAll('li')].filter((chip) => chip.getBoundingClientRect().bottom > bottom + 0.5).length;
        });
        const more = each.getByRole('link', { name: /not shown on the card: open the team$/ });
        if (hidden === 0) {
          await expect(more).toHaveCount(0);
          continue;
        }
        cardsHidingMembers++;
        await expect(more).toHaveText(new RegExp(`^\\+${hidden}\\b`));
        await expect(more).toHaveAccessibleName(new RegExp(`^${hidden} more members? `));
      }
      expect(cardsHidingMembers).toBeGreaterThan(0);
      const crowded = await board.findCard('Supply Chain Visibility');
      await crowded.getByRole('link', { name: /not shown on the card/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Supply Chain Visibility' })).toBeVisible();
    });
  }
});

test.describe('Team cards use their height for members', () => {
  test('most sample teams show every member at 1440×900; Rename and Delete appear over the corner on hover and focus', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const cards = board.board.getByRole('article');
    await expect(cards).toHaveCount(12);
    const complete = await cards.filter({ hasNot: page.getByRole('link', { name: /not shown on the card/ }) }).count();
    testInfo.annotations.push({ type: 'cards showing every member', description: String(complete) });
    // A row of actions under every card used to hide a line of members: 1 of 12 showed everyone.
    expect(complete).toBeGreaterThanOrEqual(6);

    const card = await board.findCard('Sales CRM');
    const actions = card.getByRole('button', { name: 'Rename Sales CRM' }).locator('..');
    await page.mouse.move(5, 5);
    await expect(actions).toHaveCSS('opacity', '0');
    await card.hover();
    await expect(actions).toHaveCSS('opacity', '1');
    await page.mouse.move(5, 5);
    await card.getByRole('button', { name: 'Rename Sales CRM' }).focus();
    await expect(actions).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Edit Sales CRM' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card.getByRole('button', { name: 'Rename Sales CRM' })).toBeFocused();
  });
});

test.describe('Reshaping teams by hand', () => {
  test('moves a member between teams by mouse, undoes and redoes it from the keyboard', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const members = new BoardMembers(page);
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toBeVisible();

    await members.dragWithMouse('Olivia Kowalski', 'Billing & Invoicing', 'Data Platform');
    await expect(members.chip('Data Platform', 'Olivia Kowalski')).toBeVisible();
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Saved: Move Olivia Kowalski to Data Platform.' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('after-move.png') });

    await page.getByRole('heading', { level: 1, name: 'Teams' }).click();
    await page.keyboard.press('Control+z');
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toBeVisible();
    await expect(members.chip('Data Platform', 'Olivia Kowalski')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(members.chip('Data Platform', 'Olivia Kowalski')).toBeVisible();

    // The whole session is listed in the history panel, newest first.
    await page.keyboard.press('Control+Shift+h');
    const history = page.getByRole('dialog', { name: 'Change history' });
    await expect(history.getByRole('listitem').first()).toContainText('Move Olivia Kowalski to Data Platform');
    await page.keyboard.press('Escape');
  });

  test('a drop after the board auto-scrolled lands on the team under the pointer', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const members = new BoardMembers(page);
    const chip = members.chip('Billing & Invoicing', 'Olivia Kowalski');
    const a = (await chip.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2, { steps: 3 });
    // Near the bottom edge the board scrolls by itself; wait until it has moved well down.
    const x = 600;
    const y = 690;
    await page.mouse.move(x, y, { steps: 10 });
    const main = page.getByRole('main');
    await expect.poll(() => main.evaluate((m) => m.scrollTop), { timeout: 10_000 }).toBeGreaterThan(300);
    await page.mouse.move(x, y - 150, { steps: 4 });
    await page.waitForTimeout(300);
    const under = await members.teamAt(x, y - 150);
    expect(under).not.toBeNull();
    expect(under).not.toBe('Billing & Invoicing');
    await page.mouse.up();
    await page.getByLabel('Find a team').fill(under!);
    await expect(members.chip(under!, 'Olivia Kowalski')).toBeVisible();
  });

  test('picks two members with Ctrl+click and moves both with one drag, undone as one step', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const members = new BoardMembers(page);
    const chips = members.card('Billing & Invoicing').getByRole('button', { name: /, Developer, / });
    const names = (await chips.evaluateAll((all) => all.map((chip) => chip.getAttribute('aria-label')!.split(',')[0]!))).slice(0, 2);
    expect(names).toHaveLength(2);
    const [first, second] = names as [string, string];

    await members.chip('Billing & Invoicing', first).click({ modifiers: ['ControlOrMeta'] });
    await members.chip('Billing & Invoicing', second).click({ modifiers: ['ControlOrMeta'] });
    await expect(members.chip('Billing & Invoicing', first)).toHaveAttribute('aria-pressed', 'true');
    await expect(members.chip('Billing & Invoicing', second)).toHaveAttribute('aria-pressed', 'true');

    await members.dragWithMouse(second, 'Billing & Invoicing', 'Data Platform');
    for (const name of names) {
      await expect(members.chip('Data Platform', name)).toBeVisible();
      await expect(members.chip('Billing & Invoicing', name)).toHaveCount(0);
    }
    // The pick is cleared after the move.
    await expect(members.chip('Data Platform', first)).toHaveAttribute('aria-pressed', 'false');

    await page.getByRole('heading', { level: 1, name: 'Teams' }).click();
    await page.keyboard.press('Control+z');
    for (const name of names) {
      await expect(members.chip('Billing & Invoicing', name)).toBeVisible();
      await expect(members.chip('Data Platform', name)).toHaveCount(0);
    }
  });

  test('moves a member by touch: press and hold, drag, lift', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL!, hasTouch: true, viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const board = new TeamsBoard(page);
    await loadSample(board);
    const members = new BoardMembers(page);
    const chip = members.chip('Billing & Invoicing', 'Olivia Kowalski');
    await expect(chip).toBeVisible();
    const target = members.card('Data Platform');
    await target.scrollIntoViewIfNeeded();
    await chip.scrollIntoViewIfNeeded();
    const a = (await chip.boundingBox())!;
    const b = (await target.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const to = { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 60) };
    await touch('touchStart', from.x, from.y);
    // A press of 200 ms picks the member up (a shorter touch scrolls the board instead).
    await page.waitForTimeout(350);
    for (let step = 1; step <= 10; step++) await touch('touchMove', from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
    await expect(target).toHaveClass(/dropTarget/);
    await touch('touchEnd', to.x, to.y);
    await expect(members.chip('Data Platform', 'Olivia Kowalski')).toBeVisible();
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toHaveCount(0);
    await context.close();
  });

  test('moves a member by keyboard and shares one with Shift+Space', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const members = new BoardMembers(page);
    await members.dragWithKeyboard('Olivia Kowalski', 'Billing & Invoicing', 'Cloud Infrastructure', ['ArrowRight']);
    await expect(members.chip('Cloud Infrastructure', 'Olivia Kowalski')).toBeVisible();
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toHaveCount(0);
    // Focus stays on the board, so the undo shortcut works at once.
    await page.keyboard.press('Control+z');
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toBeVisible();

    // Shift+Space drops as a share: a second membership, confirmed with its role already chosen.
    await members.dragWithKeyboard('Olivia Kowalski', 'Billing & Invoicing', 'Cloud Infrastructure', ['ArrowRight'], 'Shift+Space');
    const dialog = page.getByRole('dialog', { name: 'Add to Cloud Infrastructure' });
    await expect(dialog.getByText('Person: Olivia Kowalski')).toBeVisible();
    await expect(dialog.getByLabel('Role')).toHaveValue('role:business-analyst');
    await dialog.getByLabel('Allocation (%)').fill('30');
    await dialog.getByRole('button', { name: 'Add to team' }).click();
    await expect(dialog).toBeHidden();
    await expect(members.chip('Cloud Infrastructure', 'Olivia Kowalski')).toHaveAccessibleName(/30%, also on 1 other team/);
    await expect(members.chip('Billing & Invoicing', 'Olivia Kowalski')).toHaveAccessibleName(/100%, also on 1 other team/);
  });

  test('fills an empty required role from its finding with a person who holds it elsewhere', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const card = await board.findCard('Field Service App');
    await expect(card.getByText('Failing')).toBeVisible();
    await card.getByRole('link', { name: 'Field Service App' }).click();
    const findings = page.getByRole('list', { name: 'Health findings for Field Service App' });
    await findings.getByRole('button', { name: '+ Add security analyst' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to Field Service App' });
    await expect(dialog.getByLabel('Role')).toHaveValue('role:security-analyst');
    // The likeliest people first: security analysts of other teams with free time.
    const first = dialog.getByLabel('Person', { exact: true }).locator('option').nth(1);
    await expect(first).toContainText('free');
    const name = (await first.textContent())!.split(' — ')[0]!;
    await dialog.getByLabel('Person', { exact: true }).selectOption({ index: 1 });
    await dialog.getByLabel('Allocation (%)').fill('20');
    await expect(dialog.getByRole('button', { name: 'Add to team' })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('fill-role-1024.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add to team' }).click();
    await expect(dialog).toBeHidden();
    await expect(findings.getByText('No security analyst')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Security analyst', exact: true })).toContainText(name);
    // Focus came back to the button that opened the dialog, not to <body>.
    await expect(findings.getByRole('button', { name: '+ Add security analyst' }).or(page.getByRole('main'))).toBeFocused();
  });
});

test.describe('Keyboard and focus like a native app', () => {
  test('a keyboard-only journey: skip link, palette, new team, back to the board', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    expect(page.url()).toMatch(/#\/teams$/);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await expect(palette.getByRole('option', { name: /New team… Ctrl\+N/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('palette-1024.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.type('new team');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'New team' });
    await expect(editor).toBeVisible();
    await page.keyboard.type('Zeta Analytics');
    await page.keyboard.press('Enter');
    await expect(editor).toBeHidden();
    // Focus goes to the new team's card, scrolled into view.
    await expect(page.getByRole('link', { name: 'Zeta Analytics' })).toBeFocused();

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Zeta');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Zeta Analytics' })).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('people');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  });

  test('an unknown address shows “Page not found” inside the app', async ({ page }) => {
    await page.goto('/#/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  test('the directory is one Tab stop: arrow keys move between people', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    const people = page.getByRole('list', { name: 'People to add' });
    const first = people.getByRole('button').first();
    await first.focus();
    const firstName = await first.getAttribute('aria-label');
    await page.keyboard.press('ArrowDown');
    const focused = page.locator(':focus');
    await expect(focused).not.toHaveAttribute('aria-label', firstName!);
    await expect(people.locator('[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(focused).toHaveAttribute('aria-label', /Drag .* to a team/);
    await page.keyboard.press('Tab');
    await expect(people.locator(':focus')).toHaveCount(0);
  });
});

test.describe('People as a working table', () => {
  test('sorts by allocation, filters over-allocated and shared people, and edits a person’s teams from the row', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    const table = page.getByRole('table', { name: 'People' });
    await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await table.getByRole('button', { name: 'Allocation' }).click();
    await table.getByRole('button', { name: 'Allocation' }).click();
    await expect(table.getByRole('columnheader', { name: 'Allocation' })).toHaveAttribute('aria-sort', 'descending');
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow.getByRole('cell').nth(3)).toHaveText(/^1[0-9]{2}% over$/);

    await page.getByLabel('Allocation', { exact: true }).selectOption({ label: 'Over-allocated (over 100%)' });
    await expect(page.getByText(/^Showing 1 of \d+ people$/)).toBeVisible();
    const name = (await firstRow.getByRole('cell').first().locator('span').first().textContent())!.trim();
    await page.screenshot({ path: testInfo.outputPath('people-over-allocated.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Fix it from the row: lower one allocation so the total is 100 %.
    await page.getByRole('button', { name: `Teams of ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Teams of ${name}` });
    const inputs = dialog.getByRole('spinbutton');
    const values = await inputs.evaluateAll((all) => all.map((i) => Number((i as HTMLInputElement).value)));
    const total = values.reduce((a, b) => a + b, 0);
    await inputs.first().fill(String(values[0]! - (total - 100)));
    await expect(dialog.getByRole('status')).toHaveText('In all: 100%.');
    await expect(dialog.getByRole('button', { name: 'Save teams' })).toBeInViewport();
    await dialog.getByRole('button', { name: 'Save teams' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Showing 0 of \d+ people$/)).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'People' }).click();
    await page.keyboard.press('Control+z');
    await expect(page.getByText(/^Showing 1 of \d+ people$/)).toBeVisible();

    await page.getByLabel('Allocation', { exact: true }).selectOption({ label: 'Shared (on 2 teams or more)' });
    await expect(page.getByText(/^Showing [1-9]\d* of \d+ people$/)).toBeVisible();
    await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toContainText(' · ');
  });
});

test.describe('Small laptops', () => {
  test('every dialog’s main button is in view at 1024×700, and Settings has its own section navigation', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const board = new TeamsBoard(page);
    await loadSample(board);
    await page.getByRole('button', { name: 'New team' }).click();
    await expect(page.getByRole('dialog', { name: 'New team' }).getByRole('button', { name: 'Create team' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'New team' })).toBeFocused();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('dialog', { name: 'Add person' }).getByRole('button', { name: /^(Add person|Save)/ })).toBeInViewport();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import people', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Import people from a file' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('import-1024.png') });
    await page.keyboard.press('Escape');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const sections = page.getByRole('navigation', { name: 'Settings sections' });
    await sections.getByRole('button', { name: 'Data and backups' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Backup and restore' })).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('settings-1024.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The collapsed sidebar still names every page, and expands on request.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Teams' })).toBeVisible();
    await nav.getByRole('button', { name: 'Expand the sidebar' }).click();
    await expect(nav.getByText('Teamshape')).toBeVisible();
    await nav.getByRole('button', { name: 'Collapse the sidebar' }).click();
  });
});

import type { Page } from '@playwright/test';
import { expect, seriousA11yViolations, test } from './fixtures';
import { TeamsBoard } from './pages/TeamsBoard';
import { Scenarios } from './pages/Scenarios';

async function openDesign(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
}

async function addInteraction(page: Page, provider: string, consumer: string, mode: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add interaction' });
  await form.getByLabel('Providing team').selectOption({ label: provider });
  await form.getByLabel('Consuming team').selectOption({ label: consumer });
  await form.getByLabel('Mode').selectOption({ label: mode });
  await form.getByLabel('Start').fill('2026-10-01');
  await form.getByRole('button', { name: 'Add interaction' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved: ${provider.replace(/[&]/g, '\\$&')} → `));
}

const SIZES = [{ width: 1440, height: 900 }, { width: 1024, height: 700 }] as const;

test.describe('Scenarios and organisation design', () => {
  test('split and merge carry interactions along; the comparison lists type, group and interaction changes as links', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const shoot = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: testInfo.outputPath(`${name}-${size.width}.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    };
    const board = new TeamsBoard(page);
    const scenarios = new Scenarios(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(board.card('Payments Platform')).toBeVisible();

    // Live: Cloud Infrastructure serves Payments Platform, which collaborates with Billing & Invoicing.
    await openDesign(page);
    await addInteraction(page, 'Cloud Infrastructure', 'Payments Platform', 'X-as-a-service');
    await addInteraction(page, 'Payments Platform', 'Billing & Invoicing', 'Collaboration');

    await scenarios.createDraft('Reshape');
    await scenarios.openTeam('Payments Platform');
    await page.getByRole('button', { name: 'Split…' }).click();
    const split = page.getByRole('dialog', { name: 'Split team' });
    await split.getByLabel('Part 1 name').fill('Payments Core');
    await split.getByLabel('Part 2 name').fill('Payments Risk');
    await expect(split.getByText('Payments Platform has 2 interactions and dependencies: each goes to one part, the first unless you choose another.')).toBeVisible();
    const collaboration = split.getByRole('combobox', { name: 'Part for Collaboration: this team → Billing & Invoicing' });
    await expect(collaboration).toHaveValue('0');
    await collaboration.selectOption({ label: 'Payments Risk' });
    await shoot('split-with-interactions');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await split.getByRole('button', { name: 'Split team' }).click();
    await expect(split).toBeHidden();

    await openDesign(page);
    const interactions = page.getByRole('table').filter({ hasText: 'Billing & Invoicing' }).first();
    await expect(interactions).toContainText('Payments Risk');
    await expect(interactions).toContainText('Payments Core');

    // Merge Payments Risk with Billing & Invoicing: their collaboration would be with itself, so it goes.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams', exact: true }).click();
    await page.getByRole('button', { name: 'Merge teams…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge teams' });
    await expect(merge).toContainText('Their interactions and dependencies move to the merged team');
    await merge.getByRole('checkbox', { name: 'Payments Risk' }).check();
    await merge.getByRole('checkbox', { name: 'Billing & Invoicing' }).check();
    await merge.getByLabel('Name of the merged team').fill('Money');
    await merge.getByRole('button', { name: 'Merge teams' }).click();
    await expect(merge).toBeHidden();

    // A type change on the draft, so the comparison has one of each.
    await scenarios.openTeam('Payments Core');
    await page.getByRole('button', { name: 'Edit team' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Payments Core' });
    await edit.getByLabel('Team type').selectOption({ label: 'Stream-aligned' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();

    await scenarios.banner.getByRole('link', { name: 'Compare with live' }).click();
    const changes = page.getByRole('list', { name: 'Changes in Reshape (draft)' });
    await expect(changes.getByRole('listitem')).toHaveText([
      // Compared with live, the merged part is part of both stories.
      /^SplitPayments Platform → Payments Core \+ Money$/,
      /^MergedPayments Platform \+ Billing & Invoicing → Money$/,
      /^TypePayments Core: No type → Stream-aligned$/,
      /^InteractionInteraction removed: Payments Platform → Billing & Invoicing \(collaboration\)$/,
    ]);
    await shoot('compare-design');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Each entry is a link to the team in its plan, reachable from the keyboard.
    const typeLink = changes.getByRole('link', { name: 'Payments Core: No type → Stream-aligned' });
    await typeLink.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Payments Core' })).toBeVisible();
    expect(page.url()).toMatch(/[?&]plan=/);
    await page.goBack();
    const removedLink = changes.getByRole('link', { name: /^Interaction removed: Payments Platform/ });
    await removedLink.click();
    // The collaboration's teams are both gone from the draft: the link opens the live team.
    await expect(page.getByRole('heading', { level: 1, name: 'Payments Platform' })).toBeVisible();
    expect(page.url()).not.toMatch(/[?&]plan=/);
    await page.goBack();

    // Undo the type change and the merge: the collaboration is back with Payments Risk.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(changes.getByRole('listitem')).toHaveText([/^SplitPayments Platform → Payments Core \+ Payments Risk$/]);
  });

  test('duplicate a draft: the copy has the same teams, people and interactions, so comparing it with the original finds no difference', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const board = new TeamsBoard(page);
    const scenarios = new Scenarios(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(board.card('Payments Platform')).toBeVisible();
    await scenarios.createDraft('Option A');
    const person = await scenarios.firstMember('Data Platform', 'Developer');
    await scenarios.move(person, 'Developer', 'Data Platform', 'Sales CRM');
    await openDesign(page);
    await addInteraction(page, 'Data Platform', 'Sales CRM', 'Facilitating');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('button', { name: 'Duplicate Option A…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await expect(dialog.getByLabel('Draft name')).toHaveValue('Option A (copy)');
    await expect(dialog.getByLabel('Start from').locator('option:checked')).toHaveText('A copy of the draft “Option A”');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: testInfo.outputPath(`duplicate-dialog-${size.width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(dialog).toBeHidden();
    await expect(scenarios.banner).toContainText('Editing the draft Option A (copy)');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams', exact: true }).click();
    // Cards show short names ("Uma C.").
    await expect(board.card('Sales CRM')).toContainText(`${person.split(' ')[0]} ${person.split(' ').at(-1)![0]}.`);

    // Against the original: nothing differs. Against live: the same move and interaction as the original.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
    await page.getByRole('link', { name: 'Compare Option A (copy) with live' }).click();
    const withLive = page.getByRole('list', { name: 'Changes in Option A (copy) (draft)' }).getByRole('listitem');
    await expect(withLive).toHaveText([
      /^InteractionInteraction added: Data Platform → Sales CRM \(facilitating, 2026-10-01 to open end\)$/,
      new RegExp(`^Moved${person}: Data Platform \\(Developer, 100%\\) → Sales CRM \\(Developer, 100%\\)$`),
    ]);
    await page.getByLabel('Baseline').selectOption({ label: 'Option A (draft)' });
    await expect(page.getByRole('heading', { name: 'Option A (copy) (draft): 0 changes' })).toBeVisible();
    await expect(page.getByText('No differences: the plans have the same teams, people, roles, allocations, groups, interactions and dependencies.')).toBeVisible();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: testInfo.outputPath('duplicate-compare-1440.png') });
  });
});

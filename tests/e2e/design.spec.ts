import { expect, seriousA11yViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { TeamsBoard } from './pages/TeamsBoard';

async function openTeam(page: Page, name: string): Promise<void> {
  const board = new TeamsBoard(page);
  await board.open();
  const card = await board.findCard(name);
  await card.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function editTeam(page: Page, name: string, fields: { type?: string; group?: string }): Promise<void> {
  await openTeam(page, name);
  await page.getByRole('button', { name: 'Edit team' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  if (fields.type) await dialog.getByLabel('Team type').selectOption({ label: fields.type });
  if (fields.group) await dialog.getByLabel('Group').selectOption({ label: fields.group });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
}

async function addInteraction(page: Page, provider: string, consumer: string, mode: string, start: string, end = ''): Promise<void> {
  const form = page.getByRole('form', { name: 'Add interaction' });
  await form.getByLabel('Providing team').selectOption({ label: provider });
  await form.getByLabel('Consuming team').selectOption({ label: consumer });
  await form.getByLabel('Mode').selectOption({ label: mode });
  await form.getByLabel('Start').fill(start);
  await form.getByLabel('Expected end').fill(end);
  await form.getByRole('button', { name: 'Add interaction' }).click();
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^Saved: ${provider.replace(/[&]/g, '\\$&')} → `));
}

test.describe('Organisation design: team types, groups and interactions', () => {
  test('the sample’s teams get types and a group, three interactions are added, and the findings follow', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const board = new TeamsBoard(page);
    await board.open();
    await page.getByRole('button', { name: 'Load sample organisation' }).click();
    await expect(page.getByText(/^12 teams · \d+ people/)).toBeVisible();

    // A platform team is checked against the Platform principles, named in the finding.
    await editTeam(page, 'Cloud Infrastructure', { type: 'Platform' });
    await expect(page.getByText('Platform — Provides internal services other teams consume as a service')).toBeVisible();
    const findings = page.getByRole('list', { name: /findings/i });
    await expect(findings).toContainText('No architect: platform teams need at least one architect.');
    await expect(findings).toContainText('Platform principles');
    await expect(findings).toContainText('No team consumes this platform team as a service');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation design' })).toBeVisible();
    const groupForm = page.getByRole('form', { name: 'Add group' });
    await groupForm.getByLabel('Group name').fill('Core tribe');
    await groupForm.getByRole('button', { name: 'Add group' }).click();
    await expect(groupForm.getByRole('status')).toHaveText(/^Saved the group “Core tribe”/);

    await editTeam(page, 'Identity & Access', { type: 'Enabling', group: 'Core tribe (Tribe)' });
    await editTeam(page, 'Cloud Infrastructure', { group: 'Core tribe (Tribe)' });
    await expect(page.getByText('Tribe: Core tribe')).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).click();
    await addInteraction(page, 'Cloud Infrastructure', 'Customer Portal', 'X-as-a-service', '2026-10-01');
    await addInteraction(page, 'Identity & Access', 'Payments Platform', 'Facilitating', '2026-11-01', '2026-12-31');
    await addInteraction(page, 'Payments Platform', 'Billing & Invoicing', 'Collaboration', '2026-06-01');

    const ruleFindings = page.getByRole('list', { name: 'Interaction findings' });
    await expect(ruleFindings).toContainText('The collaboration between “Payments Platform” and “Billing & Invoicing” has lasted 168 days with no end date, longer than 91 days');
    await expect(ruleFindings).not.toContainText('platform team as a service');
    await expect(page.getByRole('table').first()).toContainText('Identity & Access');
    const groups = page.getByRole('region', { name: 'Teams of teams' });
    await expect(groups).toContainText('2 of at most 8');

    // Editing a group's limit: the form shows the group's stored value, and the table follows.
    await groups.getByRole('button', { name: 'Edit group Core tribe' }).click();
    const edit = groups.getByRole('form', { name: 'Edit group Core tribe' });
    await expect(edit.getByLabel('At most teams')).toHaveValue('8');
    await edit.getByLabel('At most teams').fill('1');
    for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await edit.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`design-group-edit-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await edit.getByRole('button', { name: 'Save group' }).click();
    await expect(groups.getByRole('status')).toHaveText('Saved the group “Core tribe”: at most 1 team and 150 people.');
    await expect(groups).toContainText('2 of at most 1');
    await groups.getByRole('button', { name: 'Edit group Core tribe' }).click();
    await expect(groups.getByRole('form', { name: 'Edit group Core tribe' }).getByLabel('At most teams')).toHaveValue('1');
    await groups.getByRole('form', { name: 'Edit group Core tribe' }).getByRole('button', { name: 'Cancel' }).click();

    // A team cannot interact with itself: said plainly, nothing saved.
    const form = page.getByRole('form', { name: 'Add interaction' });
    await form.getByLabel('Providing team').selectOption({ label: 'Sales CRM' });
    await form.getByLabel('Consuming team').selectOption({ label: 'Sales CRM' });
    await form.getByRole('button', { name: 'Add interaction' }).click();
    await expect(form.getByRole('alert')).toHaveText('A team cannot interact with itself: pick two different teams.');
    await expect(page.getByText('3 interactions', { exact: false })).toBeVisible();

    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('design-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: testInfo.outputPath('design-1024.png'), fullPage: true });

    await openTeam(page, 'Cloud Infrastructure');
    await expect(page.getByRole('list', { name: /findings/i })).not.toContainText('No team consumes this platform team');
    await page.screenshot({ path: testInfo.outputPath('team-platform-1024.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await board.open();
    await page.getByLabel('Find a team').fill('');
    await page.screenshot({ path: testInfo.outputPath('board-types-1440.png') });
  });
});

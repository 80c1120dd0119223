import { expect, type Locator, type Page } from '@playwright/test';

/** The scenario screens as a person uses them: the plan bar, drafts, the comparison, promotion. */
export class Scenarios {
  /** The sidebar's plan switcher (mark, plan shown, New draft…). */
  readonly switcher: Locator;
  /** Above the page while a draft or archived plan is shown, and after a scenario action. */
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.switcher = page.getByRole('region', { name: 'Plan', exact: true });
    this.banner = page.getByRole('region', { name: 'Plan banner' });
  }

  async createDraft(name: string, from = 'A copy of the live organisation'): Promise<void> {
    await this.switcher.getByRole('button', { name: 'New draft…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New draft' });
    await dialog.getByLabel('Draft name').fill(name);
    await dialog.getByLabel('Start from').selectOption({ label: from });
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.switcher.getByLabel('Plan shown').locator('option:checked')).toHaveText(name);
    await expect(this.banner).toContainText(`Editing the draft ${name}`);
  }

  /** A team's page of the plan shown, from the board's search. */
  async openTeam(name: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Teams', exact: true }).click();
    await this.page.getByLabel('Find a team').fill(name);
    await this.page.getByRole('list', { name: 'Teams' }).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The name of the first member of a team in a role, read from the team's page. */
  async firstMember(team: string, role: string): Promise<string> {
    await this.openTeam(team);
    const remove = this.page.getByRole('button', { name: new RegExp(`^Remove .+ as ${role}$`) }).first();
    const label = (await remove.getAttribute('aria-label'))!;
    return label.replace(/^Remove /, '').replace(new RegExp(` as ${role}$`), '');
  }

  /** Moves someone from one team to another: removed from the first, added to the second. */
  async move(person: string, role: string, from: string, to: string): Promise<void> {
    await this.openTeam(from);
    await this.page.getByRole('button', { name: `Remove ${person} as ${role}` }).click();
    await expect(this.page.getByRole('button', { name: `Remove ${person} as ${role}` })).toHaveCount(0);
    await this.openTeam(to);
    await this.page.getByRole('button', { name: 'Add member' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add to ${to}` });
    await dialog.getByLabel('Find a person').fill(person);
    await dialog.getByLabel('Person', { exact: true }).selectOption({ index: 0 });
    await dialog.getByLabel('Role').selectOption({ label: role });
    await dialog.getByLabel('Allocation (%)').fill('100');
    await dialog.getByRole('button', { name: 'Add to team' }).click();
    await expect(dialog).toBeHidden();
  }

  async openVacancy(team: string, role: string): Promise<void> {
    await this.openTeam(team);
    await this.page.getByRole('button', { name: 'Add member' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add to ${team}` });
    await dialog.getByLabel('Person', { exact: true }).selectOption({ label: 'To hire — an open role, nobody yet' });
    await dialog.getByLabel('Role').selectOption({ label: role });
    await dialog.getByLabel('Allocation (%)').fill('100');
    await dialog.getByRole('button', { name: 'Add open role' }).click();
    await expect(dialog).toBeHidden();
  }
}

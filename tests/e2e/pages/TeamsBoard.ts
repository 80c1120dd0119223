import { expect, type Locator, type Page } from '@playwright/test';

/** The Teams page as a person uses it: by role and label, never by CSS class. */
export class TeamsBoard {
  readonly board: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByRole('list', { name: 'Teams' });
  }

  async open(): Promise<void> {
    await this.page.goto('/#/teams');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  }

  card(name: string): Locator {
    return this.board.getByRole('article', { name });
  }

  /** The board is virtualised: narrow it to one team so its card is rendered wherever it sits. */
  async findCard(name: string): Promise<Locator> {
    await this.page.getByLabel('Find a team').fill(name);
    return this.card(name);
  }

  async createTeam(fields: { name: string; service?: string; mission?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'New team' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New team' });
    await dialog.getByLabel('Team name').fill(fields.name);
    if (fields.service) await dialog.getByLabel('Services it owns').fill(fields.service);
    if (fields.mission) await dialog.getByLabel('Mission').fill(fields.mission);
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await expect(dialog).toBeHidden();
  }

  async renameTeam(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit ${from}` });
    await dialog.getByLabel('Team name').fill(to);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
  }

  async deleteTeam(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    const dialog = this.page.getByRole('alertdialog', { name: `Delete ${name}?` });
    await dialog.getByRole('button', { name: 'Delete team' }).click();
    await expect(dialog).toBeHidden();
    // The card goes at once; the toast comes once the delete is saved (a reload before it would undo it).
    await expect(this.page.getByText(new RegExp(`^Saved: Delete team .${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.`))).toBeVisible();
  }
}

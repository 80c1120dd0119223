import { expect, type Locator, type Page } from '@playwright/test';

/** One team's page: members grouped by role and its health findings. */
export class TeamDetail {
  readonly findings: Locator;

  constructor(
    readonly page: Page,
    readonly teamName: string,
  ) {
    this.findings = page.getByRole('list', { name: `Health findings for ${teamName}` });
  }

  async openFromBoard(): Promise<void> {
    await this.page.getByLabel('Find a team').fill(this.teamName);
    await this.page.getByRole('list', { name: 'Teams' }).getByRole('link', { name: this.teamName, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.teamName })).toBeVisible();
  }

  finding(text: string | RegExp): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: text });
  }

  roleGroup(role: string): Locator {
    return this.page.getByRole('region', { name: role, exact: true });
  }

  async removeMember(person: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${person} as ${role}` }).click();
  }

  async addMember(person: string, role: string, allocation: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Add member' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Add to ${this.teamName}` });
    await dialog.getByLabel('Find a person').fill(person);
    await dialog.getByLabel('Person', { exact: true }).selectOption({ index: 0 });
    await dialog.getByLabel('Role').selectOption({ label: role });
    await dialog.getByLabel('Allocation (%)').fill(String(allocation));
    await dialog.getByRole('button', { name: 'Add to team' }).click();
    await expect(dialog).toBeHidden();
  }
}

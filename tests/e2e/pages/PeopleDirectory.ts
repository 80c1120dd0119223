import { expect, type Locator, type Page } from '@playwright/test';

export class PeopleDirectory {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: 'People' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  }

  async importCsv(path: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import people from CSV' });
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose CSV file…' }).click();
    await (await chooser).setFiles(path);
    return dialog;
  }

  /** The data rows (not the header row). */
  rows(): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search people').fill(text);
  }
}

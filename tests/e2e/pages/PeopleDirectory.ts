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

  /** Opens the people import and chooses a file (a path, or a name and bytes built by the test). */
  async importPeople(file: string | { name: string; bytes: Uint8Array }): Promise<Locator> {
    return this.importInto('Import people', 'Import people from a file', file);
  }

  /** Opens the team memberships import and chooses a file. */
  async importMemberships(file: string | { name: string; bytes: Uint8Array }): Promise<Locator> {
    return this.importInto('Import team memberships', 'Import team memberships', file);
  }

  /** In an open import dialog, chooses another file. */
  async importPeopleAgain(dialog: Locator, file: { name: string; bytes: Uint8Array }): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose another file…' }).or(dialog.getByRole('button', { name: 'Choose file…' })).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
    return dialog;
  }

  private async importInto(button: string, title: string, file: string | { name: string; bytes: Uint8Array }): Promise<Locator> {
    await this.page.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog', { name: title });
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles(typeof file === 'string' ? file : { name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
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

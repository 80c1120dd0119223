import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The data-safety sections of Settings as a person uses them: by role and label. */
export class BackupSettings {
  readonly section: Locator;
  readonly status: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Backup and restore' });
    this.status = this.section.getByRole('status');
    this.problems = this.section.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(this.section).toBeVisible();
  }

  /** Clicks "Back up now" and saves the downloaded file at `path`. */
  async backUpTo(path: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section.getByRole('button', { name: 'Back up now' }).click();
    const file = await download;
    await file.saveAs(path);
    // The page cannot see the Downloads folder: it says what it asked for, never "saved".
    await expect(this.status).toContainText(`Your browser was asked to download ${file.suggestedFilename()}. Check it is in your Downloads folder`);
    return file;
  }

  async chooseMode(mode: 'Replace' | 'Merge'): Promise<void> {
    const label = mode === 'Replace' ? 'Replace my workspace with the backup' : 'Merge the backup into my workspace';
    await this.section.getByRole('radio', { name: label }).check();
  }

  /** Picks a file through the file chooser, as "Restore from file…" opens it. */
  async pickFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.section.getByRole('button', { name: 'Restore from file…' }).click();
    await (await chooser).setFiles(file);
  }

  confirmDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /**
   * Confirms the restore: it is built in a new database, the app switches to it and the window
   * reloads; the reloaded Settings page says what was restored.
   */
  async confirmRestore(buttonName: 'Replace workspace' | 'Merge backup'): Promise<void> {
    const reloaded = this.page.waitForEvent('load');
    await this.confirmDialog().getByRole('button', { name: buttonName }).click();
    await reloaded;
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  snapshots(): Locator {
    return this.section.getByRole('list', { name: 'Snapshots before restores' });
  }

  /** "Undo restore" on the newest snapshot, confirmed; the window reloads onto it. */
  async undoRestore(): Promise<void> {
    await this.snapshots().getByRole('button', { name: 'Undo restore' }).first().click();
    const reloaded = this.page.waitForEvent('load');
    await this.page.getByRole('alertdialog', { name: 'Go back to the workspace before the restore?' }).getByRole('button', { name: 'Undo restore' }).click();
    await reloaded;
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }
}

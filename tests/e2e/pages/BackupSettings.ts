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
    await expect(this.status).toContainText(`Backup saved to your Downloads folder as ${file.suggestedFilename()}`);
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
   * Confirms the restore. Without a save picker the browser is asked to download the safety copy
   * first, and the app then asks whether the file arrived (see `safetyCopyCheck`).
   */
  async confirmRestore(buttonName: 'Replace workspace' | 'Merge backup'): Promise<Download> {
    const dialog = this.confirmDialog();
    const safetyCopy = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: buttonName }).click();
    const download = await safetyCopy;
    await expect(this.page.getByRole('alertdialog', { name: /^(Replace|Merge)/ })).toHaveCount(0);
    return download;
  }

  /** The question after a downloaded safety copy: is the file in the Downloads folder? */
  safetyCopyCheck(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Do you have the safety copy?' });
  }

  /** Answers the safety-copy question: the file is there (Replace / Merge), or Cancel. */
  async answerSafetyCopyCheck(buttonName: 'Replace' | 'Merge' | 'Cancel'): Promise<void> {
    await this.safetyCopyCheck().getByRole('button', { name: buttonName, exact: true }).click();
    await expect(this.safetyCopyCheck()).toBeHidden();
  }
}

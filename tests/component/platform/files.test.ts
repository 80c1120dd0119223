import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTextFile, saveTextFile } from '../../../renderer/platform/files';

const filters = [{ name: 'Roster', extensions: ['csv', 'txt'] }];

function installBridge(bridge: Record<string, unknown>): void {
  (window as unknown as Record<string, unknown>).teamshape = bridge;
}
afterEach(() => {
  delete (window as unknown as Record<string, unknown>).teamshape;
  vi.restoreAllMocks();
});

describe('files in the desktop app go through the bridge’s native dialogs', () => {
  it('opens a file with the native open dialog, passing the filters', async () => {
    const fileOpenText = vi.fn(async () => ({ ok: true, value: { name: 'roster.csv', content: 'name\nAna' } }));
    installBridge({ fileOpenText });
    await expect(openTextFile(filters)).resolves.toEqual({ name: 'roster.csv', content: 'name\nAna' });
    expect(fileOpenText).toHaveBeenCalledWith({ filters });
  });

  it('returns null when the user cancels, and explains a refusal', async () => {
    installBridge({ fileOpenText: async () => ({ ok: true, value: null }) });
    await expect(openTextFile(filters)).resolves.toBeNull();
    installBridge({ fileOpenText: async () => ({ ok: false, error: 'roster.csv is too large to open' }) });
    await expect(openTextFile(filters)).rejects.toThrow('roster.csv is too large to open');
  });

  it('saves with the native save dialog', async () => {
    const fileSaveText = vi.fn(async () => ({ ok: true, value: '/Users/ana/backup.json' }));
    installBridge({ fileSaveText });
    await expect(saveTextFile('backup.json', '{}', [{ name: 'Backup', extensions: ['json'] }])).resolves.toEqual({
      saved: true,
      where: '/Users/ana/backup.json',
    });
  });
});

describe('files in a browser go through the file picker', () => {
  it('opens the picker for the same extensions and reads the chosen file', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.csv,.txt');
      Object.defineProperty(this, 'files', { value: [new File(['name\nZoë'], 'roster.csv')] });
      this.dispatchEvent(new Event('change'));
    });
    await expect(openTextFile(filters)).resolves.toEqual({ name: 'roster.csv', content: 'name\nZoë' });
    expect(click).toHaveBeenCalled();
  });

  it('resolves null when the picker is cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    await expect(openTextFile(filters)).resolves.toBeNull();
  });
});

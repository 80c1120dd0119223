import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { exportWorkspaceText } from '../../../renderer/db/backup';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { BackupRestore } from '../../../renderer/features/settings/BackupRestore';
import { renderWithDb } from '../renderWithDb';

type Win = Record<string, unknown>;

/** A file the fake save picker hands out: keeps what was written, and can fail or lose bytes. */
function fakeFile(name: string, trouble: { failWrite?: string; lose?: number } = {}) {
  let written = new Blob([]);
  const handle = {
    name,
    kind: 'file',
    createWritable: vi.fn(async () => {
      let pending = new Blob([]);
      return {
        write: async (data: Blob) => {
          if (trouble.failWrite) throw new DOMException(trouble.failWrite, 'QuotaExceededError');
          pending = data;
        },
        close: async () => {
          written = pending.slice(0, pending.size - (trouble.lose ?? 0));
        },
      };
    }),
    getFile: vi.fn(async () => new File([written], name)),
  };
  return { handle, text: () => written.text() };
}

function installPicker(picker: (...args: unknown[]) => Promise<unknown>) {
  const fake = vi.fn(picker);
  (window as unknown as Win).showSaveFilePicker = fake;
  return fake;
}

let downloads: string[] = [];
beforeEach(() => {
  downloads = [];
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:safety-copy'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  delete (window as unknown as Win).showSaveFilePicker;
  vi.restoreAllMocks();
});

/** A workspace whose team was deleted after `text` (its backup) was made. */
async function deletedSinceBackup(db: TeamshapeDb) {
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
  const { text } = await exportWorkspaceText(db, '0.1.0');
  await deleteTeam(db, team.id);
  return { team, text };
}

/** Chooses `text` in the browser's file input through "Restore from file…", then confirms the replace. */
async function replaceWith(user: ReturnType<typeof userEvent.setup>, text: string) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    Object.defineProperty(this, 'files', { value: [new File([text], 'backup.json')] });
    this.dispatchEvent(new Event('change'));
  });
  await user.click(screen.getByRole('button', { name: 'Restore from file…' }));
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace your workspace with this backup?' });
  return dialog;
}

const isDeleted = async (db: TeamshapeDb, id: string) => (await db.teams.get(id))?.deletedAt !== null;

describe('restoring in a browser with a save picker (Chromium)', () => {
  it('writes the safety copy to the picked file, reads its size back, then replaces and names the file', async () => {
    const file = fakeFile('before-restore.json');
    const picker = installPicker(async () => file.handle);
    const user = userEvent.setup();
    const { db } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    const dialog = await replaceWith(user, text);
    expect(dialog).toHaveTextContent('First, Teamshape asks where to save a copy of your current data, and checks it was written.');
    await user.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Restored backup.json: 1 team'));
    expect(screen.getByRole('status')).toHaveTextContent('Your data from before was saved to before-restore.json.');
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: expect.stringMatching(/^teamshape-before-restore-.+\.json$/) }));
    expect(file.handle.getFile).toHaveBeenCalled();
    expect(JSON.parse(await file.text()).tables.teams[0].deletedAt).not.toBeNull();
    expect(downloads).toEqual([]);
    expect(await isDeleted(db, team.id)).toBe(false);
  });

  it('replaces nothing when the safety copy cannot be written, and says why', async () => {
    installPicker(async () => fakeFile('before-restore.json', { failWrite: 'The disk is full' }).handle);
    const user = userEvent.setup();
    const { db } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    await user.click(within(await replaceWith(user, text)).getByRole('button', { name: 'Replace workspace' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('backup.json was not restored. Nothing was changed.');
    expect(alert).toHaveTextContent('The safety copy could not be saved, so nothing was restored: before-restore.json could not be written: The disk is full');
    expect(screen.getByRole('status')).not.toHaveTextContent('saved to');
    expect(await isDeleted(db, team.id)).toBe(true);
  });

  it('replaces nothing when the file read back is shorter than what was written', async () => {
    installPicker(async () => fakeFile('before-restore.json', { lose: 10 }).handle);
    const user = userEvent.setup();
    const { db } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    await user.click(within(await replaceWith(user, text)).getByRole('button', { name: 'Replace workspace' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/before-restore\.json holds [\d,]+ bytes instead of [\d,]+: it was not written completely\./);
    expect(await isDeleted(db, team.id)).toBe(true);
  });

  it('falls back to a download when the picker is cancelled, and replaces only once the user confirms they have it', async () => {
    installPicker(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const user = userEvent.setup();
    const { db } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    await user.click(within(await replaceWith(user, text)).getByRole('button', { name: 'Replace workspace' }));

    const check = await screen.findByRole('alertdialog', { name: 'Do you have the safety copy?' });
    expect(downloads).toEqual([expect.stringMatching(/^teamshape-before-restore-.+\.json$/)]);
    expect(check).toHaveTextContent(`Your browser was asked to download ${downloads[0]}. Check it is in your Downloads folder, then choose Replace.`);
    expect(await isDeleted(db, team.id)).toBe(true);

    await user.click(within(check).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Restored backup.json: 1 team'));
    expect(screen.getByRole('status')).toHaveTextContent(`Your data from before is in ${downloads[0]}, the download you confirmed.`);
    expect(await isDeleted(db, team.id)).toBe(false);
  });
});

describe('restoring in a browser without a save picker', () => {
  it('asks the browser to download the safety copy and changes nothing when the user cancels', async () => {
    const user = userEvent.setup();
    const { db } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    const dialog = await replaceWith(user, text);
    expect(dialog).toHaveTextContent('First, your browser is asked to download a copy of your current data. You confirm it is in your Downloads folder before anything is changed.');
    await user.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    const check = await screen.findByRole('alertdialog', { name: 'Do you have the safety copy?' });
    expect(downloads).toHaveLength(1);
    await user.click(within(check).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing was restored: your workspace is unchanged.'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await isDeleted(db, team.id)).toBe(true);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { exportWorkspaceText } from '../../../renderer/db/backup';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import type { TeamshapeDb } from '../../../renderer/db/database';
import { BackupRestore } from '../../../renderer/features/settings/BackupRestore';
import { reloadApp } from '../../../renderer/platform/reload';
import { cleanup } from '@testing-library/react';
import { DbProvider } from '../../../renderer/db/context';
import { TeamshapeDb as Db } from '../../../renderer/db/database';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { currentWorkspaceName } from '../../../renderer/db/workspaceDirectory';
import { renderWithDb, switchedDb } from '../renderWithDb';

vi.mock('../../../renderer/platform/reload', () => ({ reloadApp: vi.fn() }));

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
  vi.mocked(reloadApp).mockClear();
  sessionStorage.clear();
});

/** A workspace whose team was deleted after `text` (its backup) was made. */
async function deletedSinceBackup(db: TeamshapeDb) {
  const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
  const { text } = await exportWorkspaceText(db, '0.1.0');
  await deleteTeam(db, team.id);
  return { team, text };
}

/** Chooses `text` in the browser's file input through "Restore from file…"; the confirmation opens. */
async function replaceWith(user: ReturnType<typeof userEvent.setup>, text: string) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    Object.defineProperty(this, 'files', { value: [new File([text], 'backup.json')] });
    this.dispatchEvent(new Event('change'));
  });
  await user.click(screen.getByRole('button', { name: 'Restore from file…' }));
  return screen.findByRole('alertdialog', { name: 'Replace your workspace with this backup?' });
}

describe('restoring in a browser', () => {
  it('asks for no download: builds the restore in a new database, switches, reloads and keeps the old workspace as a snapshot', async () => {
    const picker = installPicker(async () => fakeFile('unused.json').handle);
    const user = userEvent.setup();
    const { db, directory } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);

    const dialog = await replaceWith(user, text);
    expect(dialog).toHaveTextContent('Your workspace as it is now is kept, unchanged, for 7 days: “Undo restore” in Settings brings it back.');
    expect(dialog).not.toHaveTextContent('backups folder');
    await user.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
    expect(picker).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
    expect((await db.teams.get(team.id))?.deletedAt).not.toBeNull(); // the old workspace, untouched
    const restored = await switchedDb(directory);
    expect((await restored.teams.get(team.id))?.deletedAt).toBeNull();
    restored.close();
    expect(sessionStorage.getItem('teamshape.restoreNotice')).toBe(
      'Restored backup.json: 1 team, 0 people, 0 objectives and 0 check-ins. Your workspace from before is kept for 7 days: “Undo restore” below brings it back.',
    );
  });

  it('after the reload, says what was restored and offers “Undo restore”, which goes back to the snapshot', async () => {
    const user = userEvent.setup();
    const { db, directory } = await renderWithDb(<BackupRestore />, '/settings');
    const { team, text } = await deletedSinceBackup(db);
    await user.click(within(await replaceWith(user, text)).getByRole('button', { name: 'Replace workspace' }));
    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));

    // The reload: the same screen, now on the database the restore switched to.
    cleanup();
    const restored = new Db(await currentWorkspaceName(directory));
    await restored.open();
    render(
      <DbProvider db={restored} directory={directory}>
        <MemoryRouter initialEntries={['/settings']}>
          <BackupRestore />
        </MemoryRouter>
      </DbProvider>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Restored backup.json: 1 team');
    const snapshots = await screen.findByRole('list', { name: 'Snapshots before restores' });
    expect(snapshots).toHaveTextContent('Before restoring backup.json');
    expect(snapshots).toHaveTextContent('0 teams, 0 people, 0 objectives and 0 check-ins');

    await user.click(within(snapshots).getByRole('button', { name: 'Undo restore' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Go back to the workspace before the restore?' });
    await user.click(within(confirm).getByRole('button', { name: 'Undo restore' }));
    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(2));
    expect(await currentWorkspaceName(directory)).toBe(db.name);
    expect((await db.teams.get(team.id))?.deletedAt).not.toBeNull();
    expect(sessionStorage.getItem('teamshape.restoreNotice')).toMatch(/^Your workspace is back as it was on .+: 0 teams, 0 people, 0 objectives and 0 check-ins\. The workspace you left is kept as a snapshot for 7 days\.$/);
    restored.close();
  });
});

describe('“Back up now” in a browser says no more than it verified', () => {
  it('with the save picker: writes the backup, reads its size back, and names the file', async () => {
    const file = fakeFile('my-backup.teamshape.gz');
    const picker = installPicker(async () => file.handle);
    const user = userEvent.setup();
    await renderWithDb(<BackupRestore />, '/settings');
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Backup saved to my-backup.teamshape.gz.'));
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: expect.stringMatching(/^teamshape-backup-\d{4}-\d{2}-\d{2}\.teamshape\.gz$/) }));
    expect(file.handle.getFile).toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('says the backup was not saved when the file read back is shorter than what was written', async () => {
    installPicker(async () => fakeFile('my-backup.teamshape.gz', { lose: 10 }).handle);
    const user = userEvent.setup();
    await renderWithDb(<BackupRestore />, '/settings');
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The backup could not be made.');
    expect(alert).toHaveTextContent(/my-backup\.teamshape\.gz holds [\d,]+ bytes instead of [\d,]+: it was not written completely\./);
  });

  it('says nothing was saved when the picker is cancelled', async () => {
    installPicker(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const user = userEvent.setup();
    await renderWithDb(<BackupRestore />, '/settings');
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Backup was not saved: the save was cancelled.'));
    expect(downloads).toEqual([]);
  });

  it('without a picker: says the browser was asked to download it, never that it was saved', async () => {
    const user = userEvent.setup();
    await renderWithDb(<BackupRestore />, '/settings');
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Your browser was asked to download teamshape-backup-.+\.teamshape\.gz\. Check it is in your Downloads folder: Teamshape cannot see whether the download arrived\.$/));
    expect(screen.getByRole('status')).not.toHaveTextContent('saved');
    expect(downloads).toHaveLength(1);
  });
});

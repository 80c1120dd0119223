import { gunzipSync } from 'node:zlib';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/bridge';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { exportWorkspace, exportWorkspaceText } from '../../../renderer/db/backup';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import { BackupRestore } from '../../../renderer/features/settings/BackupRestore';
import { reloadApp } from '../../../renderer/platform/reload';
import { renderWithDb, switchedDb } from '../renderWithDb';

vi.mock('../../../renderer/platform/reload', () => ({ reloadApp: vi.fn() }));

const FOLDER = '/home/ana/.config/Teamshape/backups';

/** The desktop bridge as the preload exposes it, with main's backup channels faked. */
function desktop() {
  const uploads = new Map<string, Buffer[]>();
  const bridge = {
    uploads,
    backupUpload: vi.fn(async ({ uploadId, base64 }: { uploadId: string; base64: string }) => {
      uploads.set(uploadId, [...(uploads.get(uploadId) ?? []), Buffer.from(base64, 'base64')]);
      return { ok: true, value: null };
    }),
    backupLocation: vi.fn(async () => ({ ok: true, value: { folder: FOLDER, daily: [] } })),
    backupList: vi.fn(async () => ({ ok: true, value: { folder: FOLDER, backups: [] } })),
    backupStatus: vi.fn(async () => ({ ok: true, value: { today: '2026-11-16', due: false, lastSuccessAt: null, lastFailure: null } })),
    backupWriteSafetyCopy: vi.fn(async () => ({ ok: true, value: `${FOLDER}/teamshape-before-restore-2026-11-16T09-00-00-000Z.json` })),
  };
  Object.assign(window, { [BRIDGE_GLOBAL]: bridge });
  return bridge;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(reloadApp).mockClear();
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
});

let accepted = '';

/** Chooses a file through "Restore from file…": the file input, for which Electron shows its native open dialog. */
async function restoreFrom(user: ReturnType<typeof userEvent.setup>, content: string | Uint8Array, name = 'backup.json') {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (this: HTMLInputElement) {
    accepted = this.accept;
    Object.defineProperty(this, 'files', { value: [new File([content as BlobPart], name)] });
    this.dispatchEvent(new Event('change'));
  });
  await user.click(screen.getByRole('button', { name: 'Restore from file…' }));
}

describe('restoring in the desktop app', () => {
  it('saves a copy in the backups folder, builds the restore in a new database, switches to it and reloads', async () => {
    const bridge = desktop();
    const user = userEvent.setup();
    const { db, directory } = await renderWithDb(<BackupRestore />, '/settings');
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    const { bytes } = await exportWorkspace(db, '0.1.0');
    await deleteTeam(db, team.id);

    await restoreFrom(user, bytes, 'backup.teamshape.gz');
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your workspace with this backup?' });
    expect(dialog).toHaveTextContent('Your workspace as it is now is kept, unchanged, for 7 days: “Undo restore” in Settings brings it back.');
    expect(dialog).toHaveTextContent(`A copy is also saved in the backups folder (${FOLDER}).`);
    await user.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
    expect(accepted).toBe('.gz,.json');
    expect(bridge.backupWriteSafetyCopy).toHaveBeenCalledTimes(1);
    const [{ uploadId }] = bridge.backupWriteSafetyCopy.mock.calls[0] as unknown as [{ uploadId: string }];
    // The copy is a format-3 backup of the workspace as it was: the team deleted.
    const lines = gunzipSync(Buffer.concat(bridge.uploads.get(uploadId)!)).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines.find((line) => line.t === 'teams').r.deletedAt).not.toBeNull();
    // The live database was not touched; the one switched to has the team back.
    expect((await db.teams.get(team.id))?.deletedAt).not.toBeNull();
    const restored = await switchedDb(directory);
    expect((await restored.teams.get(team.id))?.deletedAt).toBeNull();
    restored.close();
    const notice = sessionStorage.getItem('teamshape.restoreNotice') ?? '';
    expect(notice).toContain('Restored backup.teamshape.gz: 1 team');
    expect(notice).toContain(`A copy of your data from before was also saved to ${FOLDER}/teamshape-before-restore-`);
  });

  it('still restores when the copy in the backups folder cannot be written, and says so', async () => {
    const bridge = desktop();
    bridge.backupWriteSafetyCopy.mockResolvedValueOnce({ ok: false, error: 'The disk is read-only' } as never);
    const user = userEvent.setup();
    const { db, directory } = await renderWithDb(<BackupRestore />, '/settings');
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    const { text } = await exportWorkspaceText(db, '0.1.0');
    await deleteTeam(db, team.id);

    await restoreFrom(user, text);
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace workspace' }));

    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
    expect(sessionStorage.getItem('teamshape.restoreNotice')).toContain('A copy could not also be saved in the backups folder (The disk is read-only); the snapshot is your way back.');
    const restored = await switchedDb(directory);
    expect((await restored.teams.get(team.id))?.deletedAt).toBeNull();
    restored.close();
  });

  it('lists at most 20 problems of a broken file and says how many more there are', async () => {
    desktop();
    const user = userEvent.setup();
    await renderWithDb(<BackupRestore />, '/settings');
    const teams = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}` }));
    await restoreFrom(user, JSON.stringify({ teams }), 'old.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('old.json cannot be restored. Nothing was changed.');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent(/…and \d+ more\./);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

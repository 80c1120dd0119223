import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, type DailyBackupStatus, type RecoveryPoint } from '../../../shared/bridge';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { exportWorkspace } from '../../../renderer/db/backup';
import { createTeam, deleteTeam } from '../../../renderer/db/teams';
import { BackupRestore } from '../../../renderer/features/settings/BackupRestore';
import { reloadApp } from '../../../renderer/platform/reload';
import { renderWithDb, switchedDb } from '../renderWithDb';

vi.mock('../../../renderer/platform/reload', () => ({ reloadApp: vi.fn() }));

const FOLDER = '/home/ana/.config/Teamshape/backups';
/** Local times, so the expected text holds in every time zone. */
const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();
const SAFETY: RecoveryPoint = { name: 'teamshape-before-restore-2026-11-16T09-00-00-000Z.json', kind: 'safety', savedAt: at(16, 10), bytes: 2_400_000 };
const DAILY: RecoveryPoint = { name: 'teamshape-daily-2026-11-16.json', kind: 'daily', savedAt: at(16, 9), bytes: 52_000 };

/** The desktop bridge with main's backup channels faked: the folder holds `backups`, and reading one gives `content`. */
function desktop(backups: RecoveryPoint[], content = '{}', status: Partial<DailyBackupStatus> = {}) {
  const bridge = {
    backupLocation: vi.fn(async () => ({ ok: true, value: { folder: FOLDER, daily: [] } })),
    backupList: vi.fn(async () => ({ ok: true, value: { folder: FOLDER, backups } })),
    backupStatus: vi.fn(async () => ({ ok: true, value: { today: '2026-11-16', due: false, lastSuccessAt: at(16, 9), lastFailure: null, ...status } })),
    backupRead: vi.fn(
      async ({ name, offset }: { name: string; offset: number }) =>
        ({ ok: true, value: { name, offset, totalBytes: Buffer.byteLength(content), base64: Buffer.from(content).toString('base64') } }) as
          | { ok: true; value: { name: string; offset: number; totalBytes: number; base64: string } }
          | { ok: false; error: string },
    ),
    backupUpload: vi.fn(async () => ({ ok: true, value: null })),
    backupWriteSafetyCopy: vi.fn(async () => ({ ok: true, value: `${FOLDER}/teamshape-before-restore-2026-11-16T11-00-00-000Z.json` })),
  };
  Object.assign(window, { [BRIDGE_GLOBAL]: bridge });
  return bridge;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
});

describe('backups on this computer, in Settings', () => {
  it('lists safety copies and daily backups with their date and size, and the last successful backup', async () => {
    desktop([SAFETY, DAILY]);
    await renderWithDb(<BackupRestore />, '/settings');
    const list = await screen.findByRole('list', { name: 'Backups on this computer' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Safety copy made before a restore, 16 Nov 2026, 10:00, 2.3 MiB');
    expect(items[1]).toHaveTextContent('Daily backup, 16 Nov 2026, 09:00, 51 KiB');
    for (const item of items) expect(within(item).getByRole('button', { name: 'Restore this' })).toBeEnabled();
    expect(screen.getByText('Last successful backup: 16 Nov 2026, 09:00')).toBeInTheDocument();
  });

  it('says when the last automatic backup failed, and why', async () => {
    desktop([], '{}', { lastSuccessAt: null, lastFailure: { at: at(16, 8), reason: 'Teamshape could not write it: the disk is full. Free some disk space, then try again.' } });
    await renderWithDb(<BackupRestore />, '/settings');
    expect(await screen.findByText('Last successful backup: none yet')).toBeInTheDocument();
    expect(screen.getByText(/The automatic backup failed on 16 Nov 2026, 08:00: .*the disk is full/)).toBeInTheDocument();
  });

  it('restores a safety copy: reads it through the bridge, then the usual confirmation, safety copy and switch', async () => {
    const user = userEvent.setup();
    const bridge = desktop([SAFETY, DAILY]);
    const { db, directory } = await renderWithDb(<BackupRestore />, '/settings');
    const team = await createTeam(db, { planId: LIVE_PLAN_ID, name: 'Payments Platform' });
    const { bytes } = await exportWorkspace(db, '0.1.0');
    bridge.backupRead.mockResolvedValue({ ok: true, value: { name: SAFETY.name, offset: 0, totalBytes: bytes.length, base64: Buffer.from(bytes).toString('base64') } });
    await deleteTeam(db, team.id);

    const [safety] = within(await screen.findByRole('list', { name: 'Backups on this computer' })).getAllByRole('listitem');
    await user.click(within(safety!).getByRole('button', { name: 'Restore this' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace your workspace with this backup?' });
    expect(dialog).toHaveTextContent(`${SAFETY.name} has 1 team`);
    expect(bridge.backupRead).toHaveBeenCalledWith({ name: SAFETY.name, offset: 0 });
    await user.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    await waitFor(() => expect(reloadApp).toHaveBeenCalledTimes(1));
    expect(sessionStorage.getItem('teamshape.restoreNotice')).toContain(`Restored ${SAFETY.name}: 1 team`);
    expect(bridge.backupWriteSafetyCopy).toHaveBeenCalledTimes(1);
    const restored = await switchedDb(directory);
    expect((await restored.teams.get(team.id))?.deletedAt).toBeNull();
    restored.close();
  });

  it('says what went wrong when a backup cannot be read, and changes nothing', async () => {
    const user = userEvent.setup();
    const bridge = desktop([DAILY]);
    bridge.backupRead.mockResolvedValue({ ok: false, error: `${DAILY.name} is no longer in the backups folder (${FOLDER}). Choose another backup from the list.` });
    await renderWithDb(<BackupRestore />, '/settings');
    await user.click(await screen.findByRole('button', { name: 'Restore this' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${DAILY.name} could not be read. Nothing was changed.`);
    expect(alert).toHaveTextContent('Choose another backup from the list.');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(bridge.backupWriteSafetyCopy).not.toHaveBeenCalled();
  });

  it('in the browser, says plainly that backups are files in the Downloads folder', async () => {
    await renderWithDb(<BackupRestore />, '/settings');
    expect(screen.getByText(/In the browser, backups are files in your Downloads folder/)).toHaveTextContent('use “Restore from file…” and choose it');
    expect(screen.queryByRole('button', { name: 'Restore this' })).toBeNull();
    expect(screen.queryByText(/Last successful backup/)).toBeNull();
  });
});

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DailyBackupBanner } from '../../../renderer/app/DailyBackupBanner';
import { useDailyBackup } from '../../../renderer/app/dailyBackupState';

const DISK_FULL = 'Teamshape could not write teamshape-daily-2026-11-16.json in /data/backups: the disk is full. Free some disk space, then try again.';

afterEach(() => {
  useDailyBackup.setState({ failure: null, running: false, retry: async () => {} });
});

describe('the daily backup banner', () => {
  it('shows nothing while the automatic backup is fine', () => {
    render(<DailyBackupBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the backup failed and why, and “Try again” runs it again; a success hides the banner', async () => {
    const user = userEvent.setup();
    const retry = vi.fn(async () => useDailyBackup.setState({ failure: null }));
    useDailyBackup.setState({ failure: DISK_FULL, retry });
    render(<DailyBackupBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`Today’s automatic backup failed. ${DISK_FULL}`);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('cannot be retried twice at once', () => {
    useDailyBackup.setState({ failure: DISK_FULL, running: true });
    render(<DailyBackupBanner />);
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeDisabled();
  });
});

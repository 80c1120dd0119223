import { useEffect, useState } from 'react';
import type { DailyBackupStatus, RecoveryPoints } from '../../../shared/bridge';
import { listRecoveryPoints, readDailyBackupStatus } from '../../platform';

interface RecoveryPointsState {
  /** The backups on this computer; null in the browser, undefined while loading or when unreadable. */
  points: RecoveryPoints | null | undefined;
  /** The daily backup's last success and failure; null in the browser, undefined while loading. */
  status: DailyBackupStatus | null | undefined;
  error: string | null;
}

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/** The desktop app's daily backups and safety copies, and the daily backup's status; read again when `refresh` changes. */
export function useRecoveryPoints(refresh = 0): RecoveryPointsState {
  const [state, setState] = useState<RecoveryPointsState>({ points: undefined, status: undefined, error: null });
  useEffect(() => {
    let live = true;
    void Promise.allSettled([listRecoveryPoints(), readDailyBackupStatus()]).then(([points, status]) => {
      if (!live) return;
      const failed = [points, status].find((result) => result.status === 'rejected');
      setState({
        points: points.status === 'fulfilled' ? points.value : undefined,
        status: status.status === 'fulfilled' ? status.value : undefined,
        error: failed ? messageOf(failed.reason) : null,
      });
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  return state;
}

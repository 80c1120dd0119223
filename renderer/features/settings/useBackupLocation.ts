import { useEffect, useState } from 'react';
import type { BackupLocation } from '../../../shared/bridge';
import { readBackupLocation } from '../../platform';

/** The desktop app's backups folder and daily backups; null in the browser, undefined while loading. */
export function useBackupLocation(refresh = 0): { location: BackupLocation | null | undefined; error: string | null } {
  const [state, setState] = useState<{ location: BackupLocation | null | undefined; error: string | null }>({ location: undefined, error: null });
  useEffect(() => {
    let live = true;
    readBackupLocation().then(
      (location) => live && setState({ location, error: null }),
      (error: unknown) => live && setState({ location: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  return state;
}

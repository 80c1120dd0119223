/**
 * What a restore, merge or undo of one says after the reload it needs (the workspace moved to
 * another database): kept for this tab only, shown once by the Settings page.
 */
const KEY = 'teamshape.restoreNotice';

export function leaveRestoreNotice(message: string): void {
  try {
    sessionStorage.setItem(KEY, message);
  } catch {
    // No session storage: the reloaded page shows the restored workspace without the sentence.
  }
}

/** The message left before the reload ('' when none). Read in render; cleared by clearRestoreNotice once shown. */
export function readRestoreNotice(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function clearRestoreNotice(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

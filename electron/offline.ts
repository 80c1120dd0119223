import type { Session } from 'electron';

/**
 * Teamshape works offline and downloads nothing at run time. Chromium's spellchecker would
 * fetch Hunspell dictionaries from a remote server on Windows and Linux, so it is off for the
 * whole session (every window's preferences say `spellcheck: false` as well).
 */
export function keepSessionOffline(session: Pick<Session, 'setSpellCheckerEnabled'>): void {
  session.setSpellCheckerEnabled(false);
}

import type { MessageBoxSyncOptions } from 'electron';

/**
 * Unsaved form state is never lost by closing the window. A form with unsaved changes makes the
 * page cancel `beforeunload` (renderer/platform/unsavedChanges.ts); Electron then emits
 * `will-prevent-unload`, and this asks the user with a native dialog. The same page, in a
 * browser, gets the browser's own "Leave site?" prompt from the same handler.
 */
export const UNSAVED_CHANGES_DIALOG: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'You have unsaved changes.',
  detail: 'If you close Teamshape now, what you typed in the open form is lost.',
  buttons: ['Keep editing', 'Discard changes and close'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};
const DISCARD = 1;

/** The part of a BrowserWindow the guard needs (structural, so tests pass a fake). */
export interface UnloadGuardedWindow {
  readonly webContents: { on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown };
}

export interface MessageBoxDialog<W> {
  showMessageBoxSync(window: W, options: MessageBoxSyncOptions): number;
}

export function confirmUnsavedChangesOnClose<W extends UnloadGuardedWindow>(window: W, dialog: MessageBoxDialog<W>): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // preventDefault() overrides the page's objection: the window closes (or reloads) after all.
    if (dialog.showMessageBoxSync(window, UNSAVED_CHANGES_DIALOG) === DISCARD) event.preventDefault();
  });
}

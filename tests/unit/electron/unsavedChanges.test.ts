import { afterEach, describe, expect, it } from 'vitest';
import { confirmUnsavedChangesOnClose, UNSAVED_CHANGES_DIALOG } from '../../../electron/unsavedChanges';
import { dialog, fakeElectron, FakeBrowserWindow, navigationEvent } from '../../fakes/electron';

afterEach(() => fakeElectron.reset());

/** What Electron emits when the page's beforeunload handler objects to closing. */
function pageObjectsToUnload(window: FakeBrowserWindow) {
  const event = navigationEvent('');
  window.webContents.emit('will-prevent-unload', event);
  return event;
}

describe('closing a window with unsaved form changes', () => {
  it('asks with a native dialog attached to the window, defaulting to keeping the changes', () => {
    const window = new FakeBrowserWindow();
    confirmUnsavedChangesOnClose(window, dialog);
    pageObjectsToUnload(window);
    expect(fakeElectron.state.messageBoxCalls).toEqual([{ window, options: UNSAVED_CHANGES_DIALOG }]);
    expect(UNSAVED_CHANGES_DIALOG).toMatchObject({ buttons: ['Keep editing', 'Discard changes and close'], defaultId: 0, cancelId: 0 });
  });

  it('keeps the window open when the user chooses to keep editing (or presses Escape)', () => {
    const window = new FakeBrowserWindow();
    confirmUnsavedChangesOnClose(window, dialog);
    fakeElectron.queueMessageBoxResponse(0);
    expect(pageObjectsToUnload(window).defaultPrevented).toBe(false);
    expect(pageObjectsToUnload(window).defaultPrevented).toBe(false); // no queued answer: the cancel button
  });

  it('lets the window close when the user discards the changes', () => {
    const window = new FakeBrowserWindow();
    confirmUnsavedChangesOnClose(window, dialog);
    fakeElectron.queueMessageBoxResponse(1);
    expect(pageObjectsToUnload(window).defaultPrevented).toBe(true);
  });

  it('never asks when the page has nothing unsaved (it does not object to unloading)', () => {
    const window = new FakeBrowserWindow();
    confirmUnsavedChangesOnClose(window, dialog);
    window.close();
    expect(fakeElectron.state.messageBoxCalls).toEqual([]);
  });
});

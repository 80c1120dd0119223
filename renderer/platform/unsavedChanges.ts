/**
 * Unsaved form state is never lost by closing the window. A form with unsaved changes calls
 * `useUnsavedChanges(true)`; while any form does, the page objects to being unloaded. In the
 * desktop app main turns that objection into a native "Keep editing / Discard" dialog
 * (electron/unsavedChanges.ts); in a browser the browser asks "Leave site?".
 */
import { useEffect } from 'react';

const dirtyForms = new Set<symbol>();

function objectToUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older Chromium (and Electron's will-prevent-unload) also look at returnValue.
  event.returnValue = '';
}

/** Whether a mounted form has unsaved changes right now. */
export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/** Marks the page as having unsaved changes until `dirty` turns false or the form unmounts. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const form = Symbol('form with unsaved changes');
    if (dirtyForms.size === 0) window.addEventListener('beforeunload', objectToUnload);
    dirtyForms.add(form);
    return () => {
      dirtyForms.delete(form);
      if (dirtyForms.size === 0) window.removeEventListener('beforeunload', objectToUnload);
    };
  }, [dirty]);
}

/**
 * The one save model of Settings: every section edits a draft of its values and saves it with its
 * own Save button (or Ctrl/⌘+S while focus is in the section); Revert puts the saved values back;
 * "Unsaved changes" marks a section whose draft differs from what is stored. Each save is one
 * undoable change. While no edit is pending, a section shows the stored values as they change
 * (undo, another window). Leaving Settings, or closing the window, with unsaved changes asks first.
 */
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useUnsavedChanges } from '../../platform';
import { Button } from '../../ui/Button';
import styles from './SettingsPage.module.css';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface SectionDraft<T> {
  value: T;
  set: (update: (value: T) => T) => void;
  dirty: boolean;
  revert: () => void;
  /** After a successful save: show the stored values again. */
  saved: () => void;
}

/** A section's editable values (`stored` in the form's shape) and whether they differ from the stored ones. */
export function useSectionDraft<T>(title: string, stored: T): SectionDraft<T> {
  const [edit, setEdit] = useState<T | null>(null);
  const value = edit ?? stored;
  const dirty = edit !== null && !same(edit, stored);
  useDirtySection(title, dirty);
  return {
    value,
    set: (update) => setEdit((current) => update(current ?? stored)),
    dirty,
    revert: () => setEdit(null),
    saved: () => setEdit(null),
  };
}

/** Ctrl/⌘+S inside a section's form submits that form (and never the browser's "Save page"). */
export function saveOnModS(event: KeyboardEvent<HTMLFormElement>): void {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

/** Save and Revert, the unsaved mark and the section's status: the same row in every section. */
export function SectionActions({ saveLabel, dirty, onRevert, status, busy = false, children }: {
  saveLabel: string;
  dirty: boolean;
  onRevert: () => void;
  status: string;
  busy?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={styles.sectionActions}>
      <Button type="submit" variant="primary" disabled={!dirty || busy} aria-keyshortcuts="Control+S Meta+S">
        {saveLabel}
      </Button>
      <Button onClick={onRevert} disabled={!dirty || busy}>
        Revert
      </Button>
      {children}
      {dirty ? <span className={styles.unsaved}>Unsaved changes</span> : null}
      <span role="status" className={styles.sectionStatus}>{dirty ? '' : status}</span>
    </div>
  );
}

interface DirtyRegistry {
  mark: (key: string, title: string, dirty: boolean) => void;
}

const DirtyContext = createContext<DirtyRegistry | null>(null);

/** Registers a section's unsaved state with the page (for the leave warning) and the window (for closing). */
export function useDirtySection(title: string, dirty: boolean): void {
  const key = useId();
  const registry = useContext(DirtyContext);
  useUnsavedChanges(dirty);
  useEffect(() => {
    registry?.mark(key, title, dirty);
    return () => registry?.mark(key, title, false);
  }, [registry, key, title, dirty]);
}

/** The Settings page's record of which sections have unsaved changes, by title. */
export function useDirtySections(): { provider: (children: ReactNode) => ReactNode; titles: string[] } {
  const [dirty, setDirty] = useState<ReadonlyMap<string, string>>(() => new Map());
  const mark = useCallback((key: string, title: string, isDirty: boolean) => {
    setDirty((current) => {
      if (isDirty === current.has(key)) return current;
      const next = new Map(current);
      if (isDirty) next.set(key, title);
      else next.delete(key);
      return next;
    });
  }, []);
  const registry = useMemo(() => ({ mark }), [mark]);
  const titles = [...new Set(dirty.values())];
  return { provider: (children) => <DirtyContext.Provider value={registry}>{children}</DirtyContext.Provider>, titles };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { onChangeCommitted, onUndoProgress, redoLastChange, undoLastChange, useDb, type UndoProgress } from '../db';
import { useChangeToast } from '../state/changeToast';
import { errorMessage } from '../ui/fieldErrors';
import { isTextEditing } from './isTextEditing';
import { useCommands } from '../platform';
import styles from './UndoToast.module.css';
import { isolateBidi } from '../../shared/bidi';

const VISIBLE_MS = 10_000;
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUTS = MAC ? { undo: '⌘Z', redo: '⇧⌘Z' } : { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' };

/**
 * The "Undo" toast after every change, and the Undo and Redo commands (Ctrl/⌘+Z, Shift+Ctrl/⌘+Z). It says only what committed: the toast appears after the change is saved.
 */
export function UndoToast() {
  const db = useDb();
  const toast = useChangeToast((s) => s.toast);
  const show = useChangeToast((s) => s.show);
  const dismiss = useChangeToast((s) => s.dismiss);

  useEffect(
    () =>
      onChangeCommitted(db, (change) => {
        if (change.fromSync) {
          // Never push the user's own Undo offer off the screen for someone else's change.
          if (useChangeToast.getState().toast?.offer) return;
          show({ text: `Saved here: ${change.records.length === 1 ? 'a change' : 'changes'} from another laptop (not undoable here: undo it on that laptop).`, offer: null, tone: 'info' });
        } else if (change.kind === 'change') show({ text: `Saved: ${isolateBidi(change.label)}.`, offer: change.undoable ? 'undo' : null, tone: 'info' });
        else if (change.kind === 'undo') show({ text: `Undone: ${isolateBidi(change.label)}.`, offer: 'redo', tone: 'info' });
        else show({ text: `Redone: ${isolateBidi(change.label)}.`, offer: 'undo', tone: 'info' });
      }),
    [db, show],
  );

  useEffect(() => {
    if (!toast || toast.tone === 'error') return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);

  // A large undo (an import of thousands of records) reports its progress, from here or the history panel.
  const [progress, setProgress] = useState<UndoProgress | null>(null);
  const showingProgress = useRef(false);
  useEffect(
    () =>
      onUndoProgress(db, (next) => {
        showingProgress.current = next !== null;
        setProgress(next);
      }),
    [db],
  );
  // Steps run one after another: pressing Ctrl+Z twice quickly undoes two changes, in order. While a
  // large step shows its progress (an import of thousands of records), further presses are not
  // queued behind it: holding the keys down must not undo a dozen more changes once it ends.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const step = useCallback(
    (action: 'undo' | 'redo') => {
      if (showingProgress.current) return;
      queue.current = queue.current.then(() =>
        (action === 'undo' ? undoLastChange(db) : redoLastChange(db)).then(
          (outcome) => {
            if (!outcome) show({ text: action === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.', offer: null, tone: 'info' });
          },
          (error: unknown) => show({ text: errorMessage(error), offer: null, tone: 'error' }),
        ),
      );
    },
    [db, show],
  );

  // Ctrl/⌘+Z and Shift+Ctrl/⌘+Z arrive as commands (the desktop menu, or the browser's keydown
  // listener): inside a text field they are the field's own undo, elsewhere the app's.
  useCommands({
    'edit.undo': () => (isTextEditing(document.activeElement) ? document.execCommand('undo') : step('undo')),
    'edit.redo': () => (isTextEditing(document.activeElement) ? document.execCommand('redo') : step('redo')),
  });

  return (
    <div className={styles.region} role="status" aria-live="polite">
      {progress ? (
        <div className={styles.toast}>
          <span className={styles.text}>
            {progress.action === 'undo' ? 'Undoing' : 'Redoing'} {isolateBidi(`“${progress.label}”`)}: {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')} records…
          </span>
          <progress className={styles.bar} max={Math.max(progress.total, 1)} value={progress.done} aria-label={progress.action === 'undo' ? 'Undoing' : 'Redoing'} />
        </div>
      ) : toast ? (
        <div className={toast.tone === 'error' ? `${styles.toast} ${styles.error}` : styles.toast}>
          <span className={styles.text}>{toast.text}</span>
          {toast.offer ? (
            <button
              type="button"
              className={styles.action}
              onClick={() => step(toast.offer!)}
            >
              {toast.offer === 'undo' ? 'Undo' : 'Redo'}
              <kbd className={styles.shortcut}>{SHORTCUTS[toast.offer]}</kbd>
            </button>
          ) : null}
          <button type="button" className={styles.close} aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}

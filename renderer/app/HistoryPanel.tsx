import { useEffect, useState } from 'react';
import { onChangeCommitted, readUndoHistory, redoLastChange, undoLastChange, useDb } from '../db';
import { useCommand } from '../platform';
import { useChangeToast } from '../state/changeToast';
import { Button } from '../ui/Button';
import { formatMoment } from '../ui/dates';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/fieldErrors';
import { UserText } from '../ui/UserText';
import styles from './HistoryPanel.module.css';

type HistoryEntry = Awaited<ReturnType<typeof readUndoHistory>>[number];

/** This window's changes, newest first, with the next undo and redo one click away. */
export function HistoryPanel() {
  const db = useDb();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const show = useChangeToast((s) => s.show);
  useCommand('edit.history', () => setOpen(true));

  useEffect(() => {
    if (!open) return;
    let live = true;
    const read = () => void readUndoHistory(db).then((list) => live && setEntries(list));
    read();
    const stop = onChangeCommitted(db, read);
    return () => {
      live = false;
      stop();
    };
  }, [db, open]);

  const step = (action: 'undo' | 'redo') =>
    (action === 'undo' ? undoLastChange(db) : redoLastChange(db)).catch((error: unknown) => show({ text: errorMessage(error), offer: null, tone: 'error' }));
  const canUndo = entries?.some((e) => e.state === 'done') ?? false;
  const canRedo = entries?.some((e) => e.state === 'undone') ?? false;

  return (
    <Dialog open={open} onOpenChange={setOpen} title="Change history" description="Changes made in this window, newest first. Undo steps back one change at a time.">
      <div className={styles.tools}>
        <Button onClick={() => void step('undo')} disabled={!canUndo}>
          Undo
        </Button>
        <Button onClick={() => void step('redo')} disabled={!canRedo}>
          Redo
        </Button>
      </div>
      {entries === null ? (
        <p>Reading the history…</p>
      ) : entries.length === 0 ? (
        <p>No changes in this window yet.</p>
      ) : (
        <ol className={styles.list} aria-label="Changes in this window">
          {entries.map((entry) => (
            <li key={entry.seq} className={entry.state === 'undone' ? styles.undone : undefined}>
              <span>
                <UserText>{entry.label}</UserText>
                {entry.state === 'undone' ? ' (undone)' : ''}
              </span>
              <time dateTime={entry.at} className={styles.time}>
                {formatMoment(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
}

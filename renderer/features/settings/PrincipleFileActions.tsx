import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { nowIso, todayLocal } from '../../../shared/clock';
import { principleFileText, principleSetDiffs, readPrincipleFile, type PrincipleSetDiff } from '../../../shared/exports/principleFile';
import type { PrincipleSet, PrincipleSetFields, Role } from '../../../shared/model';
import { importPrincipleSets, useDb } from '../../db';
import { describeSave, openTextFile, saveFile, useCommand } from '../../platform';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import styles from './PrincipleSets.module.css';

const FILTERS = [{ name: 'Teamshape principles', extensions: ['json'] }];

interface Preview {
  fileName: string;
  sets: PrincipleSetFields[];
  diffs: PrincipleSetDiff[];
}

/** Export every principle set to a file, and import one back after a preview of what changes. */
export function PrincipleFileActions({ sets, roles }: { sets: readonly PrincipleSet[]; roles: readonly Role[] }) {
  const db = useDb();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<{ fileName: string; list: string[] } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const previewRef = useRef<HTMLElement>(null);

  async function exportFile() {
    setStatus('');
    setProblems(null);
    try {
      const saved = await saveFile(`teamshape-principles-${todayLocal()}.json`, async () => new Blob([principleFileText(sets, roles, nowIso())], { type: 'application/json' }), FILTERS);
      setStatus(saved.outcome === 'saved' ? `${sets.length.toLocaleString('en-GB')} principle sets saved to ${saved.where}.` : describeSave(saved, 'The principles file'));
    } catch (cause) {
      setStatus(`The principles were not exported: ${errorMessage(cause)}`);
    }
  }

  async function chooseFile() {
    setStatus('');
    setProblems(null);
    setPreview(null);
    try {
      const file = await openTextFile(FILTERS);
      if (!file) return;
      const reading = readPrincipleFile(file.content, roles);
      if (!reading.ok) {
        setProblems({ fileName: file.name, list: reading.problems });
        return;
      }
      setPreview({ fileName: file.name, sets: reading.sets, diffs: principleSetDiffs(sets, reading.sets, roles) });
    } catch (cause) {
      setProblems({ fileName: 'the file', list: [errorMessage(cause)] });
    }
  }

  async function confirm(current: Preview) {
    setBusy(true);
    try {
      const changed = current.diffs.filter((d) => d.changes.length > 0).length;
      await importPrincipleSets(db, current.sets, current.fileName);
      setPreview(null);
      setStatus(`Imported the principles from ${current.fileName}: ${changed.toLocaleString('en-GB')} ${changed === 1 ? 'set' : 'sets'} changed. Undo brings the previous ones back.`);
    } catch (cause) {
      setProblems({ fileName: current.fileName, list: [`Nothing was imported: ${errorMessage(cause)}`] });
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  useCommand('principles.export', () => void exportFile());
  useCommand('principles.import', () => void chooseFile());
  // The menu's commands arrive here from other pages with { open: command } in the navigation state.
  const arrived = (useLocation().state as { open?: string } | null)?.open;
  const handled = useRef(false);
  useEffect(() => {
    if (handled.current || !arrived) return;
    handled.current = true;
    // After this render: the file dialogs and their messages are the page's own, not the effect's.
    if (arrived === 'principles.import') queueMicrotask(() => void chooseFile());
    if (arrived === 'principles.export') queueMicrotask(() => void exportFile());
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [arrived]);
  useEffect(() => {
    if (preview) previewRef.current?.focus();
  }, [preview]);

  const changed = preview?.diffs.filter((d) => d.changes.length > 0) ?? [];
  return (
    <div className={styles.fileActions}>
      <div className={styles.actions}>
        <Button onClick={() => void exportFile()}>Export principles…</Button>
        <Button onClick={() => void chooseFile()}>Import principles…</Button>
      </div>
      <p role="status" className={styles.hint}>
        {status}
      </p>
      {problems ? (
        <div role="alert" className={styles.problems}>
          <p>{problems.fileName} was not imported; nothing changed:</p>
          <ul>
            {problems.list.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview ? (
        <section ref={previewRef} tabIndex={-1} aria-label={`Preview of ${preview.fileName}`} className={styles.preview}>
          <h4>
            {changed.length === 0
              ? `${preview.fileName} matches the principles you have: nothing would change.`
              : `Importing ${preview.fileName} changes ${changed.length.toLocaleString('en-GB')} of ${preview.diffs.length.toLocaleString('en-GB')} principle sets:`}
          </h4>
          <ul>
            {preview.diffs.map((diff) => (
              <li key={diff.key}>
                <strong>{diff.label}</strong>: {diff.changes.length === 0 ? 'no change' : null}
                {diff.changes.length > 0 ? (
                  <ul>
                    {diff.changes.map((change) => (
                      <li key={change}>{change}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button variant="primary" disabled={busy || changed.length === 0} onClick={() => void confirm(preview)}>
              {busy ? 'Importing…' : 'Import these principles'}
            </Button>
            <Button onClick={() => setPreview(null)} disabled={busy}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

import { useMemo, useState } from 'react';
import type { Department, Person } from '../../../shared/model';
import { planRosterImport, suggestColumnMapping, validateRoster, type RosterMapping } from '../../../shared/import';
import { importRoster, useDb } from '../../db';
import { openImportFile, readTable } from '../../import';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import type { ParsedCsv } from './parseCsv';
import { RosterMappingFields } from './RosterMappingFields';
import { RosterPreview } from './RosterPreview';
import styles from './RosterImport.module.css';

/** Roster import: pick a CSV, map its columns, see every bad row, then import all valid rows at once. */
export function RosterImportDialog({ departments, people }: { departments: readonly Department[]; people: readonly Person[] }) {
  const open = usePeopleUi((s) => s.importOpen);
  const setOpen = usePeopleUi((s) => s.setImportOpen);
  return (
    <Dialog open={open} onOpenChange={setOpen} title="Import people from CSV" description="The first row must name the columns, e.g. Name, Email, Title, Department.">
      {open ? <RosterImport departments={departments} people={people} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function RosterImport({ departments, people, onDone }: { departments: readonly Department[]; people: readonly Person[]; onDone: () => void }) {
  const db = useDb();
  const [csv, setCsv] = useState<(ParsedCsv & { fileName: string }) | null>(null);
  const [mapping, setMapping] = useState<RosterMapping | null>(null);
  const [duplicates, setDuplicates] = useState<'update' | 'skip'>('skip');
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const validation = useMemo(
    () => (csv && mapping ? validateRoster({ rows: csv.rows, mapping, departments, existingPeople: people }) : null),
    [csv, mapping, departments, people],
  );
  const plan = useMemo(() => (validation ? planRosterImport(validation, duplicates) : null), [validation, duplicates]);
  const toImport = plan ? plan.create.length + plan.update.length : 0;
  const duplicateCount = validation?.valid.filter((row) => row.duplicateOf).length ?? 0;

  /** The native open dialog on desktop (through the bridge), the browser's file picker otherwise. */
  async function pick() {
    setError(null);
    try {
      const file = await openImportFile();
      if (!file) return;
      const outcome = await readTable(file);
      if (!outcome.ok) return setError(outcome.message);
      const parsed = { headers: outcome.table.headers, rows: outcome.table.rows, problems: outcome.table.notices };
      setCsv({ ...parsed, fileName: file.name });
      setMapping(suggestColumnMapping(parsed.headers));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  async function runImport() {
    if (!plan) return;
    setImporting(true);
    try {
      await importRoster(db, plan);
      onDone();
    } catch (cause) {
      setError(`Nothing was imported: ${errorMessage(cause)}`);
      setImporting(false);
    }
  }

  return (
    <div className={formStyles.form}>
      <div className={styles.pick}>
        <Button onClick={() => void pick()}>{csv ? 'Choose another file…' : 'Choose CSV file…'}</Button>
        <span>{csv ? `${csv.fileName}: ${csv.rows.length} ${csv.rows.length === 1 ? 'row' : 'rows'} after the header` : 'No file chosen yet.'}</span>
      </div>
      {csv && mapping ? <RosterMappingFields headers={csv.headers} mapping={mapping} onChange={setMapping} /> : null}
      {csv && csv.problems.length > 0 ? (
        <ul className={styles.problems} aria-label="Problems reading the file">
          {csv.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {validation ? <RosterPreview validation={validation} /> : null}
      {duplicateCount > 0 ? (
        <fieldset className={styles.choice}>
          <legend>{duplicateCount} {duplicateCount === 1 ? 'row matches someone' : 'rows match people'} already in the directory (same email)</legend>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'update'} onChange={() => setDuplicates('update')} /> Update existing people
          </label>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'skip'} onChange={() => setDuplicates('skip')} /> Skip them
          </label>
        </fieldset>
      ) : null}
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="primary" disabled={!plan || toImport === 0 || importing} onClick={() => void runImport()}>
          {toImport === 0 ? 'Nothing to import' : `Import ${toImport} ${toImport === 1 ? 'person' : 'people'}`}
        </Button>
      </div>
    </div>
  );
}

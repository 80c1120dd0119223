import { useEffect, useMemo, useRef, useState } from 'react';
import type { Department, DepartmentKind, Person } from '../../../shared/model';
import {
  ROSTER_FIELDS,
  ROSTER_FIELD_LABELS,
  countOf,
  headerSignature,
  planRosterImport,
  rememberedMapping,
  suggestColumnMapping,
  validateRoster,
  type RosterMapping,
} from '../../../shared/import';
import { ImportCancelledError, importRoster, readImportMapping, rememberImportMapping, useDb } from '../../db';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { FileReadSummary } from '../../ui/import/FileReadSummary';
import { ImportProgress } from '../../ui/import/ImportProgress';
import { useImportFile } from '../../ui/import/useImportFile';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { RosterPreview } from './RosterPreview';
import styles from './RosterImport.module.css';

const MAPPING_FIELDS = ROSTER_FIELDS.map((key) => ({
  key,
  label: ROSTER_FIELD_LABELS[key],
  ...(key === 'name' ? { hint: 'Or first, middle and last name below' } : key === 'employeeId' ? { hint: 'Matches people on re-import, before email' } : {}),
}));

/** Roster import: pick a CSV, text or Excel file, map its columns, see every row's fate, then import all at once. */
export function RosterImportDialog({ departments, people }: { departments: readonly Department[]; people: readonly Person[] }) {
  const open = usePeopleUi((s) => s.importOpen);
  const setOpen = usePeopleUi((s) => s.setImportOpen);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="wide"
      title="Import people from a file"
      description="A CSV, TSV or text export, or an Excel workbook (.xlsx). The first row names the columns: e.g. Employee ID, First name, Last name, Email, Job title, Department."
    >
      {open ? <RosterImport departments={departments} people={people} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function RosterImport({ departments, people, onDone }: { departments: readonly Department[]; people: readonly Person[]; onDone: () => void }) {
  const db = useDb();
  const file = useImportFile();
  const { table } = file;
  const [mapping, setMapping] = useState<RosterMapping | null>(null);
  const [duplicates, setDuplicates] = useState<'update' | 'skip'>('update');
  const [kinds, setKinds] = useState<Record<string, DepartmentKind>>({});
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const signature = table ? headerSignature('people', table.headers) : null;

  // A new file (or sheet): the mapping remembered for these headers on this device, else suggestions.
  useEffect(() => {
    if (!table || !signature) return;
    let current = true;
    void readImportMapping(db, signature).then((saved) => {
      if (current) setMapping(rememberedMapping(saved, table.headers, ROSTER_FIELDS) ?? suggestColumnMapping(table.headers));
    });
    return () => {
      current = false;
    };
  }, [db, table, signature]);
  // Closing the dialog during the commit cancels it: nothing is written.
  useEffect(() => () => abort.current?.abort(), []);

  const validation = useMemo(
    () => (table && mapping ? validateRoster({ table, mapping, departments, existingPeople: people, damagedRows: table.damagedRows }) : null),
    [table, mapping, departments, people],
  );
  const plan = useMemo(() => (validation ? planRosterImport(validation, duplicates, kinds) : null), [validation, duplicates, kinds]);
  const toImport = plan ? plan.create.length + plan.update.length : 0;

  async function runImport() {
    if (!plan || !mapping || !signature) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ done: 0, total: toImport + plan.departments.length });
    try {
      await importRoster(db, plan, { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
      await rememberImportMapping(db, signature, mapping);
      abort.current = null;
      onDone();
    } catch (cause) {
      abort.current = null;
      setProgress(null);
      setCancelling(false);
      setError(cause instanceof ImportCancelledError ? 'Import cancelled: nothing was written.' : `Nothing was imported: ${errorMessage(cause)}`);
    }
  }

  function cancelImport() {
    setCancelling(true);
    abort.current?.abort();
  }

  const busy = progress !== null;
  return (
    <div className={formStyles.form}>
      <div className={styles.pick}>
        <Button onClick={() => void file.pick()} disabled={busy || file.reading}>
          {table ? 'Choose another file…' : 'Choose file…'}
        </Button>
        {!table ? <span>{file.reading ? 'Reading the file…' : 'No file chosen yet.'}</span> : null}
      </div>
      {file.error ? (
        <p className={formStyles.formError} role="alert">
          {file.error}
        </p>
      ) : null}
      {table ? <FileReadSummary table={table} reading={file.reading} onReread={(options) => void file.reread(options)} /> : null}
      {table && mapping ? <ColumnMappingFields legend="Columns" fields={MAPPING_FIELDS} headers={table.headers} sample={table.rows[0]} mapping={mapping} onChange={setMapping} /> : null}
      {validation ? (
        <RosterPreview
          validation={validation}
          unit={table?.format === 'xlsx' ? 'row' : 'line'}
          kinds={kinds}
          onKindChange={(name, kind) => setKinds((current) => ({ ...current, [name.toLowerCase()]: kind }))}
          duplicates={duplicates}
          onDuplicatesChange={setDuplicates}
        />
      ) : null}
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      {progress ? <ImportProgress done={progress.done} total={progress.total} noun="records" onCancel={cancelImport} cancelling={cancelling} /> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone} disabled={busy}>
          Close
        </Button>
        <Button variant="primary" disabled={!plan || toImport === 0 || busy || file.reading} onClick={() => void runImport()}>
          {toImport === 0 ? 'Nothing to import' : `Import ${countOf(toImport, 'person', 'people')}`}
        </Button>
      </div>
    </div>
  );
}

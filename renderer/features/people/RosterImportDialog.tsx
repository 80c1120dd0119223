import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import type { Department, DepartmentKind, Person } from '../../../shared/model';
import {
  ROSTER_FIELDS,
  ROSTER_FIELD_LABELS,
  countOf,
  planRosterImport,
  rememberedMapping,
  suggestColumnMapping,
  withNewFieldsSuggested,
  validateRosterSteps,
  thousands,
  type RosterMapping,
} from '../../../shared/import';
import { importRoster, useDb } from '../../db';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { ImportCommitStatus } from '../../ui/import/ImportCommitStatus';
import { ImportFileSection } from '../../ui/import/ImportFileSection';
import { useImportCommit } from '../../ui/import/useImportCommit';
import { useImportFile } from '../../ui/import/useImportFile';
import { useRememberedMapping } from '../../ui/import/useRememberedMapping';
import { useStepwise } from '../../ui/import/useStepwise';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { RosterPreview } from './RosterPreview';
import styles from './RosterImport.module.css';

const MAPPING_FIELDS = ROSTER_FIELDS.map((key) => ({ key, label: ROSTER_FIELD_LABELS[key] }));
const MAPPING_LEGEND =
  'Columns — the name from Full name, else from First, Middle and Last name, with the Preferred name in place of the first name when filled; Employee ID, else Email, matches people already in the directory; Employment status and Leaving date tell who has left';
const READ_PEOPLE = { prefer: 'people' } as const;

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
      description="A CSV, TSV or text export from your HR system, or an Excel workbook (.xlsx). A row names the columns: e.g. Employee ID, First name, Preferred name, Last name, Email, Job title, Department, Status."
    >
      {open ? <RosterImport departments={departments} people={people} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

const recallRoster = (saved: unknown, headers: readonly string[]) => {
  const remembered = rememberedMapping(saved, headers, ROSTER_FIELDS);
  return remembered && withNewFieldsSuggested(saved, remembered, suggestColumnMapping(headers));
};

function RosterImport({ departments, people, onDone }: { departments: readonly Department[]; people: readonly Person[]; onDone: () => void }) {
  const db = useDb();
  const file = useImportFile(READ_PEOPLE);
  const { table } = file;
  const { mapping, setMapping, remember } = useRememberedMapping<RosterMapping>('people', table, recallRoster, suggestColumnMapping);
  const [duplicates, setDuplicates] = useState<'update' | 'skip'>('update');
  const [skipLeavers, setSkipLeavers] = useState(true);
  // Read once per dialog: a leaving date before today means the person has left.
  const [today] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [kinds, setKinds] = useState<Record<string, DepartmentKind>>({});
  const commit = useImportCommit();

  // While committing, the directory the preview was checked against stays put: the import's own
  // people arriving must not start a second check of every row.
  const [checkedAgainst, setCheckedAgainst] = useState<{ departments: readonly Department[]; people: readonly Person[] } | null>(null);
  const directory = checkedAgainst ?? { departments, people };
  // Checked in slices between frames: 50,000 rows never freeze the window.
  const validate = useMemo(
    () =>
      table && mapping
        ? () =>
            validateRosterSteps(
              { table, mapping, departments: directory.departments, existingPeople: directory.people, damagedRows: table.damagedRows, skipInactive: skipLeavers, today, decimalMark: table.decimalMark },
              500,
            )
        : null,
    [table, mapping, directory.departments, directory.people, skipLeavers, today],
  );
  const { result: validation, progress: checked } = useStepwise(validate);
  const plan = useMemo(() => (validation ? planRosterImport(validation, duplicates, kinds) : null), [validation, duplicates, kinds]);
  const toImport = plan ? plan.create.length + plan.update.length : 0;

  async function runImport() {
    if (!plan || !mapping) return;
    setCheckedAgainst({ departments, people });
    const committed = await commit.run(toImport + plan.departments.length, async (controls) => {
      await importRoster(db, plan, controls);
      await remember();
    });
    if (committed) onDone();
    else setCheckedAgainst(null);
  }

  const busy = commit.busy;
  return (
    <div className={formStyles.form}>
      <ImportFileSection file={file} busy={busy} />
      {table && mapping ? <ColumnMappingFields legend={MAPPING_LEGEND} fields={MAPPING_FIELDS} headers={table.headers} sample={table.rows[0]} mapping={mapping} onChange={setMapping} /> : null}
      {validate && !validation ? (
        <p role="status" className={styles.checking}>
          Checking {thousands(checked)} of {thousands(table?.rows.length ?? 0)} rows…
        </p>
      ) : null}
      {validation ? (
        <RosterPreview
          validation={validation}
          unit={table?.format === 'xlsx' ? 'row' : 'line'}
          kinds={kinds}
          onKindChange={(name, kind) => setKinds((current) => ({ ...current, [name.toLowerCase()]: kind }))}
          duplicates={duplicates}
          onDuplicatesChange={setDuplicates}
          skipLeavers={skipLeavers}
          onSkipLeaversChange={setSkipLeavers}
        />
      ) : null}
      <ImportCommitStatus commit={commit} />
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

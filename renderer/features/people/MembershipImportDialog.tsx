import { useEffect, useMemo, useRef, useState } from 'react';
import type { Membership, Person, Role, Settings, Team } from '../../../shared/model';
import {
  MEMBERSHIP_FIELDS,
  MEMBERSHIP_FIELD_LABELS,
  countOf,
  headerSignature,
  planMembershipImport,
  rememberedMapping,
  suggestMembershipMapping,
  titleRoleSynonyms,
  validateMemberships,
  type MembershipMapping,
} from '../../../shared/import';
import { ImportCancelledError, importMemberships, readImportMapping, rememberImportMapping, useDb } from '../../db';
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
import { MembershipPreview } from './MembershipPreview';
import styles from './RosterImport.module.css';

const MAPPING_FIELDS = MEMBERSHIP_FIELDS.map((key) => ({ key, label: MEMBERSHIP_FIELD_LABELS[key] }));

export interface MembershipImportData {
  planId: string;
  planName: string;
  people: readonly Person[];
  teams: readonly Team[];
  roles: readonly Role[];
  memberships: readonly Membership[];
  settings: Settings | undefined;
}

/** The current team structure from a file: one row per person per team (or an open role), into the selected plan. */
export function MembershipImportDialog(data: MembershipImportData) {
  const open = usePeopleUi((s) => s.membershipImportOpen);
  const setOpen = usePeopleUi((s) => s.setMembershipImportOpen);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      size="wide"
      title="Import team memberships"
      description={`One row per person per team: the person (employee ID, email or name), team, role and allocation %. A row with a role and no person is an open role. Goes into ${data.planName}.`}
    >
      {open ? <MembershipImport {...data} onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function MembershipImport({ planId, people, teams, roles, memberships, settings, onDone }: MembershipImportData & { onDone: () => void }) {
  const db = useDb();
  const file = useImportFile();
  const { table } = file;
  const [mapping, setMapping] = useState<MembershipMapping | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const signature = table ? headerSignature('memberships', table.headers) : null;

  useEffect(() => {
    if (!table || !signature) return;
    let current = true;
    void readImportMapping(db, signature).then((saved) => {
      if (current) setMapping(rememberedMapping(saved, table.headers, MEMBERSHIP_FIELDS) ?? suggestMembershipMapping(table.headers));
    });
    return () => {
      current = false;
    };
  }, [db, table, signature]);
  useEffect(() => () => abort.current?.abort(), []);

  const validation = useMemo(
    () =>
      table && mapping
        ? validateMemberships({
            table,
            mapping,
            decimalMark: table.decimalMark,
            people,
            teams,
            roles,
            memberships,
            synonyms: titleRoleSynonyms(settings ?? {}),
            defaultAllocation: settings?.defaultAllocation ?? 100,
            damagedRows: table.damagedRows,
          })
        : null,
    [table, mapping, people, teams, roles, memberships, settings],
  );
  const plan = useMemo(() => (validation ? planMembershipImport(validation) : null), [validation]);
  const needsConfirmation = plan ? plan.teams.length + plan.roles.length > 0 : false;
  const toImport = plan ? plan.create.length + plan.update.length : 0;

  async function runImport() {
    if (!plan || !mapping || !signature) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ done: 0, total: toImport });
    try {
      await importMemberships(db, planId, plan, { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) });
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
      {validation ? <MembershipPreview validation={validation} unit={table?.format === 'xlsx' ? 'row' : 'line'} /> : null}
      {needsConfirmation && plan ? (
        <label className={styles.confirm}>
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> Create {[plan.teams.length > 0 ? countOf(plan.teams.length, 'new team') : '', plan.roles.length > 0 ? countOf(plan.roles.length, 'new role') : ''].filter(Boolean).join(' and ')} as listed above
        </label>
      ) : null}
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      {progress ? <ImportProgress done={progress.done} total={progress.total} noun="records" onCancel={() => { setCancelling(true); abort.current?.abort(); }} cancelling={cancelling} /> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone} disabled={busy}>
          Close
        </Button>
        <Button variant="primary" disabled={!plan || toImport === 0 || busy || file.reading || (needsConfirmation && !confirmed)} onClick={() => void runImport()}>
          {toImport === 0 ? 'Nothing to import' : `Import ${countOf(toImport, 'membership')}`}
        </Button>
      </div>
    </div>
  );
}

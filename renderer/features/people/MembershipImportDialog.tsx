import { useMemo, useState } from 'react';
import type { Membership, Person, Role, Settings, Team } from '../../../shared/model';
import {
  MEMBERSHIP_FIELDS,
  MEMBERSHIP_FIELD_LABELS,
  countOf,
  planMembershipImport,
  rememberedMapping,
  suggestMembershipMapping,
  titleRoleSynonyms,
  validateMemberships,
  type MembershipMapping,
} from '../../../shared/import';
import { importMemberships, useDb } from '../../db';
import { usePeopleUi } from '../../state/peopleUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { ImportCommitStatus } from '../../ui/import/ImportCommitStatus';
import { ImportFileSection } from '../../ui/import/ImportFileSection';
import { useImportCommit } from '../../ui/import/useImportCommit';
import { useImportFile } from '../../ui/import/useImportFile';
import { useRememberedMapping } from '../../ui/import/useRememberedMapping';
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

const recallMemberships = (saved: unknown, headers: readonly string[]) => rememberedMapping(saved, headers, MEMBERSHIP_FIELDS);

function MembershipImport({ planId, people, teams, roles, memberships, settings, onDone }: MembershipImportData & { onDone: () => void }) {
  const db = useDb();
  const file = useImportFile();
  const { table } = file;
  const { mapping, setMapping, remember } = useRememberedMapping<MembershipMapping>('memberships', table, recallMemberships, suggestMembershipMapping);
  const [confirmed, setConfirmed] = useState(false);
  const commit = useImportCommit();

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
    if (!plan || !mapping) return;
    const committed = await commit.run(toImport, async (controls) => {
      await importMemberships(db, planId, plan, controls);
      await remember();
    });
    if (committed) onDone();
  }

  const busy = commit.busy;
  return (
    <div className={formStyles.form}>
      <ImportFileSection file={file} busy={busy} />
      {table && mapping ? <ColumnMappingFields legend="Columns" fields={MAPPING_FIELDS} headers={table.headers} sample={table.rows[0]} mapping={mapping} onChange={setMapping} /> : null}
      {validation ? <MembershipPreview validation={validation} unit={table?.format === 'xlsx' ? 'row' : 'line'} /> : null}
      {needsConfirmation && plan ? (
        <label className={styles.confirm}>
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> Create {[plan.teams.length > 0 ? countOf(plan.teams.length, 'new team') : '', plan.roles.length > 0 ? countOf(plan.roles.length, 'new role') : ''].filter(Boolean).join(' and ')} as listed above
        </label>
      ) : null}
      <ImportCommitStatus commit={commit} />
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

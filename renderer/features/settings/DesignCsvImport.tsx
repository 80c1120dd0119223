import { useId, useMemo, useState } from 'react';
import {
  INTERACTION_FIELDS,
  INTERACTION_FIELD_LABELS,
  TEAM_DESIGN_FIELDS,
  TEAM_DESIGN_FIELD_LABELS,
  designRowCounts,
  refuseDamagedRows,
  suggestInteractionMapping,
  suggestTeamDesignMapping,
  validateInteractionRows,
  validateTeamDesignRows,
  type DesignRowStatus,
  type InteractionField,
  type TeamDesignField,
} from '../../../shared/import/designRows';
import type { ColumnMapping } from '../../../shared/import/headerMatch';
import { importInteractions, importTeamDesign, useDb, usePlan, usePlanInteractions, useTeamGroups, useTeams } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { ImportFileSection } from '../../ui/import/ImportFileSection';
import { useImportFile } from '../../ui/import/useImportFile';
import { errorMessage } from '../../ui/fieldErrors';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import styles from './BackupRestore.module.css';
import settingsStyles from './SettingsPage.module.css';
import designStyles from './DesignCsvImport.module.css';

type Kind = 'interactions' | 'team-design';

const TITLES: Record<Kind, string> = { interactions: 'Import interactions', 'team-design': 'Import team types and groups' };
const DESCRIPTIONS: Record<Kind, string> = {
  interactions: 'One row per interaction: providing team, consuming team, mode (collaboration, X-as-a-service, facilitating), purpose, start and expected end. Teams are found by name.',
  'team-design': 'One row per team: its name, its type (stream-aligned, platform, enabling, complicated-subsystem, or empty) and its group; groups that do not exist yet are created.',
};

/** Spreadsheet imports of organisation design: interactions, and teams' types and groups. */
export function DesignCsvImport() {
  const id = useId();
  const [open, setOpen] = useState<Kind | null>(null);
  const [status, setStatus] = useState('');
  return (
    <section className={settingsStyles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import organisation design from a spreadsheet</h2>
      <p className={settingsStyles.explain}>CSV, TSV or Excel files, in any common encoding and separator; the exports above read back here. You see every row before anything changes, and the import is one undo step.</p>
      <div className={styles.actions}>
        <Button onClick={() => setOpen('interactions')}>Import interactions…</Button>
        <Button onClick={() => setOpen('team-design')}>Import team types and groups…</Button>
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      <Dialog open={open !== null} onOpenChange={(next) => (next ? undefined : setOpen(null))} size="wide" title={open ? TITLES[open] : ''} description={open ? DESCRIPTIONS[open] : ''}>
        {open ? (
          <DesignImport
            kind={open}
            onDone={(message) => {
              setStatus(message);
              setOpen(null);
            }}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
    </section>
  );
}

const FIELDS = {
  interactions: INTERACTION_FIELDS.map((key) => ({ key, label: INTERACTION_FIELD_LABELS[key] })),
  'team-design': TEAM_DESIGN_FIELDS.map((key) => ({ key, label: TEAM_DESIGN_FIELD_LABELS[key] })),
};

const STATUS_WORDS: Record<DesignRowStatus, string> = { new: 'New', changed: 'Changes', unchanged: 'Already so', refused: 'Refused' };

interface PreviewRow {
  row: number;
  line: number;
  status: DesignRowStatus;
  problems: string[];
  summary: string;
}

function DesignImport({ kind, onDone, onCancel }: { kind: Kind; onDone: (message: string) => void; onCancel: () => void }) {
  const db = useDb();
  const planId = useSelectedPlanId();
  const plan = usePlan(planId);
  const teams = useTeams(planId);
  const groups = useTeamGroups(planId);
  const interactions = usePlanInteractions(planId);
  const file = useImportFile();
  const { table } = file;
  const [chosen, setChosen] = useState<{ for: object; mapping: ColumnMapping<string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mapping = table ? (chosen?.for === table ? chosen.mapping : kind === 'interactions' ? suggestInteractionMapping(table.headers) : suggestTeamDesignMapping(table.headers)) : null;

  const checked = useMemo(() => {
    if (!table || !mapping || !teams || !groups || !interactions) return null;
    if (kind === 'interactions') {
      const rows = refuseDamagedRows(validateInteractionRows(table, mapping as ColumnMapping<InteractionField>, teams, interactions), table.damagedRows);
      return { kind, rows } as const;
    }
    const rows = refuseDamagedRows(validateTeamDesignRows(table, mapping as ColumnMapping<TeamDesignField>, teams, groups), table.damagedRows);
    return { kind, rows } as const;
  }, [kind, table, mapping, teams, groups, interactions]);

  const counts = checked ? designRowCounts(checked.rows) : null;
  const toImport = counts ? counts.new + counts.changed : 0;
  const shown: PreviewRow[] = checked ? [...checked.rows].sort((a, b) => Number(b.status === 'refused') - Number(a.status === 'refused') || a.row - b.row) : [];
  const unit = table?.format === 'xlsx' ? 'row' : 'line';

  async function run() {
    if (!checked || !table) return;
    setBusy(true);
    setError(null);
    try {
      const done = checked.kind === 'interactions' ? await importInteractions(db, planId, checked.rows, table.fileName) : await importTeamDesign(db, planId, checked.rows, table.fileName);
      const skipped = counts!.refused > 0 ? ` ${counts!.refused.toLocaleString('en-GB')} refused ${counts!.refused === 1 ? 'row was' : 'rows were'} left out.` : '';
      onDone(`${checked.kind === 'interactions' ? 'Added' : 'Changed'} ${done.toLocaleString('en-GB')} ${checked.kind === 'interactions' ? (done === 1 ? 'interaction' : 'interactions') : done === 1 ? 'team' : 'teams'} from ${table.fileName} in ${plan?.name ?? 'the plan'}.${skipped} Undo takes the whole import back.`);
    } catch (cause) {
      setError(`Nothing was imported: ${errorMessage(cause)}`);
      setBusy(false);
    }
  }

  return (
    <div className={formStyles.form}>
      <ImportFileSection file={file} busy={busy} />
      {table && mapping ? (
        <ColumnMappingFields
          legend="Columns"
          fields={FIELDS[kind] as { key: string; label: string }[]}
          headers={table.headers}
          sample={table.rows[0]}
          mapping={mapping}
          onChange={(next) => setChosen({ for: table, mapping: next })}
        />
      ) : null}
      {checked && counts ? (
        <section aria-label="Preview" className={designStyles.preview}>
          <p className={designStyles.counts}>
            {[
              counts.new > 0 || kind === 'interactions' ? `${counts.new.toLocaleString('en-GB')} new` : '',
              kind === 'team-design' ? `${counts.changed.toLocaleString('en-GB')} to change` : '',
              `${counts.unchanged.toLocaleString('en-GB')} already so`,
              `${counts.refused.toLocaleString('en-GB')} refused`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <ul className={designStyles.rows} aria-label="Rows of the file">
            {shown.slice(0, 500).map((row) => (
              <li key={row.row} className={row.status === 'refused' ? designStyles.refused : undefined}>
                <span className={designStyles.where}>
                  Row {row.row.toLocaleString('en-GB')} ({unit} {row.line.toLocaleString('en-GB')})
                </span>{' '}
                <strong>{STATUS_WORDS[row.status]}:</strong> {row.summary}
                {row.problems.length > 0 ? <span className={designStyles.problems}> — {row.problems.join(' ')}</span> : null}
              </li>
            ))}
          </ul>
          {shown.length > 500 ? <p className={formStyles.hint}>The first 500 rows are listed, refused rows first.</p> : null}
        </section>
      ) : null}
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button variant="primary" disabled={busy || toImport === 0} onClick={() => void run()}>
          {busy ? 'Importing…' : toImport === 0 ? 'Nothing to import' : `Import ${toImport.toLocaleString('en-GB')} ${kind === 'interactions' ? (toImport === 1 ? 'interaction' : 'interactions') : toImport === 1 ? 'team' : 'teams'}`}
        </Button>
      </div>
    </div>
  );
}

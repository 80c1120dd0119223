import { useEffect, useMemo, useRef, useState } from 'react';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { countOf, headerSignature } from '../../../shared/import';
import {
  OKR_FIELDS, OKR_FIELD_LABELS, decideDecimalSeparator, numericCells, planOkrImport, rememberedOkrMapping, suggestOkrMapping, type DecimalSeparator, type OkrField, type OkrMapping,
} from '../../../shared/import/okrs';
import { okrPreferences } from '../../../shared/rules';
import { ImportCancelledError, importOkrs, readImportMapping, rememberImportMapping, useAllObjectives, useCustomPeriods, useDb, usePeople, useSettings, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { FileReadSummary } from '../../ui/import/FileReadSummary';
import { ImportProgress } from '../../ui/import/ImportProgress';
import { useImportFile } from '../../ui/import/useImportFile';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { OkrImportPreview } from './OkrImportPreview';
import styles from './OkrImport.module.css';

type SingleField = Exclude<OkrField, 'ownerTeams'>;
const SINGLE_FIELDS = OKR_FIELDS.filter((f): f is SingleField => f !== 'ownerTeams');
const HINTS: Partial<Record<SingleField | 'ownerTeams', string>> = {
  period: '"Q3 2026", "2026-Q3", "FY26 Q3" or a date range',
  owner: 'A person (name or email) or a team',
  current: 'Imported as a check-in',
  asOf: 'Date of the current value',
};
const MAPPING_FIELDS = [
  ...(['period', 'periodStart', 'periodEnd', 'objective'] as const).map((key) => ({ key, label: OKR_FIELD_LABELS[key], ...(HINTS[key] ? { hint: HINTS[key] } : {}) })),
  { key: 'ownerTeams' as const, label: OKR_FIELD_LABELS.ownerTeams, hint: 'Several teams in one cell: “A; B”' },
  ...SINGLE_FIELDS.filter((key) => !['period', 'periodStart', 'periodEnd', 'objective'].includes(key)).map((key) => ({ key, label: OKR_FIELD_LABELS[key], ...(HINTS[key] ? { hint: HINTS[key] } : {}) })),
];
type FlatMapping = Record<SingleField | 'ownerTeams', number | null>;

/** Import a quarter from a spreadsheet: the roster import's reader, mapping screen and preview; nothing is written before a clean preview is confirmed. */
export function OkrImportDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="wide"
      title="Import OKRs from a spreadsheet"
      description="A CSV or Excel file (.xlsx) with one row per key result: period, objective, owner teams, key result, metric, start, target, unit, owner, current value, confidence. The OKR CSV export has these columns."
    >
      {open ? <OkrImport onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function OkrImport({ onDone }: { onDone: () => void }) {
  const db = useDb();
  const today = todayLocal();
  const file = useImportFile();
  const { table } = file;
  const teams = useTeams(LIVE_PLAN_ID);
  const people = usePeople();
  const custom = useCustomPeriods();
  const objectives = useAllObjectives();
  const settings = useSettings();
  const preferences = okrPreferences(settings);
  // Choices belong to the file they were made for: a new file (or sheet) starts from suggestions.
  const [edited, setEdited] = useState<{ for: object; mapping: OkrMapping } | null>(null);
  const [chosenDecimal, setChosenDecimal] = useState<{ for: object; separator: DecimalSeparator } | null>(null);
  const signature = table ? headerSignature('okrs', table.headers) : null;
  // A new file (or sheet): the mapping remembered on this device for these headers, else suggestions.
  const [remembered, setRemembered] = useState<{ for: object; mapping: OkrMapping | null } | null>(null);
  useEffect(() => {
    if (!table || !signature) return;
    let current = true;
    void readImportMapping(db, signature).then((saved) => {
      if (current) setRemembered({ for: table, mapping: rememberedOkrMapping(saved, table.headers) });
    });
    return () => {
      current = false;
    };
  }, [db, table, signature]);
  const suggested = useMemo(() => (table ? suggestOkrMapping(table.headers) : null), [table]);
  const recalled = remembered && remembered.for === table ? remembered.mapping : null;
  const mapping = edited && edited.for === table ? edited.mapping : (recalled ?? suggested);
  const setMapping = (next: OkrMapping) => table && setEdited({ for: table, mapping: next });
  const decimal = useMemo(() => (chosenDecimal && chosenDecimal.for === table ? { separator: chosenDecimal.separator, chosen: true } : null), [chosenDecimal, table]);
  const setDecimal = (next: { separator: DecimalSeparator }) => table && setChosenDecimal({ for: table, separator: next.separator });
  const [createTeams, setCreateTeams] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const decision = useMemo(() => (table && mapping ? decideDecimalSeparator(numericCells(table.rows, mapping)) : null), [table, mapping]);
  const separator = decimal?.separator ?? (decision?.decided ? decision.separator : (table?.decimalMark ?? '.'));
  const plan = useMemo(() => {
    if (!table || !mapping || !decision || !teams || !people || !custom || !objectives) return null;
    return planOkrImport({
      rows: table.rows, mapping, decimal: separator, decimalDecided: decimal?.chosen === true || decision.decided,
      fiscalStartMonth: preferences.fiscalYearStartMonth, today, graceDays: preferences.checkInGraceDays,
      teams, people, customPeriods: custom, existingObjectives: objectives,
    });
  }, [table, mapping, decision, separator, decimal, teams, people, custom, objectives, preferences.fiscalYearStartMonth, preferences.checkInGraceDays, today]);
  const toImport = plan ? plan.objectives.filter((o) => o.existingId === null).length : 0;
  const blocked = !plan || plan.problems.length > 0 || (plan.newTeamNames.length > 0 && !createTeams);

  const flat: FlatMapping | null = mapping ? { ...mapping, ownerTeams: mapping.ownerTeams[0] ?? null } : null;
  const changeMapping = (next: FlatMapping) => {
    if (!mapping) return;
    const extra = mapping.ownerTeams.slice(1).filter((c) => c !== next.ownerTeams);
    setMapping({ ...next, ownerTeams: next.ownerTeams === null ? extra : [next.ownerTeams, ...extra] });
  };

  async function runImport() {
    if (!plan || blocked) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setProgress({ done: 0, total: 1 });
    try {
      const result = await importOkrs(db, plan, { createTeams, signal: controller.signal, onProgress: (d, total) => setProgress({ done: d, total }) });
      if (signature && mapping) await rememberImportMapping(db, signature, mapping);
      abort.current = null;
      setProgress(null);
      setDone(
        `Imported ${countOf(result.objectives, 'objective')}, ${countOf(result.keyResults, 'key result')} and ${countOf(result.checkIns, 'check-in')}` +
          `${result.teams ? `; created ${countOf(result.teams, 'team')}` : ''}${result.periods ? ` and ${countOf(result.periods, 'period')}` : ''}.`,
      );
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
      {table && flat ? (
        <ColumnMappingFields legend="Columns" fields={MAPPING_FIELDS} headers={table.headers} sample={table.rows[0]} mapping={flat} onChange={changeMapping} />
      ) : null}
      {table && mapping ? <ExtraTeamColumns headers={table.headers} mapping={mapping} onChange={setMapping} /> : null}
      {table && decision ? (
        <div className={styles.decimal}>
          <label htmlFor="okr-decimal">Decimal separator {decimal?.chosen ? '(chosen)' : decision.decided ? `(decided by ${countOf(decision.votes[decision.separator], 'value')})` : '(nothing in the file decides it)'}</label>
          <select id="okr-decimal" value={separator} onChange={(e) => setDecimal({ separator: e.target.value === ',' ? ',' : '.' })} disabled={busy}>
            <option value=".">Point: 1,200.5 is twelve hundred and a half</option>
            <option value=",">Comma: 1.200,5 is twelve hundred and a half</option>
          </select>
        </div>
      ) : null}
      {plan && table ? <OkrImportPreview plan={plan} lines={table.lines} unit={table.format === 'xlsx' ? 'row' : 'line'} createTeams={createTeams} onCreateTeamsChange={setCreateTeams} /> : null}
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p className={styles.done} role="status">
          {done}
        </p>
      ) : null}
      {progress ? <ImportProgress done={progress.done} total={progress.total} noun="records" onCancel={() => { setCancelling(true); abort.current?.abort(); }} cancelling={cancelling} /> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone} disabled={busy}>
          Close
        </Button>
        <Button variant="primary" disabled={blocked || toImport === 0 || busy || file.reading || done !== null} onClick={() => void runImport()}>
          {plan && plan.problems.length > 0 ? `Fix ${countOf(plan.problems.length, 'problem')} first` : toImport === 0 ? 'Nothing to import' : `Import ${countOf(toImport, 'objective')}`}
        </Button>
      </div>
    </div>
  );
}

/** Owner teams spread over several columns ("Team 1", "Team 2"): every column ticked is read. */
function ExtraTeamColumns({ headers, mapping, onChange }: { headers: readonly string[]; mapping: OkrMapping; onChange: (mapping: OkrMapping) => void }) {
  const first = mapping.ownerTeams[0];
  const used = new Set(Object.entries(mapping).flatMap(([field, value]) => (field === 'ownerTeams' ? [] : typeof value === 'number' ? [value] : [])));
  const candidates = headers.map((header, index) => ({ header, index })).filter(({ index }) => index !== first && !used.has(index));
  if (first === undefined || candidates.length === 0) return null;
  return (
    <fieldset className={styles.extraTeams}>
      <legend>More owner team columns (optional)</legend>
      {candidates.map(({ header, index }) => (
        <label key={index}>
          <input
            type="checkbox"
            checked={mapping.ownerTeams.includes(index)}
            onChange={(e) => onChange({ ...mapping, ownerTeams: e.target.checked ? [...mapping.ownerTeams, index] : mapping.ownerTeams.filter((c) => c !== index) })}
          />{' '}
          {header}
        </label>
      ))}
    </fieldset>
  );
}

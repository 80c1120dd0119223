import { useCallback, useMemo, useState } from 'react';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { countOf } from '../../../shared/import';
import {
  OKR_FIELDS, OKR_FIELD_LABELS, decideDecimalSeparator, numericCells, planOkrImport, rememberedOkrMapping, suggestOkrMapping, type DecimalSeparator, type OkrField, type OkrMapping,
} from '../../../shared/import/okrs';
import { okrPreferences } from '../../../shared/rules';
import { importOkrs, useAllObjectives, useCustomPeriods, useDb, usePeople, useSettings, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ColumnMappingFields } from '../../ui/import/ColumnMappingFields';
import { ImportCommitStatus } from '../../ui/import/ImportCommitStatus';
import { ImportFileSection } from '../../ui/import/ImportFileSection';
import { describeDocumentRead, isDocumentFile, OKR_FILE_FILTERS, readOutlineDocument, type FileToRead } from '../../import';
import { useOkrSelection } from '../../state/okrSelection';
import { useImportCommit } from '../../ui/import/useImportCommit';
import { useImportFile } from '../../ui/import/useImportFile';
import { useRememberedMapping } from '../../ui/import/useRememberedMapping';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { OkrImportPreview } from './OkrImportPreview';
import { OutlinePasteForm, type ChosenDocument } from './OutlinePasteDialog';
import styles from './OkrImport.module.css';

type SingleField = Exclude<OkrField, 'ownerTeams'>;
const SINGLE_FIELDS = OKR_FIELDS.filter((f): f is SingleField => f !== 'ownerTeams');
const HINTS: Partial<Record<SingleField | 'ownerTeams', string>> = {
  period: '"Q3 2026", "2026-Q3", "FY26 Q3" or a date range',
  owner: 'A person (name or email) or a team',
  current: 'Imported as a check-in',
  asOf: 'Date of the current value',
  progress: '“45 %” of the way from start to target: imported as the value it means when no current value is given',
};
const MAPPING_FIELDS = [
  ...(['period', 'periodStart', 'periodEnd', 'objective'] as const).map((key) => ({ key, label: OKR_FIELD_LABELS[key], ...(HINTS[key] ? { hint: HINTS[key] } : {}) })),
  { key: 'ownerTeams' as const, label: OKR_FIELD_LABELS.ownerTeams, hint: 'Several teams in one cell: “A; B”' },
  ...SINGLE_FIELDS.filter((key) => !['period', 'periodStart', 'periodEnd', 'objective'].includes(key)).map((key) => ({ key, label: OKR_FIELD_LABELS[key], ...(HINTS[key] ? { hint: HINTS[key] } : {}) })),
];
type FlatMapping = Record<SingleField | 'ownerTeams', number | null>;

/** Import a quarter from a spreadsheet: the roster import's reader, mapping screen and preview; nothing is written before a clean preview is confirmed. */
export function OkrImportDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const today = todayLocal();
  const { periodId, teamId } = useOkrSelection(today);
  // A document (a saved page, Markdown, Word) rather than a table goes to the outline preview, in this dialog.
  const [chosen, setChosen] = useState<(ChosenDocument & { name: string }) | null>(null);
  const change = (next: boolean) => {
    if (!next) setChosen(null);
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={change}
      size="wide"
      title={chosen ? `Import OKRs from ${chosen.name}` : 'Import OKRs from a spreadsheet'}
      description={
        chosen
          ? 'A document, read as an outline: objective lines, each followed by its key results. Correct the text until the preview is right.'
          : 'A CSV or Excel file (.xlsx) with one row per key result: period, objective, owner teams, key result, metric, start, target, unit, owner, current value, confidence. The OKR CSV export has these columns. A document (.md, .txt, .html, .docx) opens the outline preview instead.'
      }
    >
      {open && chosen ? <OutlinePasteForm today={today} initialPeriodId={periodId} teamId={teamId} onDone={() => change(false)} fromFile={chosen} /> : null}
      {open && !chosen ? <OkrImport onDone={() => change(false)} onDocument={setChosen} /> : null}
    </Dialog>
  );
}

function OkrImport({ onDone, onDocument }: { onDone: () => void; onDocument: (document: ChosenDocument & { name: string }) => void }) {
  const db = useDb();
  const today = todayLocal();
  const divert = useCallback(
    async (chosen: FileToRead): Promise<boolean | string> => {
      if (!isDocumentFile(chosen)) return false;
      const read = await readOutlineDocument(chosen);
      if (!read.ok) return read.message;
      onDocument({ name: chosen.name, text: read.text, summary: describeDocumentRead(chosen.name, read), notices: read.notices });
      return true;
    },
    [onDocument],
  );
  const file = useImportFile(undefined, useMemo(() => ({ filters: OKR_FILE_FILTERS, divert }), [divert]));
  const { table } = file;
  const teams = useTeams(LIVE_PLAN_ID);
  const people = usePeople();
  const custom = useCustomPeriods();
  const objectives = useAllObjectives();
  const settings = useSettings();
  const preferences = okrPreferences(settings);
  // Choices belong to the file they were made for: a new file (or sheet) starts from the columns
  // remembered for its headers on this device, else from suggestions.
  const { mapping, setMapping, remember } = useRememberedMapping<OkrMapping>('okrs', table, rememberedOkrMapping, suggestOkrMapping);
  const [chosenDecimal, setChosenDecimal] = useState<{ for: object; separator: DecimalSeparator } | null>(null);
  const decimal = useMemo(() => (chosenDecimal && chosenDecimal.for === table ? { separator: chosenDecimal.separator, chosen: true } : null), [chosenDecimal, table]);
  const setDecimal = (next: { separator: DecimalSeparator }) => table && setChosenDecimal({ for: table, separator: next.separator });
  const [createTeams, setCreateTeams] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const commit = useImportCommit();

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
    const committed = await commit.run(1, async (controls) => {
      const result = await importOkrs(db, plan, { createTeams, ...controls });
      await remember();
      return result;
    });
    if (!committed) return;
    const { objectives: o, keyResults, checkIns, teams: newTeams, periods } = committed.value;
    setDone(
      `Imported ${countOf(o, 'objective')}, ${countOf(keyResults, 'key result')} and ${countOf(checkIns, 'check-in')}` +
        `${newTeams ? `; created ${countOf(newTeams, 'team')}` : ''}${periods ? ` and ${countOf(periods, 'period')}` : ''}.`,
    );
  }

  const busy = commit.busy;
  return (
    <div className={formStyles.form}>
      <ImportFileSection file={file} busy={busy} />
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
      {plan && table ? <OkrImportPreview plan={plan} personName={(id) => people?.find((p) => p.id === id)?.name ?? id} lines={table.lines} unit={table.format === 'xlsx' ? 'row' : 'line'} createTeams={createTeams} onCreateTeamsChange={setCreateTeams} /> : null}
      <ImportCommitStatus commit={commit} />
      {done ? (
        <p className={styles.done} role="status">
          {done}
        </p>
      ) : null}
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

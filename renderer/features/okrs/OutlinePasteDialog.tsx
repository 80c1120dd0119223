import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { LIVE_PLAN_ID, quarterFromId } from '../../../shared/model';
import { htmlToOutlineText } from '../../../shared/import/outline/htmlText';
import { parseOutline } from '../../../shared/import/outline/outline';
import { periodOfPaste } from '../../../shared/import/outline/outlinePeriod';
import { planOutlineSave } from '../../../shared/import/outline/outlineSave';
import type { UnknownTeamChoice } from '../../../shared/import/unknownTeams';
import { okrPreferences } from '../../../shared/rules';
import { createPastedObjectives, useAllObjectives, useCustomPeriods, useDb, usePeople, useSettings, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import dialogStyles from '../../ui/Dialog.module.css';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useDocumentFile } from '../../ui/import/useDocumentFile';
import { plural } from './okrFormat';
import { OutlinePastePreview } from './OutlinePastePreview';
import { PeriodPicker } from './PeriodPicker';
import { TeamCheckboxes } from './TeamCheckboxes';
import { UnknownTeamChoices } from './UnknownTeamChoices';
import styles from './OutlinePaste.module.css';

const EXAMPLE = `Customers help themselves
- Increase portal self-service from 40 % to 60 %
- Reduce calls to the contact centre to 3,000 per week
- Ship the new onboarding by March`;

/** Paste OKRs as written in a document; correct the text until the preview is right, then save them all as one step. */
export function OutlinePasteDialog({ open, onOpenChange, today, periodId, teamId }: { open: boolean; onOpenChange: (open: boolean) => void; today: string; periodId: string; teamId: string | null }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} size="wide" title="Paste OKRs" description="Objective lines, each followed by its key results (bulleted, numbered or indented), pasted or from a file. Nothing leaves this computer.">
      {open ? <OutlinePasteForm today={today} initialPeriodId={periodId} teamId={teamId} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

/** A document the spreadsheet import handed over: its text, and how it was read. */
export interface ChosenDocument {
  text: string;
  summary: string;
  notices: string[];
}

/** The paste's text, preview and settings: in "Paste OKRs", and in "Import OKRs" for a document rather than a table. */
export function OutlinePasteForm({ today, initialPeriodId, teamId, onDone, fromFile }: { today: string; initialPeriodId: string; teamId: string | null; onDone: () => void; fromFile?: ChosenDocument }) {
  const db = useDb();
  const teams = useTeams(LIVE_PLAN_ID);
  const people = usePeople();
  const objectives = useAllObjectives();
  const custom = useCustomPeriods();
  const settings = useSettings();
  const [text, setText] = useState(fromFile?.text ?? '');
  // The text as it last came from a file: another file may replace that without asking, not what the person typed.
  const fileText = useRef(fromFile?.text ?? '');
  const currentText = useRef(text);
  useEffect(() => {
    currentText.current = text;
  });
  // A file's text waiting for "Replace the text you typed?"; and whether the person kept their own text instead.
  const [replacing, setReplacing] = useState<string | null>(null);
  const [keptTyped, setKeptTyped] = useState(false);
  const takeFileText = useCallback((read: string) => {
    fileText.current = read;
    setText(read);
    setKeptTyped(false);
  }, []);
  const file = useDocumentFile(
    useCallback(
      (read: string) => {
        const current = currentText.current;
        if (current.trim() === '' || current === fileText.current) takeFileText(read);
        else setReplacing(read);
      },
      [takeFileText],
    ),
  );
  const replaced = useRef(false);
  const fileRead = file.read ?? (fromFile ? { summary: fromFile.summary, notices: fromFile.notices } : null);
  const [teamChoices, setTeamChoices] = useState<ReadonlyMap<string, UnknownTeamChoice>>(new Map());
  const [chosenPeriodId, setPeriodId] = useState<string | null>(null);
  const [owners, setOwners] = useState<string[]>(teamId ? [teamId] : []);
  const [kind, setKind] = useState<'committed' | 'aspirational'>('committed');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const deferred = useDeferredValue(text);
  const parsed = useMemo(() => parseOutline(deferred), [deferred]);
  // The period a heading names ("Q2 FY27") is proposed until the person picks one.
  const pastePeriod = useMemo(() => periodOfPaste(parsed.period, okrPreferences(settings).fiscalYearStartMonth, custom ?? []), [parsed.period, settings, custom]);
  const periodId = chosenPeriodId ?? pastePeriod.id ?? initialPeriodId;
  const period = quarterFromId(periodId) ?? custom?.find((p) => p.id === periodId);
  const plan = useMemo(
    () => planOutlineSave(parsed, { teams: teams ?? [], people: people ?? [], chosenTeamIds: owners, period: period ?? { id: periodId, start: today, end: today }, today, objectives: objectives ?? [], teamChoices }),
    [parsed, teams, people, owners, period, periodId, today, objectives, teamChoices],
  );
  // Lines to correct in the text; owner teams missing is answered below the text, when saving.
  const problems = parsed.problems;
  const notes = useMemo(() => [...(pastePeriod.note ? [{ line: 1, message: pastePeriod.note }] : []), ...parsed.notes, ...plan.notes].sort((a, b) => a.line - b.line), [parsed, plan, pastePeriod]);
  const clean = parsed.objectives.length > 0 && problems.length === 0 && deferred === text && teams !== undefined && people !== undefined;
  const teamName = (id: string) => teams?.find((t) => t.id === id)?.name ?? id;
  const chooseTeam = (key: string, choice: UnknownTeamChoice) => setTeamChoices((previous) => new Map(previous).set(key, choice));
  const personName = (id: string) => people?.find((p) => p.id === id)?.name ?? id;

  async function save() {
    if (!clean) return setError('Correct the lines listed under the preview first.');
    if (plan.problems.length > 0) {
      return setError(`Choose at least one owner team: ${plural(plan.problems.length, 'objective')} ${plan.problems.length === 1 ? 'has' : 'have'} no team named in a heading or an “Owner:” line.`);
    }
    setSaving(true);
    setError(null);
    try {
      await createPastedObjectives(db, plan.entries, { periodId, kind, today, newTeamNames: plan.newTeamNames });
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
      setSaving(false);
    }
  }

  function pasteHtml(event: ClipboardEvent<HTMLTextAreaElement>) {
    // A web page or document copied with its structure: headings, nested lists, tables and struck lines become outline text.
    const html = event.clipboardData.getData('text/html');
    if (!html || !/<(?:li|h[1-6]|tr|del|s)\b/i.test(html)) return;
    event.preventDefault();
    const target = event.currentTarget;
    const converted = htmlToOutlineText(html);
    setText(target.value.slice(0, target.selectionStart) + converted + target.value.slice(target.selectionEnd));
  }

  return (
    <div className={formStyles.form} {...file.dropTarget}>
      <div className={styles.file}>
        {fileRead ? null : <span>Paste the OKRs into the text box below,</span>}
        <Button onClick={() => void file.choose()} disabled={saving || file.reading}>
          {fileRead ? 'Choose another file…' : 'or choose a file…'}
        </Button>
        <span role="status">
          {file.reading
            ? 'Reading the file…'
            : keptTyped
              ? 'Kept the text you typed: the file’s text was not used.'
              : (fileRead?.summary ?? 'a .md, .txt, .html or Word (.docx) file; or drop one on this dialog.')}
        </span>
      </div>
      {file.error ? (
        <p className={formStyles.formError} role="alert">
          {file.error}
        </p>
      ) : null}
      <ConfirmDialog
        open={replacing !== null}
        onOpenChange={(open) => {
          if (open) return;
          if (!replaced.current) setKeptTyped(true);
          replaced.current = false;
          setReplacing(null);
        }}
        title="Replace the text you typed?"
        confirmLabel="Replace with the file’s text"
        onConfirm={() => {
          replaced.current = true;
          if (replacing !== null) takeFileText(replacing);
        }}
      >
        <p>The text box holds OKRs you typed or changed. The file’s text would take their place and they would be lost. Cancel keeps your text; copy it somewhere first if you want both.</p>
      </ConfirmDialog>
      {fileRead && !keptTyped && fileRead.notices.length > 0 ? (
        <ul className={styles.fileNotices} aria-label="How the file was read">
          {fileRead.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <div className={styles.columns}>
        <TextAreaField label="OKRs as text" hint={`For example:\n${EXAMPLE}`} rows={14} value={text} onChange={(e) => setText(e.target.value)} onPaste={pasteHtml} autoFocus spellCheck={false} />
        <OutlinePastePreview plan={plan} problems={problems} notes={notes} teamName={teamName} personName={personName}>
          <UnknownTeamChoices unknown={plan.unknownTeams} teams={teams ?? []} onChoose={chooseTeam} />
        </OutlinePastePreview>
      </div>
      <div className={styles.settings}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
        <SelectField label="Kind" value={kind} options={[{ value: 'committed', label: 'Committed' }, { value: 'aspirational', label: 'Aspirational' }]} onChange={(e) => setKind(e.target.value === 'aspirational' ? 'aspirational' : 'committed')} />
      </div>
      <TeamCheckboxes legend="Owner teams" hint="For objectives whose heading or “Owner:” line names no team; change any of them afterwards." teams={teams ?? []} selected={owners} onChange={setOwners} />
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="primary" disabled={saving || !clean} onClick={() => void save()}>
          {parsed.objectives.length === 0 ? 'Paste OKRs to preview them' : `Create ${plural(parsed.objectives.length, 'objective')}${plan.newTeamNames.length > 0 ? ` and ${plural(plan.newTeamNames.length, 'team')}` : ''}`}
        </Button>
      </div>
    </div>
  );
}

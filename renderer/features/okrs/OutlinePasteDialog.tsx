import { useDeferredValue, useMemo, useState } from 'react';
import { LIVE_PLAN_ID, METRIC_LABELS } from '../../../shared/model';
import { parseOutline } from '../../../shared/import/outline/outline';
import { createObjectivesWithKeyResults, useDb, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import dialogStyles from '../../ui/Dialog.module.css';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { UserText } from '../../ui/UserText';
import { formatValue, plural } from './okrFormat';
import { PeriodPicker } from './PeriodPicker';
import { TeamCheckboxes } from './TeamCheckboxes';
import styles from './OutlinePaste.module.css';

const EXAMPLE = `Customers help themselves
- Increase portal self-service from 40 % to 60 %
- Reduce calls to the contact centre to 3,000 per week
- Ship the new onboarding by March`;

/** Paste OKRs as written in a document; correct the text until the preview is right, then save them all as one step. */
export function OutlinePasteDialog({ open, onOpenChange, today, periodId, teamId }: { open: boolean; onOpenChange: (open: boolean) => void; today: string; periodId: string; teamId: string | null }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} size="wide" title="Paste OKRs" description="Objective lines, each followed by its key results (bulleted, numbered or indented). Nothing leaves this computer.">
      {open ? <OutlinePaste today={today} initialPeriodId={periodId} teamId={teamId} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function OutlinePaste({ today, initialPeriodId, teamId, onDone }: { today: string; initialPeriodId: string; teamId: string | null; onDone: () => void }) {
  const db = useDb();
  const teams = useTeams(LIVE_PLAN_ID);
  const [text, setText] = useState('');
  const [periodId, setPeriodId] = useState(initialPeriodId);
  const [owners, setOwners] = useState<string[]>(teamId ? [teamId] : []);
  const [kind, setKind] = useState<'committed' | 'aspirational'>('committed');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const deferred = useDeferredValue(text);
  const parsed = useMemo(() => parseOutline(deferred), [deferred]);
  const keyResultCount = parsed.objectives.reduce((sum, o) => sum + o.keyResults.length, 0);
  const clean = parsed.objectives.length > 0 && parsed.problems.length === 0 && deferred === text;

  async function save() {
    if (owners.length === 0) return setError('Choose at least one owner team for the pasted objectives.');
    if (!clean) return setError('Correct the lines listed under the preview first.');
    setSaving(true);
    setError(null);
    try {
      await createObjectivesWithKeyResults(
        db,
        parsed.objectives.map((o) => ({ objective: { title: o.title, periodId, ownerTeamIds: owners, kind }, keyResults: o.keyResults.map(({ title, metric, start, target, unit }) => ({ title, metric, start, target, unit })) })),
      );
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
      setSaving(false);
    }
  }

  return (
    <div className={formStyles.form}>
      <div className={styles.columns}>
        <TextAreaField label="OKRs as text" hint={`For example:\n${EXAMPLE}`} rows={14} value={text} onChange={(e) => setText(e.target.value)} autoFocus spellCheck={false} />
        <section aria-label="Preview" className={styles.preview}>
          <h3>
            Preview: {plural(parsed.objectives.length, 'objective')}, {plural(keyResultCount, 'key result')}
          </h3>
          {parsed.problems.length > 0 ? (
            <ul className={styles.problems} aria-label="Lines to correct">
              {parsed.problems.slice(0, 50).map((p) => (
                <li key={`${p.line}:${p.message}`}>
                  Line {p.line}: {p.message}
                </li>
              ))}
              {parsed.problems.length > 50 ? <li>… and {parsed.problems.length - 50} more</li> : null}
            </ul>
          ) : null}
          <ol className={styles.objectives}>
            {parsed.objectives.slice(0, 200).map((o) => (
              <li key={o.line}>
                <strong>
                  <UserText>{o.title}</UserText>
                </strong>
                <ul aria-label={`Key results of ${o.title}`}>
                  {o.keyResults.map((k) => (
                    <li key={k.line}>
                      <UserText>{k.title}</UserText> <span className={styles.typed}>({METRIC_LABELS[k.metric]}{k.metric === 'milestone' ? '' : ` ${k.start === null ? '' : `${formatValue(k.start, k.unit)} → `}${formatValue(k.target, k.unit)}`})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div className={styles.settings}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
        <SelectField label="Kind" value={kind} options={[{ value: 'committed', label: 'Committed' }, { value: 'aspirational', label: 'Aspirational' }]} onChange={(e) => setKind(e.target.value === 'aspirational' ? 'aspirational' : 'committed')} />
      </div>
      <TeamCheckboxes legend="Owner teams" hint="Every pasted objective is owned by these teams; change any of them afterwards." teams={teams ?? []} selected={owners} onChange={setOwners} />
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="primary" disabled={saving || !clean} onClick={() => void save()}>
          {parsed.objectives.length === 0 ? 'Paste OKRs to preview them' : `Create ${plural(parsed.objectives.length, 'objective')}`}
        </Button>
      </div>
    </div>
  );
}

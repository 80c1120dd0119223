import { useState, type FormEvent } from 'react';
import { LIVE_PLAN_ID, METRIC_LABELS, MetricKind, type KeyResult } from '../../../shared/model';
import { addKeyResult, updateKeyResult, useDb, usePeople, useTeams } from '../../db';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { keyResultFormValues, numberLabels, parseKeyResultForm, type KeyResultFormValues } from './keyResultForm';
import { ownerOptions } from './ownerOptions';
import { TeamCheckboxes } from './TeamCheckboxes';
import styles from './Okr.module.css';

const METRIC_OPTIONS = MetricKind.options.map((metric) => ({ value: metric, label: METRIC_LABELS[metric] }));

export interface KeyResultEditorProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  objectiveId: string;
  /** The key result to edit; null to add one (at the end of the list). */
  keyResult: KeyResult | null;
  nextSortOrder: number;
}

export function KeyResultEditorDialog({ open, onOpenChange, objectiveId, keyResult, nextSortOrder }: KeyResultEditorProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={keyResult ? `Edit ${keyResult.title}` : 'New key result'}
      description="A key result is a measurable result that shows the objective is achieved."
    >
      {open ? (
        <KeyResultForm initial={keyResultFormValues(keyResult)} objectiveId={objectiveId} keyResultId={keyResult?.id ?? null} readAt={keyResult?.updatedAt ?? null} sortOrder={nextSortOrder} onDone={() => onOpenChange(false)} />
      ) : null}
    </Dialog>
  );
}

interface FormProps {
  initial: KeyResultFormValues;
  objectiveId: string;
  keyResultId: string | null;
  /** The key result's version when the form opened: a save over a newer one is refused (another window). */
  readAt: string | null;
  sortOrder: number;
  onDone: () => void;
}

const FIELD_LABELS = { title: 'Key result', metric: 'Metric', start: 'Start', target: 'Target', unit: 'Unit', weight: 'Weight' } as const;

function KeyResultForm({ initial, objectiveId, keyResultId, readAt, sortOrder, onDone }: FormProps) {
  const db = useDb();
  const people = usePeople();
  const teams = useTeams(LIVE_PLAN_ID);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (changes: Partial<KeyResultFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const labels = numberLabels(values.metric);
  const stale = useStaleEdit<KeyResultFormValues>({
    initial,
    readAt,
    kind: 'Key result',
    labels: FIELD_LABELS,
    toForm: (record) => keyResultFormValues(record as unknown as KeyResult),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save(stale.expectedUpdatedAt);
  }

  async function save(expectedUpdatedAt: string | null) {
    const parsed = parseKeyResultForm(values);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    stale.clear();
    try {
      if (keyResultId) await updateKeyResult(db, keyResultId, parsed.fields, expectedUpdatedAt ? { expectedUpdatedAt } : {});
      else await addKeyResult(db, { ...parsed.fields, objectiveId, sortOrder });
      onDone();
    } catch (cause) {
      if (!stale.refused(cause)) setErrors({ form: errorMessage(cause) });
    }
  }

  const owners = ownerOptions(people ?? [], teams ?? []);
  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Key result" value={values.title} onChange={(e) => set({ title: e.target.value })} error={errors.title} autoFocus maxLength={200} />
      <SelectField label="Metric" value={values.metric} options={METRIC_OPTIONS} onChange={(e) => set({ metric: MetricKind.parse(e.target.value) })} />
      {values.metric === 'milestone' ? (
        <p className={formStyles.hint}>A milestone is done or not done: check in with “Done” when it is.</p>
      ) : (
        <div className={styles.inline}>
          <TextField label={labels.start} hint="Empty when unknown" type="number" step="any" value={values.start} onChange={(e) => set({ start: e.target.value })} error={errors.start} />
          <TextField label={labels.target} type="number" step="any" value={values.target} onChange={(e) => set({ target: e.target.value })} error={errors.target} />
          <TextField label="Unit" hint="e.g. %, days, leads" value={values.unit} onChange={(e) => set({ unit: e.target.value })} error={errors.unit} maxLength={30} />
        </div>
      )}
      <div className={styles.inline}>
        <TextField label="Weight (optional)" hint="Empty means equal weight." type="number" step="any" min={0} value={values.weight} onChange={(e) => set({ weight: e.target.value })} error={errors.weight} />
        <SelectField label="Owner" hint="A person or a team" value={values.owner} options={owners} onChange={(e) => set({ owner: e.target.value })} />
      </div>
      <TeamCheckboxes legend="Contributing teams (optional)" teams={teams ?? []} selected={values.contributingTeamIds} onChange={(ids) => set({ contributingTeamIds: ids })} />
      {stale.conflict ? (
        <StaleEditNotice
          conflict={stale.conflict}
          onKeepMine={() => void save(stale.keepMine())}
          onTakeTheirs={() => setValues(stale.takeTheirs())}
        />
      ) : null}
      <FormFooter error={errors.form} submitLabel={keyResultId ? 'Save changes' : 'Add key result'} onCancel={onDone} />
    </form>
  );
}

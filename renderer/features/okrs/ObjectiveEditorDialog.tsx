import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { LIVE_PLAN_ID, type Objective } from '../../../shared/model';
import { periodChoices } from '../../../shared/rules';
import { createObjective, createObjectiveWithKeyResults, updateObjective, useCustomPeriods, useDb, usePeople, usePeriodObjectives, useRecordedTeamNames, useTeams } from '../../db';
import { Button } from '../../ui/Button';
import { emptyKeyResultRow, KeyResultRows } from './KeyResultRows';
import { parseKeyResultForm, type KeyResultFields, type KeyResultFormValues } from './keyResultForm';
import { objectiveChoiceLabel } from './okrFormat';
import { ownerOptions } from './ownerOptions';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { ObjectiveForm, objectiveFormValues, type ObjectiveFormValues } from './objectiveForm';
import { okrPaths, useOkrLink } from './okrLinks';
import { TeamCheckboxes } from './TeamCheckboxes';

export interface ObjectiveEditorProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The objective to edit; null to create one. */
  objective: Objective | null;
  today: string;
  periodId: string;
  teamId?: string | null;
}

/** Create or edit an objective: title, period, owner teams (one or more), alignment and kind. */
export function ObjectiveEditorDialog({ open, onOpenChange, objective, today, periodId, teamId = null }: ObjectiveEditorProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={objective ? `Edit ${objective.title}` : 'New objective'}
      description="An objective is an outcome the owner teams achieve together. Measure it with key results."
      size={objective ? 'default' : 'wide'}
    >
      {open ? (
        <ObjectiveEditorForm
          initial={objectiveFormValues(objective, periodId, teamId)}
          objectiveId={objective?.id ?? null}
          readAt={objective?.updatedAt ?? null}
          today={today}
          onDone={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  );
}

const FIELD_LABELS = { title: 'Objective', description: 'Description', kind: 'Kind' } as const;

interface ObjectiveEditorFormProps {
  initial: ObjectiveFormValues;
  objectiveId: string | null;
  /** The objective's version when the form opened: a save over a newer one is refused (another window). */
  readAt: string | null;
  today: string;
  onDone: () => void;
}

function ObjectiveEditorForm({ initial, objectiveId, readAt, today, onDone }: ObjectiveEditorFormProps) {
  const db = useDb();
  const navigate = useNavigate();
  const link = useOkrLink();
  const teams = useTeams(LIVE_PLAN_ID);
  const custom = useCustomPeriods();
  const [values, setValues] = useState<ObjectiveFormValues>(initial);
  const candidates = usePeriodObjectives(values.periodId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const people = usePeople();
  const [keyResults, setKeyResults] = useState<KeyResultFormValues[]>([emptyKeyResultRow()]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>[]>([]);
  const [created, setCreated] = useState('');
  const titleField = useRef<HTMLDivElement>(null);
  const addAnother = useRef(false);
  const owners = useMemo(() => ownerOptions(people ?? [], teams ?? []), [people, teams]);
  const set = (changes: Partial<ObjectiveFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const stale = useStaleEdit<ObjectiveFormValues>({
    initial,
    readAt,
    kind: 'Objective',
    labels: FIELD_LABELS,
    toForm: (record) => objectiveFormValues(record as unknown as Objective, initial.periodId, null),
  });

  const periods = useMemo(() => periodChoices(today, custom ?? [], values.periodId).map((p) => ({ value: p.id, label: p.name })), [today, custom, values.periodId]);
  const teamNames = useMemo(() => new Map((teams ?? []).map((t) => [t.id, t.name])), [teams]);
  // Objectives of earlier periods may be owned by teams archived or deleted since: named as recorded.
  const recordedTeamNames = useRecordedTeamNames();
  const periodName = periods.find((p) => p.value === values.periodId)?.label;
  const parents = [
    { value: '', label: 'None: a top-level objective' },
    ...(candidates ?? [])
      .filter((o) => o.id !== objectiveId)
      .map((o) => ({ value: o.id, label: objectiveChoiceLabel(o.title, o.ownerTeamIds.map((id) => teamNames.get(id) ?? recordedTeamNames.get(id) ?? 'a deleted team'), periodName) })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save(stale.expectedUpdatedAt);
    addAnother.current = false;
  }

  /** Rows with nothing typed are ignored; the others must be complete key results. */
  function parseRows(): KeyResultFields[] | undefined {
    const filled = keyResults.map((row) => (row.title.trim() || row.start.trim() || row.target.trim() ? row : null));
    const found: Record<string, string>[] = [];
    const fields: KeyResultFields[] = [];
    filled.forEach((row, index) => {
      if (!row) return;
      const parsed = parseKeyResultForm(row);
      if ('errors' in parsed) found[index] = parsed.errors;
      else fields.push(parsed.fields);
    });
    setRowErrors(found);
    return found.some(Boolean) ? undefined : fields;
  }

  async function save(expectedUpdatedAt: string | null) {
    const parsed = ObjectiveForm.safeParse(values);
    const rows = objectiveId ? [] : parseRows();
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    if (!rows) {
      setErrors({ form: 'Some key results are not complete: see the messages under them.' });
      return;
    }
    setSaving(true);
    setCreated('');
    stale.clear();
    try {
      if (objectiveId) {
        await updateObjective(db, objectiveId, parsed.data, expectedUpdatedAt ? { expectedUpdatedAt } : {});
        onDone();
      } else {
        const made = rows.length > 0 ? await createObjectiveWithKeyResults(db, parsed.data, rows) : await createObjective(db, parsed.data);
        if (addAnother.current) {
          // "Save and add another": same period, owners and kind; a fresh title and key results.
          setValues((v) => ({ ...v, title: '', description: '', parentId: null }));
          setKeyResults([emptyKeyResultRow()]);
          setErrors({});
          setSaving(false);
          setCreated(`Created “${made.title}” with ${rows.length} key ${rows.length === 1 ? 'result' : 'results'}.`);
          titleField.current?.querySelector('input')?.focus();
          return;
        }
        onDone();
        navigate(link(okrPaths.objective(made.id)));
      }
    } catch (cause) {
      if (!stale.refused(cause)) setErrors({ form: errorMessage(cause) });
      setSaving(false);
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <div ref={titleField}>
        <TextField label="Objective" value={values.title} onChange={(e) => set({ title: e.target.value })} error={errors.title} autoFocus maxLength={200} />
      </div>
      <TextAreaField label="Description" value={values.description ?? ''} onChange={(e) => set({ description: e.target.value })} error={errors.description} maxLength={2000} />
      <SelectField label="Period" value={values.periodId} options={periods} onChange={(e) => set({ periodId: e.target.value, parentId: null })} error={errors.periodId} />
      <TeamCheckboxes
        legend="Owner teams"
        hint="Choose two or more teams for a shared objective: they own the outcome together."
        teams={teams ?? []}
        selected={values.ownerTeamIds}
        onChange={(ownerTeamIds) => set({ ownerTeamIds })}
        error={errors.ownerTeamIds}
      />
      <SelectField label="Contributes to" hint="The objective this one supports (alignment)." value={values.parentId ?? ''} options={parents} onChange={(e) => set({ parentId: e.target.value || null })} />
      <SelectField
        label="Kind"
        value={values.kind}
        options={[
          { value: 'committed', label: 'Committed: we will achieve it in full' },
          { value: 'aspirational', label: 'Aspirational: a stretch, 70% is a success' },
        ]}
        onChange={(e) => set({ kind: e.target.value === 'aspirational' ? 'aspirational' : 'committed' })}
      />
      {objectiveId ? null : <KeyResultRows rows={keyResults} onChange={setKeyResults} owners={owners} errors={rowErrors} />}
      {stale.conflict ? (
        <StaleEditNotice
          conflict={stale.conflict}
          onKeepMine={() => void save(stale.keepMine())}
          onTakeTheirs={() => setValues(stale.takeTheirs())}
        />
      ) : null}
      {objectiveId ? null : (
        <p className={formStyles.hint}>
          {/* Not a submit button: Enter in a field keeps meaning "Create objective", the form's default. */}
          <Button disabled={saving} onClick={(event) => { addAnother.current = true; event.currentTarget.form?.requestSubmit(); }}>
            Save and add another
          </Button>{' '}
          <span role="status">{created}</span>
        </p>
      )}
      <FormFooter error={errors.form} submitLabel={objectiveId ? 'Save changes' : 'Create objective'} onCancel={onDone} busy={saving} />
    </form>
  );
}

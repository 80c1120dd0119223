import { useState, type FormEvent } from 'react';
import type { CheckIn, KeyResult } from '../../../shared/model';
import { correctCheckIn, deleteCheckIn, useDb } from '../../db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { currentValue, formatDate } from './okrFormat';
import { parseCheckInForm } from './checkInForm';
import okr from './Okr.module.css';

export type CheckInEdit = { kind: 'correct' | 'delete'; checkIn: CheckIn; keyResult: KeyResult } | null;

/** Correct (a new check-in pointing at this one) or delete (a tombstone) a check-in; both stay in the history. */
export function CheckInEditDialogs({ edit, today, onClose }: { edit: CheckInEdit; today: string; onClose: () => void }) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  const deleting = edit?.kind === 'delete' ? edit : null;
  return (
    <>
      <Dialog
        open={edit?.kind === 'correct'}
        onOpenChange={(open) => (open ? undefined : onClose())}
        title={edit ? `Correct the check-in of ${formatDate(edit.checkIn.date)}` : 'Correct a check-in'}
        description="The correction replaces its value and confidence; the history keeps both."
      >
        {edit?.kind === 'correct' ? <CorrectionForm edit={edit} today={today} onDone={onClose} /> : null}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : onClose())}
        title={deleting ? `Delete the check-in of ${formatDate(deleting.checkIn.date)}?` : 'Delete the check-in?'}
        confirmLabel="Delete check-in"
        onConfirm={() => {
          if (!deleting) return;
          setError(null);
          deleteCheckIn(db, deleting.checkIn.id).then(onClose, (cause: unknown) => setError(errorMessage(cause)));
        }}
      >
        <p>
          {deleting ? `Its value (${currentValue(deleting.keyResult, deleting.checkIn.value)}) no longer counts; ` : ''}the history shows it as deleted, and
          Undo brings it back.
        </p>
        {error ? <p className={okr.warnNote}>{error}</p> : null}
      </ConfirmDialog>
    </>
  );
}

function CorrectionForm({ edit, today, onDone }: { edit: NonNullable<CheckInEdit>; today: string; onDone: () => void }) {
  const db = useDb();
  const [values, setValues] = useState({ value: String(edit.checkIn.value), confidence: String(edit.checkIn.confidence), date: edit.checkIn.date, note: edit.checkIn.note });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (changes: Partial<typeof values>) => setValues((v) => ({ ...v, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseCheckInForm(values, edit.keyResult, today);
    if ('errors' in parsed) return setErrors(parsed.errors);
    try {
      await correctCheckIn(db, edit.checkIn.id, { value: parsed.fields.value, confidence: parsed.fields.confidence, note: parsed.fields.note }, today);
      onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  const unit = edit.keyResult.unit ? ` (${edit.keyResult.unit})` : '';
  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      {edit.keyResult.metric === 'milestone' ? (
        <SelectField label="Milestone" value={values.value} options={[{ value: '0', label: 'Not done yet' }, { value: '1', label: 'Done' }]} onChange={(e) => set({ value: e.target.value })} error={errors.value} />
      ) : (
        <TextField label={`Corrected value${unit}`} type="number" step="any" value={values.value} onChange={(e) => set({ value: e.target.value })} error={errors.value} autoFocus />
      )}
      <TextField label="Confidence (0–10)" type="number" min={0} max={10} step={1} value={values.confidence} onChange={(e) => set({ confidence: e.target.value })} error={errors.confidence} />
      <TextAreaField label="Note" rows={2} value={values.note} onChange={(e) => set({ note: e.target.value })} error={errors.note} maxLength={2000} />
      <FormFooter error={errors.form} submitLabel="Save correction" onCancel={onDone} />
    </form>
  );
}

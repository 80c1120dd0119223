import { useState, type FormEvent } from 'react';
import type { KeyResult } from '../../../shared/model';
import { recordCheckIn, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { parseCheckInForm, type CheckInFormValues } from './checkInForm';
import styles from './KeyResultPage.module.css';
import okr from './Okr.module.css';

/** The fast check-in: new value, confidence 0–10, a note; today by default, back-dating allowed. */
export function CheckInForm({ keyResult, today }: { keyResult: KeyResult; today: string }) {
  const db = useDb();
  const empty: CheckInFormValues = { value: '', confidence: '', date: today, note: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const set = (changes: Partial<CheckInFormValues>) => setValues((v) => ({ ...v, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const parsed = parseCheckInForm(values, keyResult, today);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    try {
      await recordCheckIn(db, { keyResultId: keyResult.id, ...parsed.fields }, today);
      setErrors({});
      setValues(empty);
      setSaved(`Check-in of ${parsed.fields.date} recorded.`);
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  const unit = keyResult.unit ? ` (${keyResult.unit})` : '';
  return (
    <form className={`${formStyles.form} ${styles.checkIn}`} onSubmit={submit} noValidate aria-labelledby="check-in-title">
      <h2 id="check-in-title">Check in</h2>
      <div className={okr.inline}>
        {keyResult.metric === 'milestone' ? (
          <SelectField
            label="Milestone"
            value={values.value}
            options={[{ value: '', label: 'Choose…' }, { value: '0', label: 'Not done yet' }, { value: '1', label: 'Done' }]}
            onChange={(e) => set({ value: e.target.value })}
            error={errors.value}
          />
        ) : (
          <TextField label={`New value${unit}`} type="number" step="any" value={values.value} onChange={(e) => set({ value: e.target.value })} error={errors.value} />
        )}
        <TextField
          label="Confidence (0–10)"
          hint="0: no chance · 10: certain"
          type="number"
          min={0}
          max={10}
          step={1}
          value={values.confidence}
          onChange={(e) => set({ confidence: e.target.value })}
          error={errors.confidence}
        />
        <TextField label="Date" hint="Today, or earlier to back-date" type="date" max={today} value={values.date} onChange={(e) => set({ date: e.target.value })} error={errors.date} />
      </div>
      <TextAreaField label="Note" rows={2} value={values.note} onChange={(e) => set({ note: e.target.value })} error={errors.note} maxLength={2000} />
      {errors.form ? (
        <p className={formStyles.formError} role="alert">
          {errors.form}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="primary">
          Record check-in
        </Button>{' '}
        <span role="status">{saved}</span>
      </div>
    </form>
  );
}

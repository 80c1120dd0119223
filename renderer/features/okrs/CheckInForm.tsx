import { useState, type FormEvent } from 'react';
import type { CheckIn, KeyResult, PeriodRange } from '../../../shared/model';
import { defaultCheckInDate, okrPreferences } from '../../../shared/rules';
import { recordCheckIn, useDb, useSettings } from '../../db';
import { useWhoAreYou } from './useWhoAreYou';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { parseCheckInForm, type CheckInFormValues } from './checkInForm';
import styles from './KeyResultPage.module.css';
import okr from './Okr.module.css';

/**
 * The fast check-in: new value, confidence 0–10, a note. Dated today while the period runs and on
 * its last day once it has ended; back-dating allowed within the period and its grace window.
 * Value and confidence start from the latest check-in.
 */
export function CheckInForm({ keyResult, today, period, latest }: { keyResult: KeyResult; today: string; period: PeriodRange | null; latest: CheckIn | undefined }) {
  const db = useDb();
  const settings = useSettings();
  const who = useWhoAreYou();
  const graceDays = okrPreferences(settings).checkInGraceDays;
  const empty: CheckInFormValues = {
    value: latest ? String(latest.value) : '',
    confidence: latest ? String(latest.confidence) : '',
    date: defaultCheckInDate(period, today),
    note: '',
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const set = (changes: Partial<CheckInFormValues>) => setValues((v) => ({ ...v, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const parsed = parseCheckInForm(values, keyResult, today, period ? { period, graceDays } : undefined);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    try {
      await who.ensure();
      await recordCheckIn(db, { keyResultId: keyResult.id, ...parsed.fields }, today);
      setErrors({});
      setValues({ ...empty, value: String(parsed.fields.value), confidence: String(parsed.fields.confidence) });
      setSaved(`Check-in of ${parsed.fields.date} recorded.`);
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  const unit = keyResult.unit ? ` (${keyResult.unit})` : '';
  return (
    <>
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
    {who.dialog}
    </>
  );
}

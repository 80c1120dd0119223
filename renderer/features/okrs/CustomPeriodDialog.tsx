import { useState, type FormEvent } from 'react';
import { NewPeriod } from '../../../shared/model';
import { createPeriod, useDb } from '../../db';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { TextField } from '../../ui/TextField';
import styles from './Okr.module.css';

/** A custom date range (a half-year, a programme increment) next to the built-in quarters. */
export function CustomPeriodDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (periodId: string) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New custom period" description="Quarters are built in; add a custom date range for anything else.">
      {open ? <CustomPeriodForm onDone={() => onOpenChange(false)} onCreated={onCreated} /> : null}
    </Dialog>
  );
}

function CustomPeriodForm({ onDone, onCreated }: { onDone: () => void; onCreated: (periodId: string) => void }) {
  const db = useDb();
  const [values, setValues] = useState({ name: '', start: '', end: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = NewPeriod.safeParse({ ...values, kind: 'custom' });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      const period = await createPeriod(db, parsed.data);
      onDone();
      onCreated(period.id);
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  const change = (field: 'name' | 'start' | 'end') => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Name" value={values.name} onChange={change('name')} error={errors.name} autoFocus maxLength={60} />
      <div className={styles.inline}>
        <TextField label="First day" type="date" value={values.start} onChange={change('start')} error={errors.start && 'Enter the first day as a date (YYYY-MM-DD).'} />
        <TextField label="Last day" type="date" value={values.end} onChange={change('end')} error={errors.end && (values.end ? 'The last day must be on or after the first day.' : 'Enter the last day as a date (YYYY-MM-DD).')} />
      </div>
      <FormFooter error={errors.form} submitLabel="Create period" onCancel={onDone} />
    </form>
  );
}

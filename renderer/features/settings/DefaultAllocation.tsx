import { useId, useState, type FormEvent } from 'react';
import { Allocation, type Settings } from '../../../shared/model';
import { updateSettings, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';

export function DefaultAllocation({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const [value, setValue] = useState(String(settings.defaultAllocation));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const parsed = Allocation.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    try {
      setError(undefined);
      await updateSettings(db, { defaultAllocation: parsed.data });
      setSaved(true);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Default allocation</h2>
      <form className={formStyles.form} onSubmit={submit} noValidate>
        <TextField label="Allocation proposed when someone joins a team (%)" type="number" min={1} max={100} value={value} onChange={(event) => setValue(event.target.value)} error={error} />
        <div>
          <Button type="submit" variant="primary">
            Save default
          </Button>{' '}
          <span role="status">{saved ? 'Default saved.' : ''}</span>
        </div>
      </form>
    </section>
  );
}

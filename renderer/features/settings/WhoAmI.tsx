import { useId, useState } from 'react';
import type { Person } from '../../../shared/model';
import { useDb, useMeId, writeMeId } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { isolateBidi } from '../../../shared/bidi';

/**
 * "This is me": there are no accounts, so check-ins and edits name the person chosen here. It
 * belongs to this device (the device table), not to the workspace: backups do not carry it.
 */
export function WhoAmI({ people }: { people: readonly Person[] }) {
  const db = useDb();
  const meId = useMeId();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This is me</h2>
      <p className={styles.explain}>Your check-ins and edits are recorded under this name.</p>
      <div className={formStyles.field}>
        <label htmlFor={id} className={formStyles.label}>
          Person
        </label>
        <select
          id={id}
          className={formStyles.input}
          value={meId ?? ''}
          onChange={(event) => {
            setError(null);
            writeMeId(db, event.target.value || null).catch((cause) => setError(errorMessage(cause)));
          }}
        >
          <option value="">Not chosen yet</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {isolateBidi(person.name)}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

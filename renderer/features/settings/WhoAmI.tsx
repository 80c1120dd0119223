import { useId, useMemo, useState } from 'react';
import type { Person } from '../../../shared/model';
import { choosablePeople } from '../../../shared/rules';
import { useDb, useMeId, writeMeId } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { TextField } from '../../ui/TextField';
import styles from './SettingsPage.module.css';
import { isolateBidi } from '../../../shared/bidi';

/** A list longer than this is narrowed by typing: a select of 5,000 names is unusable (and slow to show). */
const LISTED = 100;

/**
 * "This is me": there are no accounts, so check-ins and edits name the person chosen here. It
 * belongs to this device (the device table), not to the workspace: backups do not carry it.
 */
export function WhoAmI({ people }: { people: readonly Person[] }) {
  const db = useDb();
  const meId = useMeId();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const choice = useMemo(() => choosablePeople(people, query, LISTED, meId ?? null), [people, query, meId]);
  const narrowed = choice.matching > LISTED;
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This is me</h2>
      <p className={styles.explain}>Your check-ins and edits are recorded under this name.</p>
      {people.length > LISTED ? (
        <TextField
          label="Find yourself"
          type="search"
          hint={narrowed ? `The list shows the first ${LISTED} of ${choice.matching.toLocaleString('en')} people: type part of your name, email or employee ID.` : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      ) : null}
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
          <option value="">{choice.matching === 0 ? 'Nobody matches: not chosen yet' : 'Not chosen yet'}</option>
          {choice.shown.map((person) => (
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

import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/model';
import { choosablePeople } from '../../../shared/rules';
import { useDb, useMeId, writeMeId } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { LongSelectField } from '../../ui/LongSelectField';
import { TextField } from '../../ui/TextField';
import styles from './SettingsPage.module.css';
import { isolateBidi } from '../../../shared/bidi';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

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
  const [status, setStatus] = useState('');
  const draft = useSectionDraft('This is me', meId ?? '');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    try {
      setError(null);
      await writeMeId(db, draft.value || null);
      draft.saved();
      setStatus('Saved: this device records your edits under this name.');
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }
  const [query, setQuery] = useState('');
  const choice = useMemo(() => choosablePeople(people, query, LISTED, draft.value || null), [people, query, draft.value]);
  const narrowed = choice.matching > LISTED;
  const options = useMemo(
    () => [{ value: '', label: choice.matching === 0 ? 'Nobody matches: not chosen yet' : 'Not chosen yet' }, ...choice.shown.map((person) => ({ value: person.id, label: isolateBidi(person.name) }))],
    [choice],
  );
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This is me</h2>
      <p className={styles.explain}>Your check-ins and edits are recorded under this name.</p>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate aria-labelledby={`${id}-title`}>
        {people.length > LISTED ? (
          <TextField
            label="Find yourself"
            type="search"
            hint={narrowed ? `The list shows the first ${LISTED} of ${choice.matching.toLocaleString('en')} people: type part of your name, email or employee ID.` : undefined}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        ) : null}
        <LongSelectField
          label="Person"
          value={draft.value}
          options={options}
          onChange={(event) => {
            const next = event.target.value;
            setError(null);
            setStatus('');
            draft.set(() => next);
          }}
        />
        {error ? (
          <p className={formStyles.formError} role="alert">
            {error}
          </p>
        ) : null}
        <SectionActions saveLabel="Save" dirty={draft.dirty} onRevert={() => { draft.revert(); setError(null); }} status={status} />
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { createTeamGroup, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { designErrorMessage } from './designErrors';
import styles from './Design.module.css';

/** Adds a team of teams; the user names its level (tribe, value stream, domain …). */
export function GroupForm({ planId }: { planId: string }) {
  const db = useDb();
  const [values, setValues] = useState({ name: '', level: 'Tribe', maxPeople: '150', maxTeams: '8' });
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    try {
      const group = await createTeamGroup(db, { planId, name: values.name, level: values.level, maxPeople: Number(values.maxPeople), maxTeams: Number(values.maxTeams) });
      setError('');
      setSaved(`Saved the group “${group.name}”. Put teams into it with Edit team.`);
      setValues((v) => ({ ...v, name: '' }));
    } catch (cause) {
      setError(designErrorMessage(cause));
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Add group" noValidate>
      <TextField label="Group name" value={values.name} onChange={set('name')} maxLength={80} />
      <TextField label="Level" value={values.level} onChange={set('level')} maxLength={40} hint="Tribe, value stream, domain …" />
      <TextField label="At most people" type="number" min={1} value={values.maxPeople} onChange={set('maxPeople')} />
      <TextField label="At most teams" type="number" min={1} value={values.maxTeams} onChange={set('maxTeams')} />
      <div className={styles.actions}>
        <Button type="submit" variant="primary">Add group</Button>
      </div>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
      {saved ? <p role="status" className={styles.saved}>{saved}</p> : null}
    </form>
  );
}

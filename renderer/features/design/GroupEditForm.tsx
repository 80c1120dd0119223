import { useState, type FormEvent } from 'react';
import type { TeamGroup } from '../../../shared/model';
import { count } from '../../../shared/rules/wording';
import { updateTeamGroup, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { designErrorMessage } from './designErrors';
import styles from './Design.module.css';

function valuesOf(group: TeamGroup) {
  return { name: group.name, level: group.level, maxPeople: String(group.maxPeople), maxTeams: String(group.maxTeams) };
}

/**
 * Edits one group's name, level and limits. The parent keys it by the group's id and `updatedAt`,
 * so choosing another group, or a change saved elsewhere (undo, another window), shows the stored
 * values instead of what was typed for the previous one.
 */
export function GroupEditForm({ group, onDone }: { group: TeamGroup; onDone: (message: string) => void }) {
  const db = useDb();
  const [values, setValues] = useState(() => valuesOf(group));
  const [error, setError] = useState('');
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = await updateTeamGroup(
        db,
        group.id,
        { name: values.name, level: values.level, maxPeople: Number(values.maxPeople), maxTeams: Number(values.maxTeams) },
        { expectedUpdatedAt: group.updatedAt },
      );
      setError('');
      onDone(`Saved the group “${saved.name}”: at most ${count(saved.maxTeams, 'team')} and ${count(saved.maxPeople, 'person', 'people')}.`);
    } catch (cause) {
      setError(designErrorMessage(cause));
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Edit group ${group.name}`} noValidate>
      <TextField label="Group name" value={values.name} onChange={set('name')} maxLength={80} />
      <TextField label="Level" value={values.level} onChange={set('level')} maxLength={40} />
      <TextField label="At most people" type="number" min={1} value={values.maxPeople} onChange={set('maxPeople')} />
      <TextField label="At most teams" type="number" min={1} value={values.maxTeams} onChange={set('maxTeams')} />
      <div className={styles.actions}>
        <Button type="submit" variant="primary">Save group</Button>
        <Button type="button" onClick={() => onDone('')}>Cancel</Button>
      </div>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
    </form>
  );
}

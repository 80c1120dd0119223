import { useState, type FormEvent } from 'react';
import { DEPENDENCY_STATES, DependencyState, type Team } from '../../../shared/model';
import { todayLocal } from '../../../shared/clock';
import { createDependency, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { designErrorMessage } from './designErrors';
import styles from './Design.module.css';

export const STATE_LABELS: Record<DependencyState, string> = { blocking: 'Blocking', slowing: 'Slowing', fine: 'Fine' };

/** Adds a dependency to the register: a team, the team it depends on, how bad, since when. */
export function DependencyForm({ planId, teams }: { planId: string; teams: readonly Team[] }) {
  const db = useDb();
  const options = [{ value: '', label: 'Choose a team' }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  const [values, setValues] = useState({ dependentTeamId: '', dependsOnTeamId: '', state: 'slowing', since: todayLocal(), note: '' });
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (!values.dependentTeamId || !values.dependsOnTeamId) {
      setError('Choose the dependent team and the team it depends on.');
      return;
    }
    try {
      await createDependency(db, { planId, ...values, state: DependencyState.parse(values.state) });
      setError('');
      setSaved('Saved the dependency.');
      setValues((v) => ({ ...v, dependentTeamId: '', dependsOnTeamId: '', note: '' }));
    } catch (cause) {
      setError(designErrorMessage(cause));
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Add dependency" noValidate>
      <SelectField label="Dependent team" options={options} value={values.dependentTeamId} onChange={set('dependentTeamId')} />
      <SelectField label="Depends on" options={options} value={values.dependsOnTeamId} onChange={set('dependsOnTeamId')} />
      <SelectField label="State" options={DEPENDENCY_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))} value={values.state} onChange={set('state')} />
      <TextField label="Since" type="date" value={values.since} onChange={set('since')} />
      <TextField label="Note" value={values.note} onChange={set('note')} maxLength={400} />
      <div className={styles.actions}>
        <Button type="submit" variant="primary">Add dependency</Button>
      </div>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
      {saved ? <p role="status" className={styles.saved}>{saved}</p> : null}
    </form>
  );
}

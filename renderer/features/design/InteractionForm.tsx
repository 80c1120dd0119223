import { useState, type FormEvent } from 'react';
import { INTERACTION_MODES, INTERACTION_MODE_INFO, InteractionMode, type Team } from '../../../shared/model';
import { todayLocal } from '../../../shared/clock';
import { createInteraction, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { designErrorMessage } from './designErrors';
import styles from './Design.module.css';

const MODE_OPTIONS = INTERACTION_MODES.map((m) => ({ value: m, label: INTERACTION_MODE_INFO[m].label }));

/** Adds an interaction between two teams of the plan; the form stays for the next one. */
export function InteractionForm({ planId, teams }: { planId: string; teams: readonly Team[] }) {
  const db = useDb();
  const options = [{ value: '', label: 'Choose a team' }, ...teams.map((t) => ({ value: t.id, label: t.name }))];
  const [values, setValues] = useState({ providerTeamId: '', consumerTeamId: '', mode: 'x-as-a-service', purpose: '', start: todayLocal(), end: '' });
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (!values.providerTeamId || !values.consumerTeamId) {
      setError('Choose both teams of the interaction.');
      return;
    }
    try {
      await createInteraction(db, { planId, ...values, mode: InteractionMode.parse(values.mode), end: values.end || null });
      const name = (id: string) => teams.find((t) => t.id === id)?.name ?? '';
      setError('');
      setSaved(`Saved: ${name(values.providerTeamId)} → ${name(values.consumerTeamId)} (${INTERACTION_MODE_INFO[InteractionMode.parse(values.mode)].label}).`);
      setValues((v) => ({ ...v, providerTeamId: '', consumerTeamId: '', purpose: '' }));
    } catch (cause) {
      setError(designErrorMessage(cause));
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Add interaction" noValidate>
      <SelectField label="Providing team" options={options} value={values.providerTeamId} onChange={set('providerTeamId')} />
      <SelectField label="Consuming team" options={options} value={values.consumerTeamId} onChange={set('consumerTeamId')} />
      <SelectField label="Mode" options={MODE_OPTIONS} value={values.mode} onChange={set('mode')} hint={INTERACTION_MODE_INFO[InteractionMode.parse(values.mode)].definition} />
      <TextField label="Purpose" value={values.purpose} onChange={set('purpose')} maxLength={400} />
      <TextField label="Start" type="date" value={values.start} onChange={set('start')} />
      <TextField label="Expected end" type="date" value={values.end} onChange={set('end')} hint="Leave empty when open-ended." />
      <div className={styles.actions}>
        <Button type="submit" variant="primary">Add interaction</Button>
      </div>
      {error ? <p role="alert" className={styles.error}>{error}</p> : null}
      {saved ? <p role="status" className={styles.saved}>{saved}</p> : null}
    </form>
  );
}

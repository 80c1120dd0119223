import { useId } from 'react';
import type { Team } from '../../../shared/model';
import formStyles from '../../ui/Form.module.css';
import styles from './Okr.module.css';
import { UserText } from '../../ui/UserText';

export interface TeamCheckboxesProps {
  legend: string;
  teams: readonly Team[];
  selected: readonly string[];
  onChange: (teamIds: string[]) => void;
  hint?: string;
  error?: string | undefined;
}

/** A labelled group of checkboxes, one per team: the multi-select for owner and contributing teams. */
export function TeamCheckboxes({ legend, teams, selected, onChange, hint, error }: TeamCheckboxesProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const toggle = (teamId: string, checked: boolean) =>
    onChange(checked ? [...selected, teamId] : selected.filter((selectedId) => selectedId !== teamId));
  return (
    <div className={formStyles.field}>
      <fieldset className={styles.checkboxes} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>{legend}</legend>
        {teams.length === 0 ? <p className={formStyles.hint}>No teams yet: create teams on the Teams page first.</p> : null}
        {teams.map((team) => (
          <label key={team.id} className={styles.checkbox}>
            <input type="checkbox" checked={selected.includes(team.id)} onChange={(event) => toggle(team.id, event.target.checked)} />
            <UserText>{team.name}</UserText>
          </label>
        ))}
      </fieldset>
      {hint ? (
        <p id={`${id}-hint`} className={formStyles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={formStyles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

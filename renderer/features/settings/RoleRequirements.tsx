import { useId, useState } from 'react';
import type { Role } from '../../../shared/model';
import { updateRole, useDb, type RoleChanges } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

/** Per role: required on every team, and how many holders a team should have. Saved as you go. */
export function RoleRequirements({ roles }: { roles: readonly Role[] }) {
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Role requirements</h2>
      <p className={styles.explain}>Every team is checked against these. Leave the maximum empty for no limit. Changes apply at once.</p>
      <table className={styles.roles}>
        <caption className="visually-hidden">Role requirements per team</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Required</th>
            <th scope="col">Minimum</th>
            <th scope="col">Maximum</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <RoleRow key={role.id} role={role} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function RoleRow({ role }: { role: Role }) {
  const db = useDb();
  const [min, setMin] = useState(String(role.minPerTeam));
  const [max, setMax] = useState(role.maxPerTeam === null ? '' : String(role.maxPerTeam));
  const [required, setRequired] = useState(role.required);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  async function save(changes: RoleChanges) {
    try {
      setError(null);
      await updateRole(db, role.id, changes);
    } catch (cause) {
      setError(errorMessage(cause).replace(/^(\w+): /, ''));
    }
  }

  const numbers = () => {
    const minimum = min.trim() === '' ? Number.NaN : Number(min);
    const maximum = max.trim() === '' ? null : Number(max);
    if (Number.isNaN(minimum)) return setError('Enter a minimum (0 or more).');
    void save({ minPerTeam: minimum, maxPerTeam: maximum });
  };

  return (
    <tr>
      <th scope="row">
        <UserText>{role.name}</UserText>
        {error ? (
          <p id={errorId} className={formStyles.error} role="alert">
            {`${isolateBidi(role.name)}: ${error}`}
          </p>
        ) : null}
      </th>
      <td>
        <input
          type="checkbox"
          aria-label={`${isolateBidi(role.name)} is required`}
          checked={required}
          onChange={(event) => {
            setRequired(event.target.checked);
            void save({ required: event.target.checked });
          }}
        />
      </td>
      <td>
        <LimitInput label={`Minimum ${role.name} per team`} min={0} value={min} onChange={setMin} onCommit={numbers} describedBy={error ? errorId : undefined} />
      </td>
      <td>
        <LimitInput label={`Maximum ${role.name} per team`} min={1} value={max} onChange={setMax} onCommit={numbers} describedBy={error ? errorId : undefined} placeholder="No limit" />
      </td>
    </tr>
  );
}

interface LimitInputProps {
  label: string;
  min: number;
  value: string;
  onChange: (value: string) => void;
  /** Saves on leaving the field or pressing Enter, so half-typed numbers are never stored. */
  onCommit: () => void;
  describedBy: string | undefined;
  placeholder?: string;
}

function LimitInput({ label, min, value, onChange, onCommit, describedBy, placeholder }: LimitInputProps) {
  return (
    <input
      className={formStyles.input}
      type="number"
      min={min}
      max={50}
      aria-label={label}
      aria-describedby={describedBy}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onCommit}
      onKeyDown={(event) => (event.key === 'Enter' ? onCommit() : undefined)}
    />
  );
}

import { useId, useRef, useState } from 'react';
import type { RoleRuleRow, RoleRuleRowError } from '../../../shared/design/roleRuleRows';
import type { Role } from '../../../shared/model';
import { Button } from '../../ui/Button';
import styles from './PrincipleSets.module.css';

interface RoleRulesEditorProps {
  setLabel: string;
  rows: RoleRuleRow[];
  onChange: (rows: RoleRuleRow[]) => void;
  roles: readonly Role[];
  errors: RoleRuleRowError[];
}

/**
 * A principle set's required roles with their minimum and maximum per team: one row per role,
 * typed counts (empty maximum: no limit), rows added from the roles not yet listed and removed;
 * the keyboard reaches every field, and focus moves to the new row or back to the role picker.
 */
export function RoleRulesEditor({ setLabel, rows, onChange, roles, errors }: RoleRulesEditorProps) {
  const id = useId();
  const name = (roleId: string) => roles.find((r) => r.id === roleId)?.name ?? roleId;
  const available = roles.filter((r) => r.deletedAt === null && !rows.some((row) => row.roleId === r.id));
  const [adding, setAdding] = useState('');
  const table = useRef<HTMLTableElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const chosen = available.some((r) => r.id === adding) ? adding : (available[0]?.id ?? '');

  const update = (index: number, field: 'min' | 'max', value: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const add = () => {
    if (!chosen) return;
    onChange([...rows, { roleId: chosen, min: '1', max: '' }]);
    setAdding('');
    // After the new row is drawn: its minimum, ready to type.
    requestAnimationFrame(() => table.current?.querySelector<HTMLInputElement>('tbody tr:last-child input')?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => picker.current?.focus());
  };
  const errorOf = (index: number, field: RoleRuleRowError['field']) => errors.find((e) => e.row === index && e.field === field);

  return (
    <fieldset className={styles.roleRules}>
      <legend>Roles of {setLabel} teams</legend>
      <p className={styles.hint}>A minimum of 1 or more makes the role required; leave the maximum empty for no upper limit.</p>
      {rows.length === 0 ? (
        <p>No role is required of these teams.</p>
      ) : (
        <table ref={table} className={styles.roleTable} aria-label={`Roles of ${setLabel} teams`}>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">At least</th>
              <th scope="col">At most</th>
              <th scope="col">
                <span className={styles.hidden}>Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const minError = errorOf(index, 'min');
              const maxError = errorOf(index, 'max');
              const rowError = errorOf(index, 'roleId');
              return (
                <tr key={row.roleId + String(index)}>
                  <th scope="row">
                    {name(row.roleId)}
                    {rowError ? (
                      <span id={`${id}-${index}-role`} className={styles.fieldError}>
                        {rowError.message}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <input
                      className={styles.count}
                      inputMode="numeric"
                      aria-label={`Minimum ${name(row.roleId)}`}
                      value={row.min}
                      onChange={(event) => update(index, 'min', event.target.value)}
                      aria-invalid={minError ? true : undefined}
                      aria-describedby={minError ? `${id}-${index}-min` : undefined}
                    />
                    {minError ? (
                      <span id={`${id}-${index}-min`} className={styles.fieldError}>
                        {minError.message}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <input
                      className={styles.count}
                      inputMode="numeric"
                      aria-label={`Maximum ${name(row.roleId)}`}
                      placeholder="no limit"
                      value={row.max}
                      onChange={(event) => update(index, 'max', event.target.value)}
                      aria-invalid={maxError ? true : undefined}
                      aria-describedby={maxError ? `${id}-${index}-max` : undefined}
                    />
                    {maxError ? (
                      <span id={`${id}-${index}-max`} className={styles.fieldError}>
                        {maxError.message}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <Button variant="ghost" onClick={() => remove(index)} aria-label={`Remove ${name(row.roleId)}`}>
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {available.length > 0 ? (
        <div className={styles.actions}>
          <label className={styles.hidden} htmlFor={`${id}-add`}>
            Role to add
          </label>
          <select id={`${id}-add`} ref={picker} className={styles.rolePicker} value={chosen} onChange={(event) => setAdding(event.target.value)}>
            {available.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
          <Button onClick={add}>Add role</Button>
        </div>
      ) : null}
    </fieldset>
  );
}

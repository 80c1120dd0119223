import { useId, useMemo, useState, type FormEvent } from 'react';
import { Role } from '../../../shared/model';
import { updateRoles, useDb, type RoleChanges } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

interface RoleRow {
  required: boolean;
  min: string;
  max: string;
}

const rowOf = (role: Role): RoleRow => ({ required: role.required, min: String(role.minPerTeam), max: role.maxPerTeam === null ? '' : String(role.maxPerTeam) });

/** A row's numbers, or what is wrong with them in words. */
function changesOf(row: RoleRow): RoleChanges | string {
  const min = row.min.trim() === '' ? Number.NaN : Number(row.min);
  const max = row.max.trim() === '' ? null : Number(row.max);
  if (!Number.isInteger(min) || min < 0) return `enter a whole minimum of 0 or more (“${row.min}” is not).`;
  if (max !== null && (!Number.isInteger(max) || max < 1)) return `enter a whole maximum of 1 or more, or leave it empty for no limit (“${row.max}” is not).`;
  return { required: row.required, minPerTeam: min, maxPerTeam: max };
}

/** Per role: required on every team, and how many holders a team should have. Saved with the section's Save. */
export function RoleRequirements({ roles }: { roles: readonly Role[] }) {
  const db = useDb();
  const id = useId();
  const stored = useMemo(() => Object.fromEntries(roles.map((r) => [r.id, rowOf(r)])) as Record<string, RoleRow>, [roles]);
  const draft = useSectionDraft('Role requirements', stored);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const edit = (roleId: string, patch: Partial<RoleRow>) => {
    setStatus('');
    draft.set((rows) => ({ ...rows, [roleId]: { ...rows[roleId]!, ...patch } }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    const found: Record<string, string> = {};
    const edits: Array<{ roleId: string; changes: RoleChanges }> = [];
    for (const role of roles) {
      const row = draft.value[role.id];
      if (!row || JSON.stringify(row) === JSON.stringify(stored[role.id])) continue;
      const changes = changesOf(row);
      if (typeof changes === 'string') {
        found[role.id] = changes;
        continue;
      }
      // The same rules the repository applies, checked first so the message sits on the role's row.
      const checked = Role.safeParse({ ...role, ...changes });
      if (!checked.success) found[role.id] = checked.error.issues[0]?.message ?? 'these numbers are not valid';
      else edits.push({ roleId: role.id, changes });
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || edits.length === 0) return;
    try {
      await updateRoles(db, edits);
      draft.saved();
      setStatus(`Requirements of ${edits.length.toLocaleString('en-US')} ${edits.length === 1 ? 'role' : 'roles'} saved.`);
    } catch (cause) {
      setErrors({ form: errorMessage(cause).replace(/^(\w+): /, '') });
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Role requirements</h2>
      <p className={styles.explain}>Every team is checked against these. Leave the maximum empty for no limit.</p>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate aria-labelledby={`${id}-title`}>
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
              <RoleRowEditor key={role.id} role={role} row={draft.value[role.id] ?? rowOf(role)} error={errors[role.id]} onEdit={(patch) => edit(role.id, patch)} />
            ))}
          </tbody>
        </table>
        {errors.form ? <p className={formStyles.formError} role="alert">{errors.form}</p> : null}
        <SectionActions saveLabel="Save role requirements" dirty={draft.dirty} onRevert={() => { draft.revert(); setErrors({}); }} status={status} />
      </form>
    </section>
  );
}

function RoleRowEditor({ role, row, error, onEdit }: { role: Role; row: RoleRow; error: string | undefined; onEdit: (patch: Partial<RoleRow>) => void }) {
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
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
        <input type="checkbox" aria-label={`${isolateBidi(role.name)} is required`} checked={row.required} onChange={(event) => onEdit({ required: event.target.checked })} />
      </td>
      <td>
        <input className={formStyles.input} type="number" min={0} max={50} aria-label={`Minimum ${role.name} per team`} aria-describedby={describedBy}
          value={row.min} onChange={(event) => onEdit({ min: event.target.value })} />
      </td>
      <td>
        <input className={formStyles.input} type="number" min={1} max={50} aria-label={`Maximum ${role.name} per team`} aria-describedby={describedBy}
          value={row.max} placeholder="No limit" onChange={(event) => onEdit({ max: event.target.value })} />
      </td>
    </tr>
  );
}

import { useId, useMemo, useState, type FormEvent } from 'react';
import { NewDepartment, type Department, type DepartmentKind } from '../../../shared/model';
import { createDepartment, deleteDepartment, updateDepartments, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

const KIND_OPTIONS = [
  { value: 'technology', label: 'Technology' },
  { value: 'business', label: 'Business' },
];

/** Departments and their kind: business departments make a team cross-functional. */
export function Departments({ departments }: { departments: readonly Department[] }) {
  const db = useDb();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const stored = useMemo(() => Object.fromEntries(departments.map((d) => [d.id, d.kind])) as Record<string, DepartmentKind>, [departments]);
  const draft = useSectionDraft('Departments', stored);
  const run = (action: Promise<unknown>) => {
    setError(null);
    action.catch((cause) => setError(errorMessage(cause)));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    const edits = departments.filter((d) => draft.value[d.id] && draft.value[d.id] !== d.kind).map((d) => ({ departmentId: d.id, changes: { kind: draft.value[d.id]! } }));
    try {
      setError(null);
      await updateDepartments(db, edits);
      draft.saved();
      setStatus(`Kind of ${edits.length.toLocaleString('en-US')} ${edits.length === 1 ? 'department' : 'departments'} saved.`);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Departments</h2>
      <p className={styles.explain}>People from business departments make a team cross-functional.</p>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate aria-labelledby={`${id}-title`}>
      <table className={styles.roles}>
        <caption className="visually-hidden">Departments</caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Kind</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <th scope="row"><UserText>{department.name}</UserText></th>
              <td>
                <select
                  className={formStyles.input}
                  aria-label={`Kind of ${isolateBidi(department.name)}`}
                  value={draft.value[department.id] ?? department.kind}
                  onChange={(event) => {
                    const kind = event.target.value as DepartmentKind;
                    setStatus('');
                    draft.set((kinds) => ({ ...kinds, [department.id]: kind }));
                  }}
                >
                  {KIND_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <Button variant="ghost" aria-label={`Delete ${isolateBidi(department.name)}`} onClick={() => run(deleteDepartment(db, department.id))}>
                  Delete
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <SectionActions saveLabel="Save departments" dirty={draft.dirty} onRevert={() => { draft.revert(); setError(null); }} status={status} />
      </form>
      <AddDepartment />
    </section>
  );
}

function AddDepartment() {
  const db = useDb();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DepartmentKind>('business');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = NewDepartment.safeParse({ name, kind });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    try {
      await createDepartment(db, parsed.data);
      setName('');
      setErrors({});
    } catch (cause) {
      setErrors({ name: errorMessage(cause) });
    }
  }

  return (
    <form className={styles.inlineForm} onSubmit={submit} noValidate>
      <TextField label="New department" value={name} onChange={(event) => setName(event.target.value)} error={errors.name} />
      <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as DepartmentKind)} options={KIND_OPTIONS} />
      <Button type="submit">Add department</Button>
    </form>
  );
}

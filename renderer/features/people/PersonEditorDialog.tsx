import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { NewPerson, type Department } from '../../../shared/model';
import { createPerson, updatePerson, useDb, usePerson, usePlan } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { usePeopleUi } from '../../state/peopleUi';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';

type PersonForm = { name: string; email: string; title: string; departmentId: string };
const EMPTY: PersonForm = { name: '', email: '', title: '', departmentId: '' };

export function PersonEditorDialog({ departments }: { departments: readonly Department[] }) {
  const editor = usePeopleUi((s) => s.editor);
  const openEditor = usePeopleUi((s) => s.openEditor);
  const person = usePerson(editor?.mode === 'edit' ? editor.personId : undefined);
  const editing = editor?.mode === 'edit';
  const inDraft = usePlan(useSelectedPlanId())?.kind === 'draft';
  const open = editor !== null && (!editing || Boolean(person));
  const initial: PersonForm =
    editing && person ? { name: person.name, email: person.email ?? '', title: person.title, departmentId: person.departmentId ?? '' } : EMPTY;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : openEditor(null))}
      title={editing ? `Edit ${person?.name ?? 'person'}` : 'Add person'}
      description={`People belong to one department and can sit on several teams.${inDraft ? ' A person applies to every plan: this change reaches the live organisation and every draft, not only the draft shown.' : ''}`}
    >
      {open ? (
        <PersonForm
          key={editing ? `edit-${person?.id}` : 'create'}
          initial={initial}
          personId={editing ? (editor?.mode === 'edit' ? editor.personId : null) : null}
          readAt={editing && person ? person.updatedAt : null}
          departments={departments}
          onDone={() => openEditor(null)}
        />
      ) : null}
    </Dialog>
  );
}

interface PersonFormProps {
  initial: PersonForm;
  personId: string | null;
  /** The person's version when the form opened: a save over a newer one is refused (another window). */
  readAt: string | null;
  departments: readonly Department[];
  onDone: () => void;
}

const FIELD_LABELS = { name: 'Name', email: 'Email', title: 'Job title', departmentId: 'Department' } as const;

function PersonForm({ initial, personId, readAt, departments, onDone }: PersonFormProps) {
  const db = useDb();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const departmentName = (id: unknown) => departments.find((d) => d.id === id)?.name ?? '';
  const stale = useStaleEdit<PersonForm>({
    initial,
    readAt,
    kind: 'Person',
    labels: FIELD_LABELS,
    toForm: (record) => ({
      name: String(record.name ?? ''),
      email: String(record.email ?? ''),
      title: String(record.title ?? ''),
      departmentId: String(record.departmentId ?? ''),
    }),
  });
  const set = (field: keyof PersonForm) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save(stale.expectedUpdatedAt);
  }

  async function save(expectedUpdatedAt: string | null) {
    const input: z.input<typeof NewPerson> = {
      name: values.name,
      email: values.email.trim() === '' ? null : values.email.trim(),
      title: values.title,
      departmentId: values.departmentId || null,
    };
    const parsed = NewPerson.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    stale.clear();
    try {
      if (personId) await updatePerson(db, personId, parsed.data, expectedUpdatedAt ? { expectedUpdatedAt } : {});
      else await createPerson(db, parsed.data);
      onDone();
    } catch (cause) {
      if (!stale.refused(cause)) setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Name" value={values.name} onChange={set('name')} error={errors.name} autoFocus autoComplete="off" />
      <TextField label="Email" type="email" value={values.email} onChange={set('email')} error={errors.email} hint="Optional. Used to recognise people when you import a roster." />
      <TextField label="Job title" value={values.title} onChange={set('title')} error={errors.title} />
      <SelectField
        label="Department"
        value={values.departmentId}
        onChange={set('departmentId')}
        error={errors.departmentId}
        options={[{ value: '', label: 'No department' }, ...departments.map((d) => ({ value: d.id, label: `${d.name} (${d.kind})` }))]}
      />
      {stale.conflict ? (
        <StaleEditNotice
          conflict={stale.conflict}
          // The department is stored by id: name it.
          changes={stale.conflict.changes.map((line) =>
            line.startsWith('Department is now') ? `Department is now “${departmentName(stale.conflict!.theirs.departmentId)}”` : line,
          )}
          onKeepMine={() => void save(stale.keepMine())}
          onTakeTheirs={() => setValues(stale.takeTheirs())}
        />
      ) : null}
      <FormFooter error={errors.form} submitLabel={personId ? 'Save changes' : 'Add person'} onCancel={onDone} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { Team } from '../../../shared/model';
import { createTeam, updateTeam, useDb, useTeam } from '../../db';
import { useUnsavedChanges } from '../../platform';
import { useTeamsUi } from '../../state/teamsUi';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';
import formStyles from '../../ui/Form.module.css';

const TeamForm = Team.pick({ name: true, service: true, mission: true });
type TeamFormValues = z.input<typeof TeamForm>;

const EMPTY: TeamFormValues = { name: '', service: '', mission: '' };

/** Create or rename a team. Mounted once per page; which team it edits is UI state. */
export function TeamEditorDialog({ planId }: { planId: string }) {
  const editor = useTeamsUi((s) => s.editor);
  const openEditor = useTeamsUi((s) => s.openEditor);
  const team = useTeam(editor?.mode === 'edit' ? editor.teamId : undefined);
  const open = editor !== null && (editor.mode === 'create' || team !== undefined);
  const initial = editor?.mode === 'edit' && team ? { name: team.name, service: team.service, mission: team.mission } : EMPTY;
  const formKey = editor?.mode === 'edit' ? `edit-${editor.teamId}-${team ? 'ready' : 'loading'}` : 'create';

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : openEditor(null))}
      title={editor?.mode === 'edit' ? `Edit ${team?.name ?? 'team'}` : 'New team'}
      description="A product team owns one service and is small enough to feed with two pizzas."
    >
      {open ? (
        <TeamEditorForm
          key={formKey}
          initial={initial}
          submitLabel={editor?.mode === 'edit' ? 'Save changes' : 'Create team'}
          teamId={editor?.mode === 'edit' ? editor.teamId : null}
          readAt={editor?.mode === 'edit' && team ? team.updatedAt : null}
          planId={planId}
          onDone={() => openEditor(null)}
        />
      ) : null}
    </Dialog>
  );
}

interface TeamEditorFormProps {
  initial: TeamFormValues;
  submitLabel: string;
  teamId: string | null;
  /** The team's version when the form opened: a save over a newer one is refused (another window). */
  readAt: string | null;
  planId: string;
  onDone: () => void;
}

const FIELD_LABELS = { name: 'Name', service: 'Service', mission: 'Mission' } as const;

function TeamEditorForm({ initial, submitLabel, teamId, readAt, planId, onDone }: TeamEditorFormProps) {
  const db = useDb();
  const [values, setValues] = useState<TeamFormValues>(initial);
  const stale = useStaleEdit<TeamFormValues>({
    initial,
    readAt,
    kind: 'Team',
    labels: FIELD_LABELS,
    toForm: (record) => ({ name: String(record.name ?? ''), service: String(record.service ?? ''), mission: String(record.mission ?? '') }),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Closing the window with a half-typed team asks first (renderer/platform/unsavedChanges.ts).
  useUnsavedChanges((Object.keys(EMPTY) as Array<keyof TeamFormValues>).some((field) => (values[field] ?? '') !== (initial[field] ?? '')));

  const change = (field: keyof TeamFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  async function save(expectedUpdatedAt: string | null) {
    const parsed = TeamForm.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    stale.clear();
    try {
      if (teamId) await updateTeam(db, teamId, parsed.data, expectedUpdatedAt ? { expectedUpdatedAt } : {});
      else useTeamsUi.getState().revealTeam((await createTeam(db, { ...parsed.data, planId })).id);
      onDone();
    } catch (cause) {
      setSaving(false);
      if (!stale.refused(cause)) setErrors({ form: errorMessage(cause) });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(stale.expectedUpdatedAt);
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Team name" value={values.name} onChange={change('name')} error={errors.name} autoFocus maxLength={80} />
      <TextField
        label="Service it owns"
        hint="The product or service this team is accountable for, e.g. “Customer portal”."
        value={values.service ?? ''}
        onChange={change('service')}
        error={errors.service}
        maxLength={120}
      />
      <TextField label="Mission" value={values.mission ?? ''} onChange={change('mission')} error={errors.mission} maxLength={400} />
      {stale.conflict ? (
        <StaleEditNotice
          conflict={stale.conflict}
          onKeepMine={() => void save(stale.keepMine())}
          onTakeTheirs={() => setValues(stale.takeTheirs())}
        />
      ) : null}
      <FormFooter error={errors.form} submitLabel={submitLabel} onCancel={onDone} busy={saving} />
    </form>
  );
}

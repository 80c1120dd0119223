import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { TEAM_TYPES, TEAM_TYPE_INFO, Team, TeamType } from '../../../shared/model';
import { createTeam, updateTeam, useDb, useTeam, useTeamGroups } from '../../db';
import { SelectField } from '../../ui/SelectField';
import { useUnsavedChanges } from '../../platform';
import { useTeamsUi } from '../../state/teamsUi';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import { TextAreaField } from '../../ui/TextAreaField';
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';
import formStyles from '../../ui/Form.module.css';

/** Services are typed as one text, separated by commas or new lines. */
export function splitServices(text: string): string[] {
  return text.split(/[,\n;]/).map((s) => s.trim()).filter((s) => s !== '');
}

const TeamForm = Team.pick({ name: true, mission: true, workingWithUs: true }).extend({
  services: zod.string().transform(splitServices).pipe(Team.shape.services),
  type: zod.union([zod.literal(''), TeamType]).transform((t) => (t === '' ? null : t)),
  groupId: zod.string().transform((g) => (g === '' ? null : g)),
});
type TeamFormValues = z.input<typeof TeamForm>;

const EMPTY: TeamFormValues = { name: '', services: '', mission: '', type: '', groupId: '', workingWithUs: '' };

function formOf(record: Record<string, unknown>): TeamFormValues {
  const services = Array.isArray(record.services) ? record.services.map(String).join(', ') : '';
  return {
    name: String(record.name ?? ''),
    services,
    mission: String(record.mission ?? ''),
    workingWithUs: String(record.workingWithUs ?? ''),
    type: (typeof record.type === 'string' ? record.type : '') as TeamFormValues['type'],
    groupId: typeof record.groupId === 'string' ? record.groupId : '',
  };
}

/** Create or rename a team. Mounted once per page; which team it edits is UI state. */
export function TeamEditorDialog({ planId }: { planId: string }) {
  const editor = useTeamsUi((s) => s.editor);
  const openEditor = useTeamsUi((s) => s.openEditor);
  const team = useTeam(editor?.mode === 'edit' ? editor.teamId : undefined);
  const open = editor !== null && (editor.mode === 'create' || team !== undefined);
  const initial = editor?.mode === 'edit' && team ? formOf(team) : EMPTY;
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

const FIELD_LABELS = { name: 'Name', services: 'Services', mission: 'Mission', type: 'Type', groupId: 'Group', workingWithUs: 'How to work with us' } as const;

const TYPE_OPTIONS = [{ value: '', label: 'No type (Default principles)' }, ...TEAM_TYPES.map((t) => ({ value: t, label: TEAM_TYPE_INFO[t].label }))];

function TeamEditorForm({ initial, submitLabel, teamId, readAt, planId, onDone }: TeamEditorFormProps) {
  const db = useDb();
  const groups = useTeamGroups(planId);
  const [values, setValues] = useState<TeamFormValues>(initial);
  const stale = useStaleEdit<TeamFormValues>({
    initial,
    readAt,
    kind: 'Team',
    labels: FIELD_LABELS,
    toForm: formOf,
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
        label="Services it owns"
        hint="The products or services this team is accountable for, separated by commas, e.g. “Customer portal, Payments API”."
        value={values.services}
        onChange={change('services')}
        error={errors.services}
        maxLength={2000}
      />
      <SelectField
        label="Team type"
        hint={values.type ? TEAM_TYPE_INFO[values.type].definition : 'Without a type the team is checked against the Default principles.'}
        options={TYPE_OPTIONS}
        value={values.type}
        onChange={change('type')}
        error={errors.type}
      />
      <SelectField
        label="Group"
        hint="The team of teams (tribe, value stream, domain) this team belongs to."
        options={[{ value: '', label: 'No group' }, ...(groups ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.level})` }))]}
        value={values.groupId}
        onChange={change('groupId')}
        error={errors.groupId}
      />
      <TextField label="Mission" value={values.mission ?? ''} onChange={change('mission')} error={errors.mission} maxLength={400} />
      <TextAreaField
        label="How to work with us"
        hint="For the team's Team API page: where to ask, response times, rituals others may join."
        value={values.workingWithUs ?? ''}
        onChange={change('workingWithUs')}
        error={errors.workingWithUs}
        maxLength={1000}
      />
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

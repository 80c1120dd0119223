import { useMemo, useState, type FormEvent } from 'react';
import { Allocation, ROLE_IDS, type Person } from '../../../shared/model';
import { addMember, useDb, usePeople, usePlanMemberships, useRoles, useSettings, useTeam } from '../../db';
import { useTeamsUi } from '../../state/teamsUi';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import { allocationPreview } from './allocationPreview';
import { PersonPicker } from './PersonPicker';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';
import { roleForTitle, titleRoleSynonyms } from '../../../shared/import';

/** Add a person to a team with a role and an allocation; opened by a drop or a button. */
export function AddMemberDialog({ planId }: { planId: string }) {
  const draft = useTeamsUi((s) => s.memberDraft);
  const draftMember = useTeamsUi((s) => s.draftMember);
  const team = useTeam(draft?.teamId);
  const open = draft !== null && Boolean(team);
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : draftMember(null))} title={`Add to ${team?.name ?? 'team'}`}>
      {open && draft ? (
        <AddMemberForm key={`${draft.teamId}-${draft.personId}`} planId={planId} teamId={draft.teamId} initialPersonId={draft.personId} onDone={() => draftMember(null)} />
      ) : null}
    </Dialog>
  );
}

interface AddMemberFormProps {
  planId: string;
  teamId: string;
  initialPersonId: string | null;
  onDone: () => void;
}

function AddMemberForm({ planId, teamId, initialPersonId, onDone }: AddMemberFormProps) {
  const db = useDb();
  const people = usePeople();
  const roles = useRoles();
  const settings = useSettings();
  const memberships = usePlanMemberships(planId);
  const [personId, setPersonId] = useState(initialPersonId ?? '');
  // Until the person adding chooses a role, the title → role synonyms of Settings propose one.
  const [chosenRoleId, setRoleId] = useState<string | null>(null);
  const [allocation, setAllocation] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const allocationText = allocation ?? String(settings?.defaultAllocation ?? 100);
  const person: Person | undefined = useMemo(() => people?.find((p) => p.id === personId), [people, personId]);
  const preview = person && memberships ? allocationPreview(person, memberships, Number(allocationText)) : null;
  const suggestedRole = person && person.title && roles && settings ? roleForTitle(person.title, titleRoleSynonyms(settings), roles) : null;
  const roleId = chosenRoleId ?? suggestedRole?.id ?? ROLE_IDS.developer;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!personId) next.person = 'Choose the person to add.';
    const parsed = Allocation.safeParse(allocationText.trim() === '' ? Number.NaN : Number(allocationText));
    if (!parsed.success) next.allocation = parsed.error.issues[0]?.message ?? 'allocation is not valid';
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    try {
      await addMember(db, { planId, teamId, personId, roleId, allocation: parsed.data });
      onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      {initialPersonId && person ? (
        <p className={formStyles.hint}>
          Person: <strong><UserText>{person.name}</UserText></strong>
          {person.title ? `, ${isolateBidi(person.title)}` : ''}
        </p>
      ) : (
        <PersonPicker people={people ?? []} value={personId} onChange={setPersonId} error={errors.person} />
      )}
      <SelectField
        label="Role"
        value={roleId}
        onChange={(event) => setRoleId(event.target.value)}
        options={(roles ?? []).filter((r) => r.deletedAt === null).map((r) => ({ value: r.id, label: r.name }))}
        autoFocus={Boolean(initialPersonId)}
        hint={chosenRoleId === null && suggestedRole && person ? `Proposed from the title “${isolateBidi(person.title)}”` : undefined}
      />
      <TextField
        label="Allocation (%)"
        type="number"
        min={1}
        max={100}
        inputMode="numeric"
        value={allocationText}
        onChange={(event) => setAllocation(event.target.value)}
        error={errors.allocation}
        hint={preview ?? 'Share of this person’s working time spent on this team.'}
      />
      <FormFooter error={errors.form} submitLabel="Add to team" onCancel={onDone} />
    </form>
  );
}

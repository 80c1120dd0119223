import { useMemo, useState, type FormEvent } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import { Allocation, ROLE_IDS } from '../../../shared/model';
import { memberCandidates, usualRole } from '../../../shared/rules';
import { addMember, useDb, usePeople, usePlanMemberships, useRoles, useSettings, useTeam, useTeams } from '../../db';
import { useTeamsUi, type MemberDraft } from '../../state/teamsUi';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { UserText } from '../../ui/UserText';
import { roleForTitle, titleRoleSynonyms } from '../../../shared/import';
import { allocationPreview } from './allocationPreview';
import { PersonPicker, VACANCY_CHOICE } from './PersonPicker';

/** Add a person (or an open role to hire for) to a team; opened by a drop, a button or a finding's fix. */
export function AddMemberDialog({ planId }: { planId: string }) {
  const draft = useTeamsUi((s) => s.memberDraft);
  const draftMember = useTeamsUi((s) => s.draftMember);
  const team = useTeam(draft?.teamId);
  const open = draft !== null && Boolean(team);
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : draftMember(null))} title={`Add to ${team?.name ?? 'team'}`}>
      {open && draft ? <AddMemberForm key={`${draft.teamId}-${draft.personId}-${draft.roleId}`} planId={planId} draft={draft} onDone={() => draftMember(null)} /> : null}
    </Dialog>
  );
}

function AddMemberForm({ planId, draft, onDone }: { planId: string; draft: NonNullable<MemberDraft>; onDone: () => void }) {
  const db = useDb();
  const people = usePeople();
  const roles = useRoles();
  const settings = useSettings();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const { teamId } = draft;
  const [personId, setPersonId] = useState(draft.personId ?? '');
  const [chosenRole, setChosenRole] = useState<string | null>(draft.roleId ?? null);
  const [allocation, setAllocation] = useState<string | null>(draft.allocation === undefined ? null : String(draft.allocation));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const person = useMemo(() => people?.find((p) => p.id === personId), [people, personId]);
  // The role follows the person's usual role until the user picks one: their other teams, else their
  // title through the title → role synonyms of Settings, else a role named in their title.
  const onTeams = Boolean(person && memberships?.some((m) => m.personId === person.id && m.deletedAt === null));
  const fromTitle = !onTeams && person?.title && roles && settings ? roleForTitle(person.title, titleRoleSynonyms(settings), roles) : null;
  const roleId = chosenRole ?? fromTitle?.id ?? (person && memberships && roles ? usualRole(person, memberships, roles) : undefined) ?? ROLE_IDS.developer;
  const candidates = useMemo(() => (people && memberships ? memberCandidates(people, memberships, teamId, roleId) : []), [people, memberships, teamId, roleId]);
  const teamNames = useMemo(() => new Map((teams ?? []).map((t) => [t.id, t.name])), [teams]);
  const allocationText = allocation ?? String(settings?.defaultAllocation ?? 100);
  const preview = person && memberships ? allocationPreview(person, memberships, Number(allocationText)) : null;
  const roleName = roles?.find((r) => r.id === roleId)?.name ?? 'this role';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!personId) next.person = 'Choose the person to add, or “To hire” for an open role.';
    const parsed = Allocation.safeParse(allocationText.trim() === '' ? Number.NaN : Number(allocationText));
    if (!parsed.success) next.allocation = `${parsed.error.issues[0]?.message ?? 'allocation is not valid'} (you entered “${allocationText}”).`;
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    try {
      await addMember(db, { planId, teamId, personId: personId === VACANCY_CHOICE ? null : personId, roleId, allocation: parsed.data });
      onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  const roleField = (
    <SelectField
      label="Role"
      value={roleId}
      onChange={(event) => setChosenRole(event.target.value)}
      options={(roles ?? []).filter((r) => r.deletedAt === null).map((r) => ({ value: r.id, label: r.name }))}
      autoFocus={Boolean(draft.personId)}
      hint={chosenRole === null && fromTitle && person ? `Proposed from the title “${isolateBidi(person.title)}”` : undefined}
    />
  );
  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      {draft.personId && person ? (
        <p className={formStyles.hint}>
          Person: <strong><UserText>{person.name}</UserText></strong>
          {person.title ? `, ${isolateBidi(person.title)}` : ''}
        </p>
      ) : null}
      {draft.roleId ? roleField : null}
      {draft.personId ? null : (
        <PersonPicker
          candidates={candidates}
          teamName={(id) => teamNames.get(id) ?? 'a deleted team'}
          value={personId}
          onChange={setPersonId}
          error={errors.person}
        />
      )}
      {draft.roleId ? null : roleField}
      <TextField
        label="Allocation (%)"
        type="number"
        min={1}
        max={100}
        inputMode="numeric"
        value={allocationText}
        onChange={(event) => setAllocation(event.target.value)}
        error={errors.allocation}
        hint={personId === VACANCY_CHOICE ? `The planned share of a ${roleName.toLowerCase()}’s time: counted in the team’s FTE.` : (preview ?? 'Share of this person’s working time spent on this team.')}
      />
      <FormFooter error={errors.form} submitLabel={personId === VACANCY_CHOICE ? 'Add open role' : 'Add to team'} onCancel={onDone} />
    </form>
  );
}

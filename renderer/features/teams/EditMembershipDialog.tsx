import { useState, type FormEvent } from 'react';
import { Allocation } from '../../../shared/model';
import { updateMembership, useDb, useMembership, usePerson, useRoles } from '../../db';
import { useTeamsUi } from '../../state/teamsUi';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';

/** Change a member's role or allocation on one team. */
export function EditMembershipDialog() {
  const membershipId = useTeamsUi((s) => s.editingMembershipId);
  const editMembership = useTeamsUi((s) => s.editMembership);
  const membership = useMembership(membershipId ?? undefined);
  const person = usePerson(membership?.personId ?? undefined);
  const vacancy = membership?.personId === null;
  const open = Boolean(membership && (person || vacancy));
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : editMembership(null))} title={`Change ${vacancy ? 'the open role' : (person?.name ?? 'member')}`}>
      {open && membership ? (
        <EditMembershipForm key={membership.id} membershipId={membership.id} roleId={membership.roleId} allocation={membership.allocation} onDone={() => editMembership(null)} />
      ) : null}
    </Dialog>
  );
}

function EditMembershipForm(props: { membershipId: string; roleId: string; allocation: number; onDone: () => void }) {
  const db = useDb();
  const roles = useRoles();
  const [roleId, setRoleId] = useState(props.roleId);
  const [allocation, setAllocation] = useState(String(props.allocation));
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Allocation.safeParse(allocation.trim() === '' ? Number.NaN : Number(allocation));
    if (!parsed.success) {
      setErrors({ allocation: parsed.error.issues[0]?.message ?? 'allocation is not valid' });
      return;
    }
    try {
      await updateMembership(db, props.membershipId, { roleId, allocation: parsed.data });
      props.onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <SelectField label="Role" value={roleId} onChange={(event) => setRoleId(event.target.value)} options={(roles ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      <TextField label="Allocation (%)" type="number" min={1} max={100} value={allocation} onChange={(event) => setAllocation(event.target.value)} error={errors.allocation} autoFocus />
      <FormFooter error={errors.form} submitLabel="Save changes" onCancel={props.onDone} />
    </form>
  );
}

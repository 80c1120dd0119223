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
import { StaleEditNotice } from '../../ui/StaleEditNotice';
import { useStaleEdit } from '../../ui/useStaleEdit';

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
        <EditMembershipForm
          key={membership.id}
          membershipId={membership.id}
          roleId={membership.roleId}
          allocation={membership.allocation}
          readAt={membership.updatedAt}
          onDone={() => editMembership(null)}
        />
      ) : null}
    </Dialog>
  );
}

interface MembershipForm {
  roleId: string;
  allocation: string;
}

function EditMembershipForm(props: { membershipId: string; roleId: string; allocation: number; readAt: string; onDone: () => void }) {
  const db = useDb();
  const roles = useRoles();
  const [roleId, setRoleId] = useState(props.roleId);
  const [allocation, setAllocation] = useState(String(props.allocation));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const roleName = (id: string) => roles?.find((r) => r.id === id)?.name ?? id;
  const stale = useStaleEdit<MembershipForm>({
    initial: { roleId: props.roleId, allocation: String(props.allocation) },
    readAt: props.readAt,
    kind: 'Membership',
    labels: { roleId: 'Role', allocation: 'Allocation (%)' },
    toForm: (record) => ({ roleId: String(record.roleId ?? ''), allocation: String(record.allocation ?? '') }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save(stale.expectedUpdatedAt);
  }

  async function save(expectedUpdatedAt: string | null) {
    const parsed = Allocation.safeParse(allocation.trim() === '' ? Number.NaN : Number(allocation));
    if (!parsed.success) {
      setErrors({ allocation: parsed.error.issues[0]?.message ?? 'allocation is not valid' });
      return;
    }
    stale.clear();
    try {
      await updateMembership(db, props.membershipId, { roleId, allocation: parsed.data }, expectedUpdatedAt ? { expectedUpdatedAt } : {});
      props.onDone();
    } catch (cause) {
      if (!stale.refused(cause)) setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <SelectField label="Role" value={roleId} onChange={(event) => setRoleId(event.target.value)} options={(roles ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      <TextField label="Allocation (%)" type="number" min={1} max={100} value={allocation} onChange={(event) => setAllocation(event.target.value)} error={errors.allocation} autoFocus />
      {stale.conflict ? (
        <StaleEditNotice
          conflict={{ ...stale.conflict, what: 'This membership' }}
          changes={stale.conflict.changes.map((line) => (line.startsWith('Role is now') ? `Role is now “${roleName(stale.conflict!.theirs.roleId)}”` : line))}
          onKeepMine={() => void save(stale.keepMine())}
          onTakeTheirs={() => {
            const theirs = stale.takeTheirs();
            setRoleId(theirs.roleId);
            setAllocation(theirs.allocation);
          }}
        />
      ) : null}
      <FormFooter error={errors.form} submitLabel="Save changes" onCancel={props.onDone} />
    </form>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { isolateBidi } from '../../../shared/bidi';
import { Allocation, type Membership, type Role, type Team } from '../../../shared/model';
import { updatePersonMemberships, useDb, usePerson, type MembershipEdit } from '../../db';
import { usePeopleUi } from '../../state/peopleUi';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { FormFooter } from '../../ui/FormFooter';
import { UserText } from '../../ui/UserText';
import styles from './PeoplePage.module.css';

interface PersonTeamsDialogProps {
  memberships: readonly Membership[];
  teams: readonly Team[];
  roles: readonly Role[];
}

/** A person's teams of this plan, from their row: change each role and allocation, or take them off a team. */
export function PersonTeamsDialog({ memberships, teams, roles }: PersonTeamsDialogProps) {
  const personId = usePeopleUi((s) => s.teamsOfPersonId);
  const close = usePeopleUi((s) => s.editTeamsOf);
  const person = usePerson(personId ?? undefined);
  const open = Boolean(personId && person);
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : close(null))} title={`Teams of ${person?.name ?? 'this person'}`}>
      {open && person ? (
        <PersonTeamsForm key={person.id} name={person.name} memberships={memberships.filter((m) => m.personId === person.id && m.deletedAt === null)} teams={teams} roles={roles} onDone={() => close(null)} />
      ) : null}
    </Dialog>
  );
}

interface FormProps {
  name: string;
  memberships: readonly Membership[];
  teams: readonly Team[];
  roles: readonly Role[];
  onDone: () => void;
}

function PersonTeamsForm({ name, memberships, teams, roles, onDone }: FormProps) {
  const db = useDb();
  const teamName = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);
  const [values, setValues] = useState(() => new Map(memberships.map((m) => [m.id, { allocation: String(m.allocation), roleId: m.roleId, remove: false }])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const total = [...values.values()].reduce((sum, v) => sum + (v.remove ? 0 : Number(v.allocation) || 0), 0);
  const set = (id: string, change: Partial<{ allocation: string; roleId: string; remove: boolean }>) =>
    setValues((old) => new Map(old).set(id, { ...old.get(id)!, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    const edits: MembershipEdit[] = [];
    for (const m of memberships) {
      const value = values.get(m.id)!;
      if (value.remove) {
        edits.push({ membershipId: m.id, remove: true });
        continue;
      }
      const parsed = Allocation.safeParse(value.allocation.trim() === '' ? Number.NaN : Number(value.allocation));
      if (!parsed.success) {
        next[m.id] = `${parsed.error.issues[0]?.message ?? 'allocation is not valid'} (you entered “${value.allocation}”).`;
        continue;
      }
      if (parsed.data !== m.allocation || value.roleId !== m.roleId) edits.push({ membershipId: m.id, allocation: parsed.data, roleId: value.roleId, expectedUpdatedAt: m.updatedAt });
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    if (edits.length === 0) return onDone();
    try {
      await updatePersonMemberships(db, name, edits);
      onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <table className={styles.shareTable}>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Role</th>
            <th scope="col">Allocation (%)</th>
            <th scope="col">Take off</th>
          </tr>
        </thead>
        <tbody>
          {memberships.map((m) => {
            const value = values.get(m.id)!;
            const team = isolateBidi(teamName.get(m.teamId) ?? 'a deleted team');
            return (
              <tr key={m.id}>
                <th scope="row"><UserText>{teamName.get(m.teamId) ?? 'a deleted team'}</UserText></th>
                <td>
                  <select className={formStyles.input} aria-label={`Role on ${team}`} value={value.roleId} disabled={value.remove} onChange={(e) => set(m.id, { roleId: e.target.value })}>
                    {roles.map((r) => (
                      <option key={r.id} value={r.id}>{r.name}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    className={formStyles.input}
                    type="number"
                    min={1}
                    max={100}
                    aria-label={`Allocation on ${team} (%)`}
                    value={value.allocation}
                    disabled={value.remove}
                    aria-invalid={errors[m.id] ? true : undefined}
                    onChange={(e) => set(m.id, { allocation: e.target.value })}
                  />
                  {errors[m.id] ? <p className={formStyles.error} role="alert">{errors[m.id]}</p> : null}
                </td>
                <td>
                  <input type="checkbox" aria-label={`Take off ${team}`} checked={value.remove} onChange={(e) => set(m.id, { remove: e.target.checked })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={total > 100 ? `${formStyles.hint} ${styles.over}` : formStyles.hint} role="status">
        In all: {total}%{total > 100 ? `, ${total - 100} points over full time.` : '.'}
      </p>
      <FormFooter error={errors.form} submitLabel="Save teams" onCancel={onDone} />
    </form>
  );
}

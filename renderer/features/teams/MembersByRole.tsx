import { VACANCY_NAME, type Membership, type Person, type Role } from '../../../shared/model';
import { removeMember, useDb } from '../../db';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import styles from './TeamView.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

interface MembersByRoleProps {
  teamId: string;
  memberships: readonly Membership[];
  people: readonly Person[];
  roles: readonly Role[];
}

/** The team grouped by role, each member with their allocation and the other teams they sit on. */
export function MembersByRole({ teamId, memberships, people, roles }: MembersByRoleProps) {
  const db = useDb();
  const editMembership = useTeamsUi((s) => s.editMembership);
  const draftMember = useTeamsUi((s) => s.draftMember);
  const personById = new Map(people.map((p) => [p.id, p]));
  const own = memberships.filter((m) => m.teamId === teamId);
  const otherTeams = new Map<string, number>();
  for (const m of memberships) {
    if (m.teamId !== teamId && m.personId !== null) otherTeams.set(m.personId, (otherTeams.get(m.personId) ?? 0) + 1);
  }
  const groups = roles
    .map((role) => ({ role, members: own.filter((m) => m.roleId === role.id) }))
    .filter((group) => group.members.length > 0 || group.role.required);

  if (own.length === 0) return <p className={styles.muted}>No members yet. Use “Add member”, or drag people onto this team from the Teams board.</p>;

  return (
    <div className={styles.roleGroups}>
      {groups.map(({ role, members }) => (
        <section key={role.id} className={styles.roleGroup} aria-label={role.name}>
          <h3 className={styles.roleName}>
            <UserText>{role.name}</UserText> <span className={styles.muted}>({members.length})</span>
          </h3>
          {members.length === 0 ? (
            <p className={styles.missing}>
              Nobody yet{role.required ? ': this role is required.' : '.'}{' '}
              <Button variant="ghost" onClick={() => draftMember({ teamId, personId: null, roleId: role.id })} aria-label={`Add ${isolateBidi(role.name.toLowerCase())} to this team`}>
                + Add {isolateBidi(role.name.toLowerCase())}
              </Button>
            </p>
          ) : (
            <ul className={styles.members}>
              {members.map((membership) => {
                // A vacancy (no person yet) is listed as "To hire" with its planned allocation.
                const person = membership.personId === null ? undefined : personById.get(membership.personId);
                const name = membership.personId === null ? VACANCY_NAME : (person?.name ?? 'Unknown person');
                const others = membership.personId === null ? 0 : (otherTeams.get(membership.personId) ?? 0);
                return (
                  <li key={membership.id} className={styles.member}>
                    <span className={styles.memberName}>
                      <UserText>{name}</UserText>
                    </span>
                    <span className={styles.muted}>
                      <UserText>{person?.title}</UserText>
                    </span>
                    <span className={styles.allocation}>{membership.allocation}%</span>
                    {others > 0 ? (
                      <span className={styles.shared} title={`Also on ${others} other team${others === 1 ? '' : 's'}`}>
                        Shared · {others} other team{others === 1 ? '' : 's'}
                      </span>
                    ) : (
                      <span />
                    )}
                    <span className={styles.memberActions}>
                      <Button variant="ghost" aria-label={`Change ${isolateBidi(name)} as ${isolateBidi(role.name)}`} onClick={() => editMembership(membership.id)}>
                        Change
                      </Button>
                      <Button variant="ghost" aria-label={`Remove ${isolateBidi(name)} as ${isolateBidi(role.name)}`} onClick={() => void removeMember(db, membership.id)}>
                        Remove
                      </Button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

import { deletePerson, useDb } from '../../db';
import { usePeopleUi } from '../../state/peopleUi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { PersonRow } from './peopleRows';
import styles from './PeoplePage.module.css';
import { UserText } from '../../ui/UserText';

/** Removing someone who sits on teams names every team affected before anything changes. */
export function RemovePersonDialog({ rows }: { rows: readonly PersonRow[] }) {
  const db = useDb();
  const personId = usePeopleUi((s) => s.removingPersonId);
  const askToRemove = usePeopleUi((s) => s.askToRemove);
  const row = personId ? rows.find((r) => r.id === personId) : undefined;
  return (
    <ConfirmDialog
      open={Boolean(row)}
      onOpenChange={(open) => (open ? undefined : askToRemove(null))}
      title={`Remove ${row?.name ?? 'person'}?`}
      confirmLabel="Remove person"
      onConfirm={() => {
        if (personId) void deletePerson(db, personId);
      }}
    >
      {row && row.shares.length > 0 ? (
        <>
          <p>
            <UserText>{row.name}</UserText> will be taken off {row.shares.length === 1 ? 'this team' : `these ${row.shares.length} teams`}:
          </p>
          <ul className={styles.affected} aria-label="Teams affected">
            {row.shares.map((share) => (
              <li key={`${share.teamId}-${share.roleId}`}>
                <UserText>{share.teamName}</UserText> — <UserText>{share.roleName}</UserText>, {share.allocation}%
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <UserText>{row?.name}</UserText> is not on any team.
        </p>
      )}
    </ConfirmDialog>
  );
}

import { useState } from 'react';
import { deleteTeam, useDb, useTeam, useTeamMembershipCount } from '../../db';
import { useTeamsUi } from '../../state/teamsUi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';

export function DeleteTeamDialog() {
  const db = useDb();
  const teamId = useTeamsUi((s) => s.deletingTeamId);
  const askToDelete = useTeamsUi((s) => s.askToDelete);
  const team = useTeam(teamId ?? undefined);
  const members = useTeamMembershipCount(teamId ?? undefined);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!teamId) return;
    try {
      await deleteTeam(db, teamId);
      askToDelete(null);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <ConfirmDialog
      open={teamId !== null && Boolean(team)}
      onOpenChange={(open) => {
        if (!open) {
          askToDelete(null);
          setError(null);
        }
      }}
      title={`Delete ${team?.name ?? 'team'}?`}
      confirmLabel="Delete team"
      onConfirm={confirm}
    >
      <p>
        {members
          ? `Its ${members} ${members === 1 ? 'membership' : 'memberships'} will be removed too; the people stay in the directory.`
          : 'The team has no members.'}{' '}
        A backup made before now still contains it.
      </p>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

import { useSelectedPlanId } from '../../state/selection';
import { useTeamsUi } from '../../state/teamsUi';
import { usePlanMemberships, useTeams, useTeamSizes, useWorkspaceIsEmpty } from '../../db';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyWorkspace } from './EmptyWorkspace';
import { TeamCard } from './TeamCard';
import { TeamEditorDialog } from './TeamEditorDialog';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { teamBoardSummary } from './teamBoardSummary';
import styles from './TeamsPage.module.css';

export function TeamsPage() {
  const planId = useSelectedPlanId();
  const teams = useTeams(planId);
  const memberships = usePlanMemberships(planId);
  const sizes = useTeamSizes(memberships);
  const isEmpty = useWorkspaceIsEmpty();
  const openEditor = useTeamsUi((s) => s.openEditor);

  return (
    <>
      <PageHeader
        title="Teams"
        summary={teams && memberships ? teamBoardSummary(teams, memberships) : 'Loading teams…'}
        actions={
          <Button variant="primary" onClick={() => openEditor({ mode: 'create' })}>
            New team
          </Button>
        }
      />
      {isEmpty ? <EmptyWorkspace /> : null}
      {teams && teams.length > 0 ? (
        <ul className={styles.board} aria-label="Teams">
          {teams.map((team) => (
            <li key={team.id}>
              <TeamCard team={team} size={sizes?.get(team.id)} />
            </li>
          ))}
        </ul>
      ) : null}
      <TeamEditorDialog planId={planId} />
      <DeleteTeamDialog />
    </>
  );
}

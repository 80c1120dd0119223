import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { todayLocal } from '../../../../shared/clock';
import { usePlan, useTeam } from '../../../db';
import { useSelectedPlanId } from '../../../state/selection';
import { useTeamsUi } from '../../../state/teamsUi';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { TeamEditorDialog } from '../TeamEditorDialog';
import { TeamApiSheet } from './TeamApiSheet';
import { teamApiPrintSearch } from './teamApiAddress';
import { useTeamApiPage } from './useTeamApiPage';
import viewStyles from '../TeamView.module.css';
import styles from './TeamApi.module.css';

/** A team's Team API on screen (#/teams/:id/api): the one-pager it publishes, editable and printable. */
export function TeamApiScreen() {
  const { teamId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const planId = useSelectedPlanId();
  const today = todayLocal();
  const team = useTeam(teamId);
  const plan = usePlan(planId);
  const data = useTeamApiPage(planId, teamId, today);
  const openEditor = useTeamsUi((s) => s.openEditor);

  if (team === null || data === null) {
    return (
      <div role="alert">
        <PageHeader title="Team not found" summary="This team was deleted, or the address is from another workspace." />
        <Link to={{ pathname: '/teams', search }}>Back to all teams</Link>
      </div>
    );
  }
  if (!team || !data) return <p>Loading the Team API…</p>;

  return (
    <div className={styles.screen}>
      <p className={viewStyles.breadcrumb}>
        <Link to={{ pathname: '/teams', search }}>All teams</Link> ›{' '}
        <Link to={{ pathname: `/teams/${encodeURIComponent(teamId)}`, search }}>{data.page.name}</Link> › Team API
      </p>
      <div className={styles.toolbar} role="toolbar" aria-label="Team API actions">
        <p>What other teams need to know to work with this one: who, what it owns, how it interacts, what it aims for.</p>
        <Button onClick={() => openEditor({ mode: 'edit', teamId })}>Edit team</Button>
        <Button variant="primary" onClick={() => navigate({ pathname: '/print/team-api', search: teamApiPrintSearch(planId, teamId, true) })}>
          Export PDF…
        </Button>
      </div>
      <TeamApiSheet page={data.page} type={team.type} planName={data.planName} isDraft={plan?.kind === 'draft'} date={today} />
      <TeamEditorDialog planId={planId} />
    </div>
  );
}

import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { todayLocal } from '../../../../shared/clock';
import { usePlan, useTeam } from '../../../db';
import { useSelectedPlanId } from '../../../state/selection';
import { useTeamsUi } from '../../../state/teamsUi';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { TeamEditorDialog } from '../TeamEditorDialog';
import { TeamApiSheet } from './TeamApiSheet';
import { teamApiFileName } from './teamApiAddress';
import { exportTeamApiPdf, isDesktop } from '../../../platform';
import { errorMessage } from '../../../ui/fieldErrors';
import { useTeamApiPage } from './useTeamApiPage';
import viewStyles from '../TeamView.module.css';
import styles from './TeamApi.module.css';

/** A team's Team API on screen (#/teams/:id/api): the one-pager it publishes, editable and printable. */
export function TeamApiScreen() {
  const { teamId = '' } = useParams();
  const { search } = useLocation();
  const planId = useSelectedPlanId();
  const today = todayLocal();
  const team = useTeam(teamId);
  const plan = usePlan(planId);
  const data = useTeamApiPage(planId, teamId, today);
  const openEditor = useTeamsUi((s) => s.openEditor);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  if (team === null || data === null) {
    return (
      <div role="alert">
        <PageHeader title="Team not found" summary="This team was deleted, or the address is from another workspace." />
        <Link to={{ pathname: '/teams', search }}>Back to all teams</Link>
      </div>
    );
  }
  if (!team || !data) return <p>Loading the Team API…</p>;

  async function exportPdf(teamName: string) {
    setBusy(true);
    setStatus(isDesktop() ? 'Choose where to save the PDF…' : 'Opening the print view…');
    try {
      const outcome = await exportTeamApiPdf({ planId, teamId, date: today, suggestedName: teamApiFileName(teamName, today) }, (progress) => setStatus(progress.message));
      if (outcome.kind === 'saved') setStatus(`Saved the PDF to ${outcome.where}.`);
      else if (outcome.kind === 'cancelled') setStatus('Export cancelled: nothing was saved.');
    } catch (problem) {
      setStatus(`The PDF was not saved: ${errorMessage(problem)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.screen}>
      <p className={viewStyles.breadcrumb}>
        <Link to={{ pathname: '/teams', search }}>All teams</Link> ›{' '}
        <Link to={{ pathname: `/teams/${encodeURIComponent(teamId)}`, search }}>{data.page.name}</Link> › Team API
      </p>
      <div className={styles.toolbar} role="toolbar" aria-label="Team API actions">
        <p>What other teams need to know to work with this one: who, what it owns, how it interacts, what it aims for.</p>
        <Button onClick={() => openEditor({ mode: 'edit', teamId })}>Edit team</Button>
        <Button variant="primary" disabled={busy} onClick={() => void exportPdf(team.name)}>
          {busy ? 'Exporting…' : 'Export PDF…'}
        </Button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
      <TeamApiSheet page={data.page} type={team.type} planName={data.planName} isDraft={plan?.kind === 'draft'} date={today} />
      <TeamEditorDialog planId={planId} />
    </div>
  );
}

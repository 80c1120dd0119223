import { useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatFte } from '../../../shared/rules';
import { draftToSplitTeam, useDb, usePeople, usePlan, usePlanFormerPeople, usePlanHealth, usePlanMemberships, useRoles, useTeam } from '../../db';
import { useChangeToast } from '../../state/changeToast';
import { useScenariosUi } from '../../state/scenariosUi';
import { useSelectedPlanId } from '../../state/selection';
import { useTeamsUi } from '../../state/teamsUi';
import { Button } from '../../ui/Button';
import { HealthFindings } from '../../ui/HealthFindings';
import { PageHeader } from '../../ui/PageHeader';
import { PresenceNote } from '../../ui/PresenceNote';
import { FieldHistory } from '../../ui/FieldHistory';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { errorMessage } from '../../ui/fieldErrors';
import { AddMemberDialog } from './AddMemberDialog';
import { DeleteTeamDialog } from './DeleteTeamDialog';
import { EditMembershipDialog } from './EditMembershipDialog';
import { FindingFix } from './FindingFix';
import { MembersByRole } from './MembersByRole';
import { TeamEditorDialog } from './TeamEditorDialog';
import styles from './TeamView.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';
import { TeamDesignLine } from './TeamDesignLine';
import { teamApiPath } from './teamApi/teamApiAddress';

/** One team: its members grouped by role, its size, and every health finding explained. */
export function TeamView() {
  const { teamId = '' } = useParams();
  const { search } = useLocation();
  const planId = useSelectedPlanId();
  const team = useTeam(teamId);
  const memberships = usePlanMemberships(planId);
  const alivePeople = usePeople();
  // An archived plan keeps showing people deleted since (history): "Ana Lima (removed)".
  const formerPeople = usePlanFormerPeople(planId);
  const people = useMemo(() => (alivePeople && formerPeople.length > 0 ? [...alivePeople, ...formerPeople] : alivePeople), [alivePeople, formerPeople]);
  const roles = useRoles();
  const health = usePlanHealth(planId)?.byTeam.get(teamId);
  const openEditor = useTeamsUi((s) => s.openEditor);
  const draftMember = useTeamsUi((s) => s.draftMember);
  const editMembership = useTeamsUi((s) => s.editMembership);
  const isDraft = usePlan(planId)?.kind === 'draft';
  const openScenario = useScenariosUi((s) => s.open);
  const db = useDb();
  const navigate = useNavigate();
  const showToast = useChangeToast((s) => s.show);
  // A split is sketched in a draft: on a draft at once, elsewhere in a new draft copied from this plan.
  const split = () => {
    if (isDraft) return openScenario({ kind: 'split', planId, teamId });
    draftToSplitTeam(db, planId, teamId).then(
      (started) => {
        const params = new URLSearchParams(search);
        params.set('plan', started.plan.id);
        navigate({ pathname: `/teams/${started.teamId}`, search: `?${params}` });
        openScenario({ kind: 'split', planId: started.plan.id, teamId: started.teamId });
      },
      (error: unknown) => showToast({ text: errorMessage(error), offer: null, tone: 'error' }),
    );
  };

  if (team === null) {
    return (
      <div role="alert">
        <PageHeader title="Team not found" summary="This team was deleted, or the address is from another workspace." />
        <Link to={{ pathname: '/teams', search }}>Back to all teams</Link>
      </div>
    );
  }
  if (!team || !memberships || !people || !roles) return <p>Loading team…</p>;

  return (
    <>
      <p className={styles.breadcrumb}>
        <Link to={{ pathname: '/teams', search }}>All teams</Link>
      </p>
      <PageHeader
        title={isolateBidi(team.name)}
        summary={team.services.length > 0 ? `Owns: ${team.services.map(isolateBidi).join(', ')}` : 'No service recorded yet.'}
        actions={
          <>
            <Button onClick={() => openEditor({ mode: 'edit', teamId })}>Edit team</Button>
            <Button onClick={() => navigate({ pathname: teamApiPath(teamId), search })}>Team API</Button>
            {isDraft ? <Button onClick={() => openScenario({ kind: 'split', planId, teamId })}>Split…</Button> : null}
            {isDraft ? <Button onClick={() => openScenario({ kind: 'merge', planId, teamId })}>Merge with…</Button> : null}
            <Button variant="primary" onClick={() => draftMember({ teamId, personId: null })}>
              Add member
            </Button>
          </>
        }
      />
      <PresenceNote table="teams" id={team.id} />
      <TeamDesignLine team={team} planId={planId} />
      {team.mission ? <p className={styles.mission}><UserText>{team.mission}</UserText></p> : null}
      <dl className={styles.stats}>
        <div>
          <dt>Headcount</dt>
          <dd>{health?.size.headcount ?? 0}</dd>
        </div>
        <div>
          <dt>FTE</dt>
          <dd>{formatFte(health?.size.fte ?? 0)}</dd>
        </div>
        <div>
          <dt>Business members</dt>
          <dd>{health ? `${Math.round(health.crossFunctional.share * 100)}%` : '—'}</dd>
        </div>
        <div>
          <dt>Health</dt>
          <dd>{health ? <VerdictBadge verdict={health.verdict} /> : '—'}</dd>
        </div>
      </dl>
      <div className={styles.columns}>
        <section aria-labelledby="members-title">
          <h2 id="members-title" className={styles.sectionTitle}>
            Members by role
          </h2>
          <MembersByRole teamId={teamId} memberships={memberships} people={people} roles={roles} />
        </section>
        <section aria-labelledby="health-title">
          <h2 id="health-title" className={styles.sectionTitle}>
            Health checks
          </h2>
          {health ? (
            <HealthFindings
              findings={health.findings}
              label={`Health findings for ${isolateBidi(team.name)}`}
              actionFor={(finding) => (
                <FindingFix finding={finding} teamId={teamId} memberships={memberships} roles={roles} onAdd={draftMember} onEdit={editMembership} onSplit={split} />
              )}
            />
          ) : (
            <p>Checking…</p>
          )}
        </section>
      </div>
      <FieldHistory table="teams" record={team as never} />
      <TeamEditorDialog planId={planId} />
      <DeleteTeamDialog />
      <AddMemberDialog planId={planId} />
      <EditMembershipDialog />
    </>
  );
}

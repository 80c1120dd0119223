import { useMemo } from 'react';
import { Link } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { isShared, organisationOkrSummary } from '../../../shared/rules';
import { useOkrSelection } from '../../state/okrSelection';
import { PageHeader } from '../../ui/PageHeader';
import { periodDates, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { OkrSubnav } from './OkrSubnav';
import { PeriodPicker } from './PeriodPicker';
import { StatusBadge } from './StatusBadge';
import { TeamLinks } from './ObjectiveCard';
import { useOkrBoard } from './useOkrBoard';
import pageStyles from './OrganisationOkrsPage.module.css';
import styles from './Okr.module.css';
import tableStyles from './KeyResultPage.module.css';
import { UserText } from '../../ui/UserText';

/** The organisation at a glance: how much is shared, and which teams own no objective this period. */
export function OrganisationOkrsPage() {
  const today = todayLocal();
  const link = useOkrLink();
  const { periodId, setPeriodId } = useOkrSelection(today);
  const board = useOkrBoard(periodId, today);
  const summary = useMemo(() => (board ? organisationOkrSummary(board.rows.map((r) => r.objective), board.teams) : undefined), [board]);
  const shared = useMemo(() => board?.rows.filter((r) => isShared(r.objective)) ?? [], [board]);

  if (!board || !summary) return <p>Loading the organisation’s OKRs…</p>;
  const period = board.period;
  const teamCount = board.teams.length;
  return (
    <>
      <PageHeader
        title="OKRs across the organisation"
        summary={period ? `${period.name} · ${periodDates(period)}` : 'This period does not exist: choose another one.'}
      />
      <OkrSubnav />
      <div className={styles.toolbar}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
      </div>
      <ul className={pageStyles.figures} aria-label="Figures">
        <li className={pageStyles.figure}>
          <span className={pageStyles.number}>
            {summary.sharedCount} of {plural(summary.objectiveCount, 'objective')}
          </span>{' '}
          {summary.sharedCount === 1 ? 'is' : 'are'} shared across two or more teams.
        </li>
        <li className={pageStyles.figure}>
          <span className={pageStyles.number}>
            {summary.teamsWithoutObjective.length} of {plural(teamCount, 'team')}
          </span>{' '}
          own no objective this period.
        </li>
      </ul>
      <section className={pageStyles.section} aria-labelledby="no-objective-title">
        <h2 id="no-objective-title">Teams without an objective</h2>
        {summary.teamsWithoutObjective.length === 0 ? (
          <p className={styles.empty}>Every team owns or shares at least one objective.</p>
        ) : (
          <ul className={pageStyles.teams} aria-label="Teams without an objective">
            {summary.teamsWithoutObjective.map((team) => (
              <li key={team.id}>
                <Link to={link(okrPaths.team(team.id))}><UserText>{team.name}</UserText></Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={pageStyles.section} aria-labelledby="shared-objectives-title">
        <h2 id="shared-objectives-title">Shared objectives ({shared.length})</h2>
        {shared.length === 0 ? <p className={styles.empty}>No objective is shared yet.</p> : null}
        {shared.length > 0 ? (
          <table className={tableStyles.table} aria-labelledby="shared-objectives-title">
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Owner teams</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {shared.map((row) => (
                <tr key={row.objective.id}>
                  <td>
                    <Link to={link(okrPaths.objective(row.objective.id))}><UserText>{row.objective.title}</UserText></Link>
                  </td>
                  <td>
                    <TeamLinks teams={row.owners} />
                  </td>
                  <td>
                    <StatusBadge label={row.assessment.label} />
                    {row.assessment.staleSummary ? <span className={pageStyles.staleCount}>{row.assessment.staleSummary}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

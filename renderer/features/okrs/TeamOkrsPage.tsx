import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { expectedProgress, teamOkrs } from '../../../shared/rules';
import { useOkrSelection } from '../../state/okrSelection';
import { PageHeader } from '../../ui/PageHeader';
import { ObjectiveCard } from './ObjectiveCard';
import { periodDates, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { OkrSubnav } from './OkrSubnav';
import { PeriodPicker } from './PeriodPicker';
import { useOkrBoard } from './useOkrBoard';
import listStyles from './ObjectiveList.module.css';
import styles from './Okr.module.css';
import { isolateBidi } from '../../../shared/bidi';

/** One team's OKRs: the objectives it owns alone, and those it shares (naming the other owners). */
export function TeamOkrsPage() {
  const { teamId = '' } = useParams();
  const today = todayLocal();
  const link = useOkrLink();
  const { periodId, setPeriodId } = useOkrSelection(today);
  const board = useOkrBoard(periodId, today);
  const team = board?.teams.find((t) => t.id === teamId);
  const split = useMemo(() => {
    if (!board) return undefined;
    const rows = new Map(board.rows.map((row) => [row.objective.id, row]));
    const { alone, shared } = teamOkrs(teamId, board.rows.map((row) => row.objective));
    return {
      alone: alone.map((o) => rows.get(o.id)!),
      shared: shared.map(({ objective }) => rows.get(objective.id)!),
    };
  }, [board, teamId]);

  if (board && !team) {
    return (
      <>
        <PageHeader title="Team not found" summary="It may have been deleted, or belong to a draft plan." />
        <Link to={link(okrPaths.list)}>Back to all objectives</Link>
      </>
    );
  }
  if (!board || !split || !team) return <p>Loading the team’s OKRs…</p>;
  const period = board.period;
  const expected = period ? expectedProgress(period, today) : 0;
  return (
    <>
      <PageHeader
        title={`${isolateBidi(team.name)}: OKRs`}
        summary={period ? `${isolateBidi(period.name)} · ${periodDates(period)} · owns ${plural(split.alone.length, 'objective')} alone and shares ${split.shared.length} with other teams` : 'This period does not exist: choose another one.'}
      />
      <OkrSubnav />
      <div className={styles.toolbar}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
      </div>
      <section className={listStyles.section} aria-labelledby="shared-title">
        <h2 id="shared-title">Shared with other teams ({split.shared.length})</h2>
        {split.shared.length === 0 ? <p className={styles.empty}>No shared objective in this period.</p> : null}
        <ul className={listStyles.tree} aria-label="Shared objectives">
          {split.shared.map((row) => (
            <li key={row.objective.id}>
              <ObjectiveCard row={row} expected={expected} fromTeamId={teamId} />
            </li>
          ))}
        </ul>
      </section>
      <section className={listStyles.section} aria-labelledby="alone-title">
        <h2 id="alone-title">Owned alone ({split.alone.length})</h2>
        {split.alone.length === 0 ? <p className={styles.empty}>No objective owned by this team alone in this period.</p> : null}
        <ul className={listStyles.tree} aria-label="Objectives owned alone">
          {split.alone.map((row) => (
            <li key={row.objective.id}>
              <ObjectiveCard row={row} expected={expected} fromTeamId={teamId} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

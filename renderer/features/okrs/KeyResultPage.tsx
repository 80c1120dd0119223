import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { assessKeyResult, currentCheckIns, earliestCheckIn, latestCheckIn } from '../../../shared/rules';
import { useKeyResultHistory, usePeople, useRecordedPersonNames, useRecordedTeamNames, useSettings } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { CheckInForm } from './CheckInForm';
import { CheckInList } from './CheckInList';
import { currentValue, metricSummary, percent, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { StatusBadge } from './StatusBadge';
import styles from './KeyResultPage.module.css';
import objectiveStyles from './ObjectivePage.module.css';
import okr from './Okr.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

// The chart library is only loaded for this screen, keeping it out of the bundle every screen parses.
const HistoryChart = lazy(() => import('./HistoryChart').then((module) => ({ default: module.HistoryChart })));

/** One key result: its status now, the fast check-in form, and its history as a chart and a list. */
export function KeyResultPage() {
  const { keyResultId } = useParams();
  const today = todayLocal();
  const link = useOkrLink();
  const history = useKeyResultHistory(keyResultId);
  const settings = useSettings();
  const people = usePeople();
  // An owner or author deleted since keeps the name history recorded: "Ana Lima (removed)".
  const personNames = useRecordedPersonNames();
  const teamNames = useRecordedTeamNames();
  const assessment = useMemo(() => {
    if (!history?.period || !settings) return undefined;
    // The current value is the latest uncorrected check-in; an unknown start counts from the first.
    const baseline = earliestCheckIn(history.checkIns)?.value;
    return assessKeyResult(history.keyResult, latestCheckIn(history.checkIns), history.period, settings, today, baseline);
  }, [history, settings, today]);
  const charted = useMemo(() => currentCheckIns(history?.checkIns ?? []), [history]);

  if (history === null) {
    return (
      <>
        <PageHeader title="Key result not found" summary="It may have been deleted, or moved with its objective." />
        <Link to="/okrs">Back to all objectives</Link>
      </>
    );
  }
  if (!history || !people) return <p>Loading key result…</p>;
  const { keyResult, objective, period, checkIns } = history;
  const ownerName = keyResult.ownerId
    ? (personNames.get(keyResult.ownerId) ?? 'A removed person')
    : keyResult.ownerTeamId ? `${teamNames.get(keyResult.ownerTeamId) ?? 'A deleted team'} (team)` : null;

  return (
    <>
      <Link className={objectiveStyles.back} to={link(okrPaths.objective(objective.id))}>
        ← <UserText>{objective.title}</UserText>
      </Link>
      <PageHeader title={isolateBidi(keyResult.title)} summary={`${metricSummary(keyResult)} · ${isolateBidi(period?.name ?? 'Unknown period')} · ${ownerName ? `Owner: ${isolateBidi(ownerName)}` : 'No owner yet'}`} />
      {assessment ? (
        <section className={objectiveStyles.summary} aria-label="Status">
          <p className={styles.statusLine}>
            <StatusBadge label={assessment.label} /> Now {currentValue(keyResult, assessment.value)} · {percent(assessment.progress)} done ·{' '}
            {percent(assessment.expected)} of the period elapsed
            {assessment.confidence !== undefined ? ` · confidence ${assessment.confidence} of 10` : ''}
          </p>
          {assessment.stale ? (
            <p className={okr.warnNote}>
              {assessment.value === undefined
                ? `No check-in yet in ${plural(assessment.daysWithoutCheckIn, 'day')}.`
                : `No recent check-in: ${plural(assessment.daysWithoutCheckIn, 'day')} since the last one.`}
            </p>
          ) : null}
          {assessment.disagreement ? (
            <p className={okr.warnNote}>
              {assessment.disagreement.title}: {assessment.disagreement.explanation} {assessment.disagreement.fix}
            </p>
          ) : null}
        </section>
      ) : null}
      <CheckInForm key={keyResult.id} keyResult={keyResult} today={today} period={period} latest={latestCheckIn(checkIns)} />
      <section className={styles.section} aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        {period ? (
          <Suspense fallback={<p>Loading the chart…</p>}>
            <HistoryChart keyResult={keyResult} period={period} checkIns={charted} today={today} />
          </Suspense>
        ) : null}
        <h3 id="check-ins-title" className={styles.section}>
          Check-ins ({checkIns.length}{history.deletedCheckIns.length > 0 ? `, ${history.deletedCheckIns.length} deleted` : ''})
        </h3>
        <CheckInList keyResult={keyResult} checkIns={checkIns} deletedCheckIns={history.deletedCheckIns} names={personNames} today={today} />
      </section>
    </>
  );
}

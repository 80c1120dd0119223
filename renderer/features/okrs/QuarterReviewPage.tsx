import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { quarterReviewCsv } from '../../../shared/exports/reviewCsv';
import { nextQuarterAfter, okrPreferences, quarterReview } from '../../../shared/rules';
import { toCsvText, usePeriodObjectives, useRecordedTeamNames, useSettings } from '../../db';
import { describeSave, saveFile } from '../../platform';
import { useOkrSelection } from '../../state/okrSelection';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import { PageHeader } from '../../ui/PageHeader';
import { UserText } from '../../ui/UserText';
import { useReadyMark } from '../../ui/useReadyMark';
import { namesList, percent, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { OkrSubnav } from './OkrSubnav';
import { PeriodPicker } from './PeriodPicker';
import { useOkrBoard } from './useOkrBoard';
import styles from './QuarterReview.module.css';
import okr from './Okr.module.css';

/** A period in review: objectives achieved, score spread, committed vs aspirational, teams, and what carries over. */
export function QuarterReviewPage() {
  const today = todayLocal();
  const link = useOkrLink();
  const { periodId, setPeriodId } = useOkrSelection(today);
  const board = useOkrBoard(periodId, today);
  const settings = useSettings();
  const next = board?.period ? nextQuarterAfter(board.period) : undefined;
  const nextObjectives = usePeriodObjectives(next?.id ?? '');
  const [status, setStatus] = useState('');
  const review = useMemo(() => {
    if (!board || !nextObjectives || !settings) return undefined;
    const objectives = board.rows.map((row) => ({ objective: row.objective, keyResults: row.keyResults.map((k) => ({ keyResult: k.keyResult, progress: k.assessment.progress })) }));
    return quarterReview(objectives, board.teams, nextObjectives, okrPreferences(settings).achievementThresholds);
  }, [board, nextObjectives, settings]);
  useReadyMark('teamshape:review-ready', Boolean(review));
  // Owners of a past quarter may be teams of an earlier organisation (archived) or deleted since: named as recorded.
  const teamNames = useRecordedTeamNames();
  const thresholds = okrPreferences(settings).achievementThresholds;

  async function exportCsv() {
    if (!review || !board?.period) return;
    setStatus('');
    try {
      const table = quarterReviewCsv(board.period.name, review, teamNames);
      const saved = await saveFile(
        `teamshape-review-${board.period.name.replace(/\s+/g, '-')}.csv`,
        async () => new Blob([toCsvText(table)], { type: 'text/csv;charset=utf-8' }),
        [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      );
      setStatus(describeSave(saved, 'The review'));
    } catch (cause) {
      setStatus(errorMessage(cause));
    }
  }

  const total = review ? review.committed.objectives + review.aspirational.objectives : 0;
  const bands = review?.scoreBands;
  const scored = bands ? bands.low + bands.middle + bands.high : 0;
  return (
    <>
      <PageHeader
        title="Quarter review"
        summary={board?.period ? `${board.period.name} · ${plural(total, 'objective')}` : 'Loading…'}
        actions={<Button onClick={() => void exportCsv()} disabled={!review}>Export review (CSV)</Button>}
      />
      <OkrSubnav />
      <div className={okr.toolbar}>
        <PeriodPicker today={today} periodId={periodId} onChange={setPeriodId} />
      </div>
      <p role="status" className={okr.note}>
        {status}
      </p>
      {review && total === 0 ? <p className={okr.empty}>No objectives in this period.</p> : null}
      {review && total > 0 ? (
        <>
          <dl className={styles.figures} aria-label="Achievement">
            <div>
              <dt>Objectives achieved</dt>
              <dd>{review.achievedShare === null ? '—' : percent(review.achievedShare)}</dd>
            </div>
            <div>
              <dt>Committed (score {thresholds.committed.toFixed(1)})</dt>
              <dd>
                {review.committed.achieved} of {review.committed.objectives}
              </dd>
            </div>
            <div>
              <dt>Aspirational (score ≥ {thresholds.aspirational.toFixed(1)})</dt>
              <dd>
                {review.aspirational.achieved} of {review.aspirational.objectives}
              </dd>
            </div>
          </dl>
          <section className={styles.section} aria-labelledby="bands-title">
            <h2 id="bands-title">Key result scores</h2>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Score</th>
                  <th scope="col">Key results</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {[
                  ['0.0–0.3 (missed)', bands!.low],
                  ['0.4–0.6 (progress)', bands!.middle],
                  ['0.7–1.0 (delivered)', bands!.high],
                ].map(([label, count]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{count}</td>
                    <td>{scored === 0 ? '—' : percent(Number(count) / scored)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className={styles.section} aria-labelledby="teams-title">
            <h2 id="teams-title">Teams</h2>
            <p>
              {plural(review.teamsWithObjectives.length, 'team')} had objectives.{' '}
              {review.teamsWithoutObjectives.length === 0 ? 'Every team had one.' : <>Without any: <UserText>{namesList(review.teamsWithoutObjectives.map((t) => t.name))}</UserText>.</>}
            </p>
          </section>
          <section className={styles.section} aria-labelledby="carried-title">
            <h2 id="carried-title">To carry to {next?.name ?? 'the next period'} ({review.carried.length})</h2>
            {review.carried.length === 0 ? <p>Every objective was achieved.</p> : null}
            <ul className={styles.carried} aria-label="Objectives to carry over">
              {review.carried.map((o) => (
                <li key={o.id}>
                  <Link to={link(okrPaths.objective(o.id))}>
                    <UserText>{o.title}</UserText>
                  </Link>{' '}
                  · {o.kind} · score {o.score === null ? '—' : o.score.toFixed(2)} · <UserText>{namesList(o.ownerTeamIds.map((id) => teamNames.get(id) ?? 'a deleted team'))}</UserText>
                  {o.alreadyInNextPeriod ? ` · already in ${next?.name ?? 'the next period'}` : ''}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </>
  );
}

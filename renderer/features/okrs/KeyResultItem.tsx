import { Link } from 'react-router';
import type { KeyResultRow, TeamRef } from './okrBoard';
import { currentValue, formatDate, metricSummary, percent, plural } from './okrFormat';
import { okrPaths, useOkrLink } from './okrLinks';
import { Button } from '../../ui/Button';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';
import styles from './ObjectivePage.module.css';
import okr from './Okr.module.css';
import { UserText } from '../../ui/UserText';
import { isolateBidi } from '../../../shared/bidi';

export type KeyResultAction = 'edit' | 'move' | 'delete' | 'score';

export interface KeyResultItemProps {
  row: KeyResultRow;
  contributors: readonly TeamRef[];
  suggestedScore: number;
  onAction: (action: KeyResultAction) => void;
}

/** One key result on its objective's page: value, progress against pace, status, and its actions. */
export function KeyResultItem({ row, contributors, suggestedScore, onAction }: KeyResultItemProps) {
  const link = useOkrLink();
  const { keyResult, latest, assessment } = row;
  const headingId = `key-result-${keyResult.id}`;
  const expected = keyResult.metric === 'increase' || keyResult.metric === 'decrease' ? assessment.expected : undefined;
  return (
    <article className={styles.keyResult} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.keyResultTitle}>
        <Link to={link(okrPaths.keyResult(keyResult.id))}><UserText>{keyResult.title}</UserText></Link>
      </h3>
      <p className={styles.meta}>
        {metricSummary(keyResult)}
        {keyResult.weight !== null ? ` · weight ${keyResult.weight}` : ''} · {row.ownerName === null ? 'No owner yet' : `Owner: ${isolateBidi(row.ownerName)}${keyResult.ownerId ? '' : ' (team)'}`}
        {contributors.length > 0 ? ` · With ${contributors.map((t) => isolateBidi(t.name)).join(', ')}` : ''}
      </p>
      <div className={okr.progressRow}>
        <ProgressBar progress={assessment.progress} expected={expected} label={`Progress of ${isolateBidi(keyResult.title)}`} status={assessment.label} />
        <span className={okr.percent}>{percent(assessment.progress)}</span>
        <StatusBadge label={assessment.label} />
      </div>
      <p className={okr.note}>
        Now: {currentValue(keyResult, assessment.value)}
        {latest ? ` · confidence ${latest.confidence} of 10 · last check-in ${formatDate(latest.date)}` : ''}
        {assessment.stale ? ` · ${plural(assessment.daysWithoutCheckIn, 'day')} without a check-in` : ''}
        {keyResult.score ? ` · Score ${keyResult.score.value.toFixed(1)}${keyResult.score.reason ? ` (${keyResult.score.reason})` : ''}` : assessment.finalScore !== undefined ? ` · Final score ${assessment.finalScore.toFixed(1)} (suggested)` : ''}
        {keyResult.start === null && keyResult.metric !== 'milestone' && keyResult.metric !== 'stayAbove' && keyResult.metric !== 'stayBelow' ? ' · Start unknown: progress counts from the first check-in' : ''}
      </p>
      {assessment.disagreement ? (
        <p className={okr.warnNote}>
          {assessment.disagreement.title}: {assessment.disagreement.explanation} {assessment.disagreement.fix}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Link className={styles.checkInLink} to={link(okrPaths.keyResult(keyResult.id))} aria-label={`Check in on ${isolateBidi(keyResult.title)}`}>
          Check in
        </Link>
        <Button variant="ghost" aria-label={`Edit ${isolateBidi(keyResult.title)}`} onClick={() => onAction('edit')}>
          Edit
        </Button>
        <Button variant="ghost" aria-label={`Move ${isolateBidi(keyResult.title)}`} onClick={() => onAction('move')}>
          Move
        </Button>
        <Button variant="ghost" aria-label={`Score ${isolateBidi(keyResult.title)}`} onClick={() => onAction('score')}>
          Score (suggested {suggestedScore.toFixed(1)})
        </Button>
        <Button variant="ghost" aria-label={`Delete ${isolateBidi(keyResult.title)}`} onClick={() => onAction('delete')}>
          Delete
        </Button>
      </div>
    </article>
  );
}

import type { ObjectiveAssessment } from '../../../shared/rules/okrAssessment';
import { percent, plural, statusReason } from './okrFormat';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';
import okr from './Okr.module.css';

/** An objective's progress bar (with today's expected mark), percentage, status and staleness. */
export function ObjectiveProgress({ title, assessment, expected }: { title: string; assessment: ObjectiveAssessment; expected: number }) {
  return (
    <>
      {assessment.progress === null ? null : (
        <div className={okr.progressRow}>
          <ProgressBar progress={assessment.progress} expected={expected} label={`Progress of ${title}`} status={assessment.status} />
          <span className={okr.percent}>{percent(assessment.progress)}</span>
          <StatusBadge label={assessment.status} />
        </div>
      )}
      {assessment.progress === null ? null : <p className={okr.reason}>{statusReason(assessment, expected)}</p>}
      {assessment.staleCount > 0 ? (
        <p className={okr.warnNote}>
          No recent check-in on {assessment.staleCount} of {plural(assessment.keyResultCount, 'key result')}
        </p>
      ) : null}
    </>
  );
}

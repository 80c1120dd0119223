import type { ObjectiveAssessment } from '../../../shared/rules/okrAssessment';
import { percent, statusReason } from './okrFormat';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';
import okr from './Okr.module.css';

/** An objective's progress bar (with today's expected mark), percentage, status and staleness. */
export function ObjectiveProgress({ title, assessment, expected }: { title: string; assessment: ObjectiveAssessment; expected: number }) {
  return (
    <>
      {assessment.progress === null ? null : (
        <div className={okr.progressRow}>
          <ProgressBar progress={assessment.progress} expected={expected} label={`Progress of ${title}`} status={assessment.label} />
          <span className={okr.percent}>{percent(assessment.progress)}</span>
          <StatusBadge label={assessment.label} />
        </div>
      )}
      {assessment.progress === null ? null : <p className={okr.reason}>{statusReason(assessment, expected)}</p>}
      {assessment.staleNote ? <p className={okr.warnNote}>{assessment.staleNote}</p> : null}
    </>
  );
}

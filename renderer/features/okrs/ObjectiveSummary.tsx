import { Link } from 'react-router';
import type { Objective } from '../../../shared/model';
import { TeamLinks } from './ObjectiveCard';
import type { ObjectiveRow } from './okrBoard';
import { okrPaths, useOkrLink } from './okrLinks';
import { ObjectiveProgress } from './ObjectiveProgress';
import styles from './ObjectivePage.module.css';
import okr from './Okr.module.css';
import { UserText } from '../../ui/UserText';

/** The objective's owners, alignment, description, and its progress, status and score. */
export function ObjectiveSummary({ row, parent, expected }: { row: ObjectiveRow; parent: Objective | null; expected: number }) {
  const link = useOkrLink();
  const { objective, assessment } = row;
  return (
    <section className={styles.summary} aria-label="Summary">
      <p className={styles.meta}>
        {row.owners.length > 1 ? 'Shared by ' : 'Owned by '}
        <TeamLinks teams={row.owners} />
        {parent ? (
          <>
            {' · Contributes to '}
            <Link to={link(okrPaths.objective(parent.id))}><UserText>{parent.title}</UserText></Link>
          </>
        ) : null}
      </p>
      {objective.description ? <p className={styles.description}>{objective.description}</p> : null}
      <ObjectiveProgress title={objective.title} assessment={assessment} expected={expected} />
      {objective.score ? <p className={okr.note}>Objective score: {objective.score.value.toFixed(2)} (weighted mean of its key results’ scores)</p> : null}
    </section>
  );
}

import { useMemo } from 'react';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID, quarterFromId } from '../../../shared/model';
import { listOf } from '../../../shared/rules/wording';
import { useObjectivesDetail, usePeriodObjectives, useTeams } from '../../db';
import { useSelectedPeriodId } from '../../state/selection';
import { PageHeader } from '../../ui/PageHeader';
import { objectiveRows } from './objectiveRows';
import styles from './OkrsPage.module.css';

export function OkrsPage() {
  const periodId = useSelectedPeriodId(todayLocal());
  const period = quarterFromId(periodId);
  const objectives = usePeriodObjectives(periodId);
  const detail = useObjectivesDetail(objectives?.map((o) => o.id));
  const teams = useTeams(LIVE_PLAN_ID);
  const rows = useMemo(
    () => (objectives && detail && teams ? objectiveRows(objectives, detail.keyResults, detail.checkIns, teams) : undefined),
    [objectives, detail, teams],
  );
  const shared = rows?.filter((r) => r.ownerNames.length > 1).length ?? 0;

  return (
    <>
      <PageHeader
        title="OKRs"
        summary={
          rows
            ? `${period?.name ?? 'This period'}: ${rows.length} ${rows.length === 1 ? 'objective' : 'objectives'}, ${shared} shared by two or more teams`
            : 'Loading objectives…'
        }
      />
      {rows && rows.length === 0 ? <p className={styles.empty}>No objectives in this period yet.</p> : null}
      {rows && rows.length > 0 ? (
        <ul className={styles.list} aria-label="Objectives">
          {rows.map((row) => {
            const percent = row.progress === null ? null : Math.round(row.progress * 100);
            return (
              <li key={row.id} className={styles.objective}>
                <h2 className={styles.title}>{row.title}</h2>
                <p className={styles.owners}>
                  {row.ownerNames.length > 1 ? 'Shared by ' : 'Owned by '}
                  {listOf(row.ownerNames)} · {row.kind === 'aspirational' ? 'Aspirational' : 'Committed'} · {row.keyResultCount}{' '}
                  {row.keyResultCount === 1 ? 'key result' : 'key results'}
                </p>
                {percent === null ? (
                  <p className={styles.owners}>No key results yet.</p>
                ) : (
                  <div className={styles.progressRow}>
                    <progress className={styles.progress} max={100} value={percent} aria-label={`Progress of ${row.title}`} />
                    <span>{percent}%</span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

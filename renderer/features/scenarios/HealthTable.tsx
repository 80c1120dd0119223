import type { ComparisonResult, LinkedCount } from '../../../shared/scenarios';
import { comparisonRows } from './comparisonRows';
import styles from './Scenarios.module.css';

export interface PickedFigure {
  planId: string;
  label: string;
  link: LinkedCount;
}

const SR_DIRECTION = { better: ' (better)', worse: ' (worse)', same: '', neutral: '' } as const;

/** Headcount, FTE and health per plan, baseline first; a figure with teams behind it opens them (onPick). */
export function HealthTable({ result, planName, onPick }: { result: ComparisonResult; planName: (id: string) => string; onPick?: (figure: PickedFigure) => void }) {
  const rows = comparisonRows(result);
  const planIds = [result.baselinePlanId, ...result.candidates.map((c) => c.candidatePlanId)];
  return (
    <table className={styles.table} aria-label="Health per plan">
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {planIds.map((id, index) => (
            <th key={id} scope="col" className={styles.num}>
              {planName(id)}
              {index === 0 ? ' (baseline)' : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.metric}>
            <th scope="row">{row.label}</th>
            {[row.baseline, ...row.candidates].map((cell, index) => {
              const planId = planIds[index]!;
              const className = `${styles.num} ${cell.direction === 'better' ? styles.better : cell.direction === 'worse' ? styles.worse : ''}`;
              return (
                <td key={planId} className={className}>
                  {onPick && cell.link && (cell.link.teamIds.length > 0 || cell.link.personIds.length > 0) ? (
                    <button type="button" className={styles.linkish} onClick={() => onPick({ planId, label: `${row.label} in ${planName(planId)}`, link: cell.link! })}
                      aria-label={`${row.label} in ${planName(planId)}: ${cell.text}${SR_DIRECTION[cell.direction]}. Show the teams and people`}>
                      {cell.text}
                    </button>
                  ) : (
                    <>
                      {cell.text}
                      <span className="visually-hidden">{SR_DIRECTION[cell.direction]}</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { countOf } from '../../../shared/import';
import type { OkrImportPlan, PlannedKeyResult, PlannedObjective, RowMessage } from '../../../shared/import/okrs';
import { VirtualRows } from '../../ui/import/VirtualRows';
import { UserText } from '../../ui/UserText';
import { formatValue, metricSummary, namesList } from './okrFormat';
import styles from './OkrImport.module.css';

/** What the import will do, and every row that must be fixed first (with its file line). */
type PreviewRow = { kind: 'objective'; objective: PlannedObjective } | { kind: 'keyResult'; objective: PlannedObjective; keyResult: PlannedKeyResult };

/** A key result as it will be stored: metric with start, target and unit, the value now, the owner. */
function keyResultLine(k: PlannedKeyResult, personName: (id: string) => string): string {
  const now = k.checkIn ? ` · now ${k.metric === 'milestone' ? (k.checkIn.value === 1 ? 'done' : 'not done') : formatValue(k.checkIn.value, k.unit)} (${k.checkIn.confidence}/10, ${k.checkIn.date})` : '';
  const owner = k.owner === null ? '' : ` · ${k.owner.kind === 'person' ? personName(k.owner.id) : k.owner.name}`;
  return `${k.title} · ${metricSummary(k)}${now}${owner}`;
}

export function OkrImportPreview({ plan, lines, unit, createTeams, onCreateTeamsChange, personName }: {
  plan: OkrImportPlan;
  personName: (id: string) => string;
  lines: readonly number[];
  unit: 'line' | 'row';
  createTeams: boolean;
  onCreateTeamsChange: (create: boolean) => void;
}) {
  const where = (row: number) => (row <= 1 ? 'Columns' : `Row ${row - 1} (file ${unit} ${lines[row - 2] ?? row})`);
  const fresh = plan.objectives.filter((o) => o.existingId === null);
  const skipped = plan.objectives.length - fresh.length;
  const shared = fresh.filter((o) => o.ownerTeamNames.length > 1).length;
  return (
    <section className={styles.preview} aria-label="Preview">
      <p className={styles.counts}>
        {countOf(fresh.length, 'objective')} ({shared} shared by two or more teams), {countOf(plan.keyResultCount, 'key result')}, {countOf(plan.checkInCount, 'check-in')} from current values
        {skipped > 0 ? ` · ${countOf(skipped, 'objective')} already in the workspace: skipped` : ''}
        {plan.newPeriods.length > 0 ? ` · new periods: ${plan.newPeriods.map((p) => `${p.name} (${p.start} – ${p.end})`).join(', ')}` : ''}
      </p>
      {plan.newTeamNames.length > 0 ? (
        <label className={styles.newTeams}>
          <input type="checkbox" checked={createTeams} onChange={(e) => onCreateTeamsChange(e.target.checked)} /> Create {countOf(plan.newTeamNames.length, 'new team')}: <UserText>{namesList(plan.newTeamNames)}</UserText>
        </label>
      ) : null}
      {plan.problems.length > 0 ? (
        <div className={styles.problems}>
          <h3>{countOf(plan.problems.length, 'problem')} to fix in the file: nothing is imported until they are gone</h3>
          <VirtualRows rows={plan.problems} label="Problems" rowHeight={44} rowKey={(p: RowMessage) => `${p.row}:${p.message}`} renderRow={(p: RowMessage) => <span className={styles.wholeRow}><strong>{where(p.row)}:</strong> <UserText>{p.message}</UserText></span>} />
        </div>
      ) : null}
      {plan.notes.length > 0 ? (
        <details className={styles.notes}>
          <summary>{countOf(plan.notes.length, 'assumption')} made</summary>
          <ul>
            {plan.notes.slice(0, 200).map((n) => (
              <li key={`${n.row}:${n.message}`}>
                {where(n.row)}: {n.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {plan.objectives.length > 0 ? (
        <VirtualRows
          rows={plan.objectives.flatMap((objective): PreviewRow[] => [{ kind: 'objective', objective }, ...objective.keyResults.map((keyResult) => ({ kind: 'keyResult' as const, objective, keyResult }))])}
          label="Objectives and key results to import"
          rowHeight={44}
          rowKey={(r: PreviewRow) => (r.kind === 'objective' ? r.objective.key : `${r.objective.key}#${r.keyResult.row}`)}
          renderRow={(r: PreviewRow) =>
            r.kind === 'objective' ? (
              <span className={styles.wholeRow}>
                <strong>
                  <UserText>{r.objective.title}</UserText>
                </strong>{' '}
                · {r.objective.period.name} · <UserText>{namesList(r.objective.ownerTeamNames)}</UserText> · {r.objective.kind} · {countOf(r.objective.keyResults.length, 'key result')}
                {r.objective.existingId ? ' · already in the workspace: skipped' : ''}
              </span>
            ) : (
              <span className={`${styles.wholeRow} ${styles.keyResultRow}`}>
                <UserText>{keyResultLine(r.keyResult, personName)}</UserText>
              </span>
            )
          }
        />
      ) : null}
    </section>
  );
}

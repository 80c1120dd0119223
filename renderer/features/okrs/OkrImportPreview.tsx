import { countOf } from '../../../shared/import';
import type { OkrImportPlan, PlannedObjective, RowMessage } from '../../../shared/import/okrs';
import { VirtualRows } from '../../ui/import/VirtualRows';
import { UserText } from '../../ui/UserText';
import { namesList } from './okrFormat';
import styles from './OkrImport.module.css';

/** What the import will do, and every row that must be fixed first (with its file line). */
export function OkrImportPreview({ plan, lines, unit, createTeams, onCreateTeamsChange }: {
  plan: OkrImportPlan;
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
          <VirtualRows rows={plan.problems} label="Problems" rowHeight={44} rowKey={(p: RowMessage) => `${p.row}:${p.message}`} renderRow={(p: RowMessage) => <span><strong>{where(p.row)}:</strong> {p.message}</span>} />
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
          rows={plan.objectives}
          label="Objectives to import"
          rowHeight={44}
          rowKey={(o: PlannedObjective) => o.key}
          renderRow={(o: PlannedObjective) => (
            <span>
              <strong>
                <UserText>{o.title}</UserText>
              </strong>{' '}
              · {o.period.name} · <UserText>{namesList(o.ownerTeamNames)}</UserText> · {o.kind} · {countOf(o.keyResults.length, 'key result')}
              {o.existingId ? ' · already in the workspace: skipped' : ''}
            </span>
          )}
        />
      ) : null}
    </section>
  );
}

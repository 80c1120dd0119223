import { countOf, describeProblem, thousands, type MembershipRow, type MembershipRowStatus, type MembershipValidation } from '../../../shared/import';
import { isolateBidi } from '../../../shared/bidi';
import { VirtualRows } from '../../ui/import/VirtualRows';
import styles from './RosterImport.module.css';

const STATUS_LABELS: Record<MembershipRowStatus, string> = { refused: 'Refused', update: 'Update', new: 'New', unchanged: 'Unchanged' };
const ORDER: Record<MembershipRowStatus, number> = { refused: 0, update: 1, new: 2, unchanged: 3 };

function detail(row: MembershipRow): string {
  if (row.status === 'refused') return row.problems.map((p) => describeProblem(p)).join('; ');
  const who = row.personName ? isolateBidi(row.personName) : 'Open role (to hire)';
  const allocation = row.status === 'update' ? `${row.previousAllocation}% → ${row.allocation}%` : `${row.allocation}%`;
  return [`${who} · ${isolateBidi(row.team)} · ${isolateBidi(row.role)} · ${allocation}`, ...row.warnings].join(' — ');
}

/** Totals, teams and roles to create, and every row (problems and warnings first). */
export function MembershipPreview({ validation, unit }: { validation: MembershipValidation; unit: 'line' | 'row' }) {
  const { totals, newTeams, newRoles, fileProblems } = validation;
  if (fileProblems.length > 0) {
    return (
      <ul className={styles.problems} aria-label="Problems with the mapping">
        {fileProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    );
  }
  const warned = (row: MembershipRow) => (row.warnings.length > 0 ? 0 : 1);
  const rows = [...validation.rows].sort((a, b) => ORDER[a.status] - ORDER[b.status] || warned(a) - warned(b) || a.dataRow - b.dataRow);
  const warnings = validation.rows.filter((r) => r.warnings.length > 0).length;
  return (
    <div className={styles.preview}>
      <p role="status" className={styles.counts}>
        {thousands(totals.new)} new, {thousands(totals.update)} to update, {thousands(totals.unchanged)} unchanged, {thousands(totals.refused)} refused
        {validation.vacancies > 0 ? `; ${countOf(validation.vacancies, 'open role')}` : ''}
        {warnings > 0 ? `; ${countOf(warnings, 'row warns', 'rows warn')} of over-allocation` : ''}.
      </p>
      {newTeams.length > 0 || newRoles.length > 0 ? (
        <div className={styles.departments} role="group" aria-label="Teams and roles the import creates">
          {newTeams.map((t) => (
            <span key={`team:${t.name}`}>
              New team {isolateBidi(t.name)} <span className={styles.muted}>({countOf(t.rows, 'row')})</span>
            </span>
          ))}
          {newRoles.map((r) => (
            <span key={`role:${r.name}`}>
              New role {isolateBidi(r.name)} <span className={styles.muted}>({countOf(r.rows, 'row')})</span>
            </span>
          ))}
        </div>
      ) : null}
      <VirtualRows
        rows={rows}
        label="Rows of the file"
        rowHeight={34}
        rowKey={(row) => String(row.dataRow)}
        renderRow={(row) => (
          <>
            <span>{`Data row ${thousands(row.dataRow)} (file ${unit} ${thousands(row.line)})`}</span>
            <span className={row.status === 'refused' ? styles.refused : styles.muted}>{STATUS_LABELS[row.status]}</span>
            <span className={styles.detail} title={detail(row)}>
              {detail(row)}
            </span>
          </>
        )}
      />
    </div>
  );
}

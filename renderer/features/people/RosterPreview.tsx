import type { DepartmentKind } from '../../../shared/model';
import {
  PERSON_FIELD_LABELS,
  countOf,
  describeProblem,
  rowPlace,
  thousands,
  type RosterRow,
  type RosterRowStatus,
  type RosterValidation,
} from '../../../shared/import';
import { isolateBidi } from '../../../shared/bidi';
import { VirtualRows } from '../../ui/import/VirtualRows';
import importStyles from '../../ui/import/Import.module.css';
import styles from './RosterImport.module.css';

const STATUS_LABELS: Record<RosterRowStatus, string> = { refused: 'Refused', update: 'Update', new: 'New', unchanged: 'Unchanged', inactive: 'Has left' };
const ORDER: Record<RosterRowStatus, number> = { refused: 0, update: 1, new: 2, unchanged: 3, inactive: 4 };

function detail(row: RosterRow): string {
  if (row.status === 'refused') return row.problems.map(describeProblem).join('; ');
  if (row.status === 'inactive') {
    const who = isolateBidi(row.leaver?.name || '(no name)');
    const stays = row.leaver?.inDirectory ? `; ${isolateBidi(row.leaver.inDirectory)} stays in the directory (remove them there if they have left)` : '';
    return `${who}: has left (${row.inactiveReason ?? 'status'}), not imported${stays}`;
  }
  const person = row.person;
  if (!person) return '';
  const name = isolateBidi(person.name);
  if (row.status === 'update') return `${name}: ${row.changes.map((c) => `${PERSON_FIELD_LABELS[c.field]} ${c.from ? `“${isolateBidi(c.from)}”` : '(empty)'} → “${isolateBidi(c.to)}”`).join(', ')}`;
  const parts = [person.email, person.title, person.department].filter((part): part is string => Boolean(part)).map(isolateBidi);
  return parts.length > 0 ? `${name} · ${parts.join(' · ')}` : name;
}

/** Totals, departments to create, and every row — problems first — with what will happen to it. */
export function RosterPreview({
  validation,
  unit,
  kinds,
  onKindChange,
  duplicates,
  onDuplicatesChange,
  skipLeavers,
  onSkipLeaversChange,
}: {
  validation: RosterValidation;
  unit: 'line' | 'row';
  kinds: Readonly<Record<string, DepartmentKind>>;
  onKindChange: (name: string, kind: DepartmentKind) => void;
  duplicates: 'update' | 'skip';
  onDuplicatesChange: (choice: 'update' | 'skip') => void;
  skipLeavers: boolean;
  onSkipLeaversChange: (skip: boolean) => void;
}) {
  const { totals, newDepartments, fileProblems } = validation;
  const leavers = validation.rows.filter((row) => row.inactiveReason).length;
  const rows = [...validation.rows].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.dataRow - b.dataRow);
  if (fileProblems.length > 0) {
    return (
      <ul className={styles.problems} aria-label="Problems with the mapping">
        {fileProblems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    );
  }
  return (
    <div className={styles.preview}>
      <p role="status" className={styles.counts}>
        {thousands(totals.new)} new, {thousands(totals.update)} to update, {thousands(totals.unchanged)} unchanged, {thousands(totals.refused)} refused
        {totals.refused > 0 ? ' (refused rows are left out; fix them in the file and import again)' : ''}
        {totals.inactive > 0 ? `, ${countOf(totals.inactive, 'leaver')} skipped` : ''}.
      </p>
      {leavers > 0 ? (
        <label className={styles.confirm}>
          <input type="checkbox" checked={skipLeavers} onChange={(event) => onSkipLeaversChange(event.target.checked)} /> Skip {countOf(leavers, 'person', 'people')} the file
          marks as having left (status such as Terminated, or a leaving date before today)
        </label>
      ) : null}
      {newDepartments.length > 0 ? (
        <fieldset className={styles.departments}>
          <legend>{countOf(newDepartments.length, 'new department')} will be created with the import</legend>
          {newDepartments.map((d) => {
            const kind = kinds[d.name.toLowerCase()] ?? d.kind;
            return (
              <label key={d.name} className={styles.department}>
                <span>
                  {isolateBidi(d.name)} <span className={styles.muted}>({countOf(d.rows, 'row')})</span>
                </span>
                <select aria-label={`Kind of ${isolateBidi(d.name)}`} value={kind} onChange={(event) => onKindChange(d.name, event.target.value as DepartmentKind)}>
                  <option value="technology">Technology</option>
                  <option value="business">Business</option>
                </select>
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {totals.update > 0 ? (
        <fieldset className={styles.choice}>
          <legend>{countOf(totals.update, 'row changes someone', 'rows change people')} already in the directory (matched by employee ID, else email)</legend>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'update'} onChange={() => onDuplicatesChange('update')} /> Update existing people
          </label>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'skip'} onChange={() => onDuplicatesChange('skip')} /> Skip them
          </label>
        </fieldset>
      ) : null}
      <VirtualRows
        rows={rows}
        label="Rows of the file"
        rowHeight={34}
        rowKey={(row) => String(row.dataRow)}
        renderRow={(row) => (
          <>
            <span>{rowPlace(row, unit)}</span>
            <span className={row.status === 'refused' ? styles.refused : styles.muted}>{STATUS_LABELS[row.status]}</span>
            <span className={styles.detail} title={detail(row)}>
              {detail(row)}
            </span>
          </>
        )}
      />
      <p className={importStyles.fileLine}>Rows with problems come first. Counting: data row 1 is the first row below the header; the file {unit} is where your editor or spreadsheet shows it.</p>
    </div>
  );
}

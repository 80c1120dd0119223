import { ROSTER_FIELDS, type RosterField, type RosterMapping } from '../../../shared/import';
import { SelectField } from '../../ui/SelectField';
import styles from './RosterImport.module.css';

const LABELS: Record<RosterField, string> = { name: 'Name column', email: 'Email column', title: 'Job title column', department: 'Department column' };

/** Which column of the file holds which field; guessed from the headers, changeable. */
export function RosterMappingFields({ headers, mapping, onChange }: { headers: readonly string[]; mapping: RosterMapping; onChange: (m: RosterMapping) => void }) {
  const options = [{ value: '', label: '— not in the file —' }, ...headers.map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` }))];
  return (
    <fieldset className={styles.mapping}>
      <legend>Columns</legend>
      {ROSTER_FIELDS.map((field) => (
        <SelectField
          key={field}
          label={LABELS[field]}
          value={mapping[field] === null ? '' : String(mapping[field])}
          options={options}
          onChange={(event) => onChange({ ...mapping, [field]: event.target.value === '' ? null : Number(event.target.value) })}
        />
      ))}
    </fieldset>
  );
}

import { SelectField } from '../SelectField';
import styles from './Import.module.css';

export interface MappingField<F extends string> {
  key: F;
  label: string;
  hint?: string;
}

/**
 * Which column holds which field: one labelled select per field, proposed from the headers and
 * changeable. Each option shows the column's first value, so "Nom" reads as “Nom (e.g. Dubois)”.
 */
export function ColumnMappingFields<F extends string>({
  legend,
  fields,
  headers,
  sample,
  mapping,
  onChange,
}: {
  legend: string;
  fields: readonly MappingField<F>[];
  headers: readonly string[];
  sample: readonly string[] | undefined;
  mapping: Record<F, number | null>;
  onChange: (mapping: Record<F, number | null>) => void;
}) {
  const options = [
    { value: '', label: '— not in the file —' },
    ...headers.map((header, index) => {
      const example = (sample?.[index] ?? '').trim();
      return { value: String(index), label: example ? `${header} (e.g. ${example.length > 24 ? `${example.slice(0, 24)}…` : example})` : header };
    }),
  ];
  return (
    <fieldset className={styles.mapping}>
      <legend>{legend}</legend>
      {fields.map((field) => (
        <SelectField
          key={field.key}
          label={`${field.label} column`}
          hint={field.hint}
          value={mapping[field.key] === null ? '' : String(mapping[field.key])}
          options={options}
          onChange={(event) => onChange({ ...mapping, [field.key]: event.target.value === '' ? null : Number(event.target.value) })}
        />
      ))}
    </fieldset>
  );
}

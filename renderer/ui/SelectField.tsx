import { useId, type SelectHTMLAttributes } from 'react';
import { FieldMessages, fieldMessageIds } from './FieldMessages';
import styles from './Form.module.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  error?: string | undefined;
}

/** A labelled native select: accessible and keyboard-friendly on every platform for free. */
export function SelectField({ label, options, hint, error, className, ...props }: SelectFieldProps) {
  const id = useId();
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select id={id} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

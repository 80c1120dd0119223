import { useId, type InputHTMLAttributes } from 'react';
import { FieldMessages, fieldMessageIds } from './FieldMessages';
import styles from './Form.module.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | undefined;
  multiline?: false;
}

/** A labelled input whose error is announced and linked with aria-describedby. */
export function TextField({ label, hint, error, className, ...props }: TextFieldProps) {
  const id = useId();
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input id={id} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

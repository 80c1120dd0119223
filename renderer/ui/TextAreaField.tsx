import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldMessages, fieldMessageIds } from './FieldMessages';
import styles from './Form.module.css';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled multi-line input; its hint and error are linked with aria-describedby. */
export function TextAreaField({ label, hint, error, className, rows = 3, ...props }: TextAreaFieldProps) {
  const id = useId();
  const { describedBy } = fieldMessageIds(id, hint, error);
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <textarea id={id} rows={rows} className={styles.input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

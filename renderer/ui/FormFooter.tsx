import { Button } from './Button';
import dialogStyles from './Dialog.module.css';
import formStyles from './Form.module.css';

export interface FormFooterProps {
  /** A whole-form error (e.g. a refused save), announced to screen readers. */
  error?: string | null | undefined;
  submitLabel: string;
  onCancel: () => void;
  busy?: boolean;
}

/** The end of every dialog form: its error, Cancel, and the submit button. */
export function FormFooter({ error, submitLabel, onCancel, busy = false }: FormFooterProps) {
  return (
    <>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}

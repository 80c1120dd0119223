import { useState } from 'react';
import type { PeriodRange } from '../../../shared/model';
import { closePeriod, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';

/** From a period's last day on: score every unscored key result with its suggestion. */
export function ClosePeriodButton({ period, today }: { period: PeriodRange; today: string }) {
  const db = useDb();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (today < period.end) return null;

  async function confirm() {
    try {
      const scored = await closePeriod(db, period.id, today);
      setMessage(scored === 0 ? `${period.name} was already scored.` : `${period.name} closed: ${scored} key results scored with their suggestions.`);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>Close period</Button>
      <span role="status">{message}</span>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
      <ConfirmDialog open={open} onOpenChange={setOpen} title={`Close ${period.name}?`} confirmLabel="Score and close" onConfirm={confirm}>
        <p>
          Every key result without a score gets the score suggested by its progress (0.0–1.0), and every objective its weighted score.
          Scores already given are kept; you can still change any score with a reason.
        </p>
      </ConfirmDialog>
    </>
  );
}

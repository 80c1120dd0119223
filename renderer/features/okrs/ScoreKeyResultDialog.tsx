import { useState, type FormEvent } from 'react';
import { Score, type KeyResult } from '../../../shared/model';
import { scoreReasonProblem } from '../../../shared/rules';
import { scoreKeyResult, useDb } from '../../db';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

export interface ScoreTarget {
  keyResult: KeyResult;
  suggested: number;
}

/** Scores a key result 0.0–1.0: the suggestion comes from progress; another score needs a reason. */
export function ScoreKeyResultDialog({ target, onClose }: { target: ScoreTarget | null; onClose: () => void }) {
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Score ${target?.keyResult.title ?? 'key result'}`}
      description={target ? `Suggested from its progress: ${target.suggested.toFixed(1)}. Change it only with a reason.` : undefined}
    >
      {target ? <ScoreForm target={target} onDone={onClose} /> : null}
    </Dialog>
  );
}

function ScoreForm({ target, onDone }: { target: ScoreTarget; onDone: () => void }) {
  const db = useDb();
  const existing = target.keyResult.score;
  const [value, setValue] = useState((existing?.value ?? target.suggested).toFixed(1));
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const number = value.trim() === '' ? Number.NaN : Number(value);
    const parsed = Score.safeParse({ value: number, reason });
    if (!parsed.success || !Number.isFinite(number)) {
      setErrors({ value: 'Enter a score from 0.0 to 1.0, e.g. 0.7.' });
      return;
    }
    const problem = scoreReasonProblem(target.suggested, parsed.data.value, parsed.data.reason);
    if (problem) {
      setErrors({ reason: problem });
      return;
    }
    try {
      await scoreKeyResult(db, target.keyResult.id, parsed.data);
      onDone();
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField label="Score (0.0–1.0)" type="number" min={0} max={1} step={0.1} value={value} onChange={(e) => setValue(e.target.value)} error={errors.value} autoFocus />
      <TextAreaField label="Reason" hint="Needed when the score differs from the suggestion." value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} maxLength={400} />
      <FormFooter error={errors.form} submitLabel="Save score" onCancel={onDone} />
    </form>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Objective, PeriodRange } from '../../../shared/model';
import { nextQuarterAfter, periodChoices } from '../../../shared/rules';
import { duplicateObjectiveToPeriod, useCustomPeriods, useDb } from '../../db';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';
import { okrPaths, useOkrLink } from './okrLinks';

export interface DuplicateProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  objective: Objective;
  period: PeriodRange;
  today: string;
}

/** Copies the objective and its key results into another period (the next one by default). */
export function DuplicateObjectiveDialog({ open, onOpenChange, objective, period, today }: DuplicateProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Duplicate ${objective.title}`}
      description="Every key result is copied with its fields; each starts from its last value. Check-ins and scores are not copied."
    >
      {open ? <DuplicateForm objective={objective} period={period} today={today} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function DuplicateForm({ objective, period, today, onDone }: { objective: Objective; period: PeriodRange; today: string; onDone: () => void }) {
  const db = useDb();
  const navigate = useNavigate();
  const link = useOkrLink();
  const custom = useCustomPeriods();
  const next = nextQuarterAfter(period);
  const [target, setTarget] = useState(next.id);
  const [error, setError] = useState<string | null>(null);
  const options = useMemo(() => periodChoices(today, custom ?? [], next.id).map((p) => ({ value: p.id, label: p.name })), [today, custom, next.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const copy = await duplicateObjectiveToPeriod(db, objective.id, target);
      onDone();
      navigate(link(okrPaths.objective(copy.id)));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <SelectField label="Into period" value={target} options={options} onChange={(e) => setTarget(e.target.value)} />
      <FormFooter error={error} submitLabel="Duplicate objective" onCancel={onDone} />
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { KeyResult } from '../../../shared/model';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { findPeriod } from '../../../shared/rules';
import { moveKeyResult, useCustomPeriods, useDb, usePeriodObjectives, useRecordedTeamNames, useTeams } from '../../db';
import { objectiveChoiceLabel } from './okrFormat';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import dialogStyles from '../../ui/Dialog.module.css';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { SelectField } from '../../ui/SelectField';

/** Moves a key result, with its check-in history, to another objective of the same period. */
export function MoveKeyResultDialog({ keyResult, periodId, onClose }: { keyResult: KeyResult | null; periodId: string; onClose: () => void }) {
  return (
    <Dialog open={keyResult !== null} onOpenChange={(open) => (open ? undefined : onClose())} title={`Move ${keyResult?.title ?? 'key result'}`} description="Its check-in history moves with it.">
      {keyResult ? <MoveForm keyResult={keyResult} periodId={periodId} onDone={onClose} /> : null}
    </Dialog>
  );
}

function MoveForm({ keyResult, periodId, onDone }: { keyResult: KeyResult; periodId: string; onDone: () => void }) {
  const db = useDb();
  const objectives = usePeriodObjectives(periodId);
  const teams = useTeams(LIVE_PLAN_ID);
  const custom = useCustomPeriods();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const teamNames = new Map((teams ?? []).map((t) => [t.id, t.name]));
  const recordedTeamNames = useRecordedTeamNames();
  const periodName = findPeriod(periodId, custom ?? [])?.name;
  // Repeated titles are told apart by their owners (and period).
  const options = [
    { value: '', label: 'Choose an objective…' },
    ...(objectives ?? [])
      .filter((o) => o.id !== keyResult.objectiveId)
      .map((o) => ({ value: o.id, label: objectiveChoiceLabel(o.title, o.ownerTeamIds.map((id) => teamNames.get(id) ?? recordedTeamNames.get(id) ?? 'a deleted team'), periodName) })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!target) {
      setError('Choose the objective to move the key result to.');
      return;
    }
    try {
      await moveKeyResult(db, keyResult.id, target);
      onDone();
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <SelectField label="Move to objective" value={target} options={options} onChange={(e) => setTarget(e.target.value)} error={error ?? undefined} />
      {options.length === 1 ? <p className={formStyles.hint}>This period has no other objective yet.</p> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary">
          Move key result
        </Button>
      </div>
    </form>
  );
}

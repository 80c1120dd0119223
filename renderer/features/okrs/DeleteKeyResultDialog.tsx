import { useState } from 'react';
import type { KeyResult } from '../../../shared/model';
import { deleteKeyResult, useDb } from '../../db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';

export function DeleteKeyResultDialog({ keyResult, onClose }: { keyResult: KeyResult | null; onClose: () => void }) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      open={keyResult !== null}
      onOpenChange={(open) => {
        if (!open) {
          setError(null);
          onClose();
        }
      }}
      title={`Delete ${keyResult?.title ?? 'key result'}?`}
      confirmLabel="Delete key result"
      onConfirm={() => {
        if (keyResult) deleteKeyResult(db, keyResult.id).catch((cause) => setError(errorMessage(cause)));
      }}
    >
      <p>Its check-in history is deleted with it, and the objective’s progress is recalculated without it.</p>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

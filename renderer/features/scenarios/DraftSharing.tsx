import { useState } from 'react';
import { useDb } from '../../db';
import { useDraftSharing } from '../../sync/useDraftSharing';
import { useDraftSharingUi } from '../../state/draftSharingUi';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorMessage } from '../../ui/fieldErrors';
import { UserText } from '../../ui/UserText';
import styles from './DraftSharing.module.css';

/**
 * Issue 21: a draft stays on its author's laptop until they share it. In the plan bar while sync
 * is on: "Private to this laptop" and a "Share this draft…" button, or "Shared" once it is.
 */
export function DraftSharing({ planId, planName }: { planId: string; planName: string }) {
  const db = useDb();
  const { syncOn, shared, share } = useDraftSharing(db, planId);
  const asking = useDraftSharingUi((s) => s.asking === planId);
  const ask = useDraftSharingUi((s) => s.ask);
  const setNotice = useScenariosUi((s) => s.setNotice);
  const [busy, setBusy] = useState(false);
  if (!syncOn) return null;
  if (shared) return <p className={styles.shared}>Shared with the workspace</p>;
  const confirm = () => {
    setBusy(true);
    share().then(
      () => setNotice(`The draft “${planName}” is shared: every laptop of this workspace gets it and its later edits.`),
      (error: unknown) => setNotice(`The draft was not shared: ${errorMessage(error)}`),
    ).finally(() => setBusy(false));
  };
  return (
    <>
      <p className={styles.private}>Private to this laptop</p>
      <Button onClick={() => ask(planId)} disabled={busy}>
        Share this draft…
      </Button>
      <ConfirmDialog open={asking} onOpenChange={(open) => ask(open ? planId : null)} title="Share this draft?" confirmLabel="Share draft" onConfirm={confirm}>
        <p>
          Every laptop of this sync workspace will get the draft <UserText>{planName}</UserText> with its teams and memberships, and every later edit
          of it, from any laptop. A shared draft cannot be made private again; you can still delete it.
        </p>
      </ConfirmDialog>
    </>
  );
}

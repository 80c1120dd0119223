import { useId, useState, type FormEvent } from 'react';
import { useDb } from '../../db';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { useSyncStatus } from '../../sync/useSync';
import type { ConnectInput } from '../../sync/controller';
import { backUpWorkspace } from './backUpWorkspace';
import styles from './BackupRestore.module.css';
import settingsStyles from './SettingsPage.module.css';
import syncStyles from './SyncSettings.module.css';

/** Exactly what leaves this laptop when sync is on, and where it goes (the README says the same). */
export const WHAT_IS_SENT =
  'Your workspace — people, departments, roles, teams and memberships of the live plan, periods, objectives, key results, check-ins, ' +
  'settings, and the drafts you share — with who changed what and when. It goes to the sync server at the address below, and from ' +
  'there to every laptop with an invitation to this workspace. Never sent: “this is me”, your layout preferences, remembered import ' +
  'mappings, your undo history, and drafts you have not shared.';

/** Settings → Sync: connect with a server address and invitation token, disconnect, or reset from the server. */
export function SyncSettings() {
  const id = useId();
  const db = useDb();
  const { status, controller } = useSyncStatus(db);
  const connection = controller.connection;
  const [input, setInput] = useState<ConnectInput>({ address: '', workspaceId: '', token: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof ConnectInput, string>>>({});
  const [message, setMessage] = useState('');
  const [confirm, setConfirm] = useState<'disconnect' | 'reset' | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const check = await controller.connect(input);
    setBusy(false);
    if (!check.ok) setErrors(check.errors);
    else setMessage('Saved. Teamshape reloads to allow connections to this server…');
  }

  async function disconnect() {
    await controller.disconnect();
    setMessage('This laptop no longer syncs. Your workspace stays here as it is.');
  }

  async function reset() {
    setBusy(true);
    try {
      const saved = await backUpWorkspace(db);
      await controller.resetFromServer();
      setMessage(`${saved} This laptop now takes the workspace from the server.`);
    } catch (error) {
      setMessage(`Nothing was reset: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof ConnectInput) => ({
    value: input[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setInput({ ...input, [name]: event.target.value }),
  });

  return (
    <section className={settingsStyles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Sync between laptops</h2>
      <p className={settingsStyles.explain}>{WHAT_IS_SENT}</p>
      {connection ? (
        <>
          <dl className={syncStyles.facts}>
            <dt>Server</dt>
            <dd>{connection.url}</dd>
            <dt>Workspace ID</dt>
            <dd>{connection.workspaceId}</dd>
            <dt>Status</dt>
            <dd>{status.label}</dd>
          </dl>
          {status.detail && <p className={status.phase === 'refused' || status.phase === 'failed' ? styles.warning : undefined}>{status.detail}</p>}
          <div className={styles.actions}>
            <Button onClick={() => setConfirm('disconnect')} disabled={busy}>
              Disconnect this laptop
            </Button>
            <Button variant="danger" onClick={() => setConfirm('reset')} disabled={busy}>
              Reset from the server…
            </Button>
          </div>
        </>
      ) : (
        <form className={syncStyles.form} onSubmit={(event) => void connect(event)} noValidate aria-label="Connect to a sync server">
          <p>Sync is off. To turn it on, paste what your administrator sent you (from the server’s invite command).</p>
          <TextField label="Server address" placeholder="wss://sync.example.com" autoComplete="off" spellCheck={false} {...field('address')} hint="ws://127.0.0.1:8787 for a server on this computer" />
          <TextField label="Workspace ID" autoComplete="off" spellCheck={false} {...field('workspaceId')} />
          <TextField label="Invitation token" type="password" autoComplete="off" spellCheck={false} {...field('token')} />
          <div className={styles.actions}>
            <Button type="submit" variant="primary" disabled={busy}>
              Connect
            </Button>
          </div>
        </form>
      )}
      {message && (
        <p role="status" className={styles.status}>
          {message}
        </p>
      )}
      <ConfirmDialog
        open={confirm === 'disconnect'}
        onOpenChange={(open) => setConfirm(open ? 'disconnect' : null)}
        title="Disconnect this laptop?"
        confirmLabel="Disconnect"
        onConfirm={() => void disconnect()}
      >
        <p>This laptop stops syncing. Your workspace stays here as it is; changes not yet sent stay here only.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'reset'}
        onOpenChange={(open) => setConfirm(open ? 'reset' : null)}
        title="Reset this laptop from the server?"
        confirmLabel="Back up, then reset"
        onConfirm={() => void reset()}
      >
        <p>
          Teamshape first saves a backup of this laptop’s workspace. Then it replaces the workspace here with the server’s copy: changes made on this
          laptop and not yet sent are only in that backup.
        </p>
      </ConfirmDialog>
    </section>
  );
}

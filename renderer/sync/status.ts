/**
 * The sync status in plain words (issue 21): what the app frame shows. Pure: the controller
 * feeds it what the wire and Dexie say. Never blocking: every state lets the user work on.
 */
import type { WireState } from './connection';
import type { SaveProgress } from './bulkJoin';

export type SyncPhase = 'off' | 'starting' | 'synced' | 'syncing' | 'offline' | 'refused' | 'failed';

export interface SyncStatus {
  phase: SyncPhase;
  /** The short line of the frame: "Synced", "Offline — 37 changes waiting". */
  label: string;
  /** What happened and what to do (a refusal, an error); empty when all is well. */
  detail: string;
  /** Changes made here that the server has not acknowledged. */
  waiting: number;
  readOnly: boolean;
  /** Records from other laptops that failed validation (kept out of the workspace). */
  refusedRecords: number;
}

export const SYNC_OFF: SyncStatus = { phase: 'off', label: 'Sync off', detail: '', waiting: 0, readOnly: false, refusedRecords: 0 };

const count = (n: number) => n.toLocaleString('en-GB');
const changes = (n: number) => (n === 1 ? '1 change' : `${count(n)} changes`);

/** What each refusal of server/PROTOCOL.md means to the user, and what to do. */
export const REFUSALS: Record<string, string> = {
  'token-unknown': 'The server does not know this invitation token. Check that it was pasted whole, or ask your administrator for a new invitation.',
  'token-revoked': 'Your administrator revoked this invitation token. Ask them for a new invitation, then paste it in Settings → Sync.',
  'token-expired': 'This invitation token has expired. Ask your administrator for a new invitation, then paste it in Settings → Sync.',
  'wrong-workspace': 'This invitation token is for another workspace than the one entered in Settings → Sync. Check the workspace ID.',
  'bad-document-name': 'The server refused the workspace ID. Check it in Settings → Sync (16 letters and digits).',
  'permission-denied': 'The server refused the connection. Check the token in Settings → Sync.',
};

export function describeRefusal(reason: string): string {
  return REFUSALS[reason] ?? `The server refused the connection (“${reason}”). Check the address and token in Settings → Sync.`;
}

export function syncStatus(wire: WireState, waiting: number, refusedRecords: number, serverName: string, saving: SaveProgress | null = null): SyncStatus {
  const base = { waiting, readOnly: wire.readOnly, refusedRecords };
  if (saving !== null && wire.refusal === null) {
    // The records are on screen already; Dexie is catching up (renderer/sync/bulkJoin.ts).
    return {
      ...base,
      phase: 'syncing',
      label: `Saving to this laptop — ${count(saving.saved)} of ${count(saving.total)} records`,
      detail: 'The workspace from the server is on screen and you can work. It is being saved on this laptop; if Teamshape closes now, saving continues at the next start.',
    };
  }
  if (wire.refusal !== null) {
    return { ...base, phase: 'refused', label: 'Sync stopped — token refused', detail: `${describeRefusal(wire.refusal)} Your changes stay on this laptop.` };
  }
  if (wire.socket !== 'connected') {
    const label = waiting > 0 ? `Offline — ${changes(waiting)} waiting` : 'Offline';
    return { ...base, phase: 'offline', label, detail: `${serverName} cannot be reached. Keep working: changes are saved on this laptop and sent when it is back.` };
  }
  if (!wire.synced || waiting > 0) {
    const label = waiting > 0 ? (wire.readOnly ? `Read-only — ${changes(waiting)} not sent` : `Syncing — ${changes(waiting)} waiting`) : 'Syncing…';
    const detail = wire.readOnly && waiting > 0 ? 'Your invitation is read-only: the server does not take changes made on this laptop. They stay here only.' : '';
    return { ...base, phase: 'syncing', label, detail };
  }
  const refused = refusedRecords > 0 ? `${count(refusedRecords)} record${refusedRecords === 1 ? '' : 's'} from other laptops failed the checks and were left out.` : '';
  return { ...base, phase: 'synced', label: wire.readOnly ? 'Synced (read-only)' : 'Synced', detail: refused };
}

import { create } from 'zustand';
import { nowIso } from '../../shared/clock';
import { looksEvicted, markerIsStale, type WorkspaceMarker } from '../../shared/workspaceMarker';
import { onChangeCommitted, type TeamshapeDb } from '../db';
import { readWorkspaceMarker, writeWorkspaceMarker } from '../platform/workspaceMarker';

interface EvictionState {
  /** The note of the workspace that was here, when it is gone now; null otherwise. */
  lost: WorkspaceMarker | null;
  /** The user read the notice and starts afresh: the note says so, the notice goes. */
  dismiss: () => Promise<void>;
}

export const useEviction = create<EvictionState>(() => ({ lost: null, dismiss: async () => {} }));

/** After a change, the note is brought up to date this much later (one write for a burst of edits). */
const SETTLE_MS = 2_000;

async function aliveCount(db: TeamshapeDb, table: 'teams' | 'people' | 'objectives'): Promise<number> {
  return db.table(table).filter((row: { deletedAt: string | null }) => row.deletedAt === null).count();
}

/** What the workspace holds now, as the note would say it. */
export async function currentMarker(db: TeamshapeDb, now: string = nowIso()): Promise<WorkspaceMarker> {
  const [teams, people, objectives] = await Promise.all([aliveCount(db, 'teams'), aliveCount(db, 'people'), aliveCount(db, 'objectives')]);
  return { hadData: teams + people > 0, teams, people, objectives, lastSeenAt: now };
}

export interface EvictionWatchOptions {
  read?: typeof readWorkspaceMarker;
  write?: typeof writeWorkspaceMarker;
  settleMs?: number;
}

/**
 * Started once by the app: compares the workspace with the note kept outside the browser. Empty
 * here but the note says it held teams or people → the notice explains what probably happened.
 * Otherwise the note is kept current (after changes settle). Returns a function that stops it.
 */
export function startEvictionWatch(db: TeamshapeDb, options: EvictionWatchOptions = {}): () => void {
  const read = options.read ?? readWorkspaceMarker;
  const write = options.write ?? writeWorkspaceMarker;
  let known: WorkspaceMarker | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const record = async () => {
    const now = await currentMarker(db);
    if (useEviction.getState().lost && !now.hadData) return; // the notice stands until the user answers it
    if (markerIsStale(known, now) && (await write(now))) known = now;
    if (now.hadData) useEviction.setState({ lost: null });
  };

  useEviction.setState({
    dismiss: async () => {
      const now = await currentMarker(db);
      useEviction.setState({ lost: null });
      if (await write(now)) known = now;
    },
  });

  void (async () => {
    const marker = await read();
    if (stopped || marker === 'unavailable') return;
    known = marker;
    const now = await currentMarker(db);
    if (looksEvicted(marker, !now.hadData)) useEviction.setState({ lost: marker });
    else await record();
  })().catch((error: unknown) => console.warn('Teamshape could not check its note of the workspace.', error));

  const unsubscribe = onChangeCommitted(db, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void record().catch(() => undefined), options.settleMs ?? SETTLE_MS);
  });
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}

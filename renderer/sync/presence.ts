/**
 * Who else is here (issue 21, Yjs awareness): each window says which team or objective it shows
 * and who is looking (this device's "this is me"); every laptop sees the others on the same record.
 * Awareness is never stored (server/PROTOCOL.md); a window that closes disappears from it.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TeamshapeDb } from '../db/database';
import { syncController } from './controller';

export interface PresenceState {
  name: string;
  viewing: { table: string; id: string } | null;
}

/** The names of the people on other laptops now looking at the same record (empty while sync is off). */
export function usePresence(db: TeamshapeDb, table: string, id: string | undefined, myName: string | null): string[] {
  const [others, setOthers] = useState<string[]>([]);
  const controller = syncController(db);
  // The connection comes and goes: follow the status, so presence starts once it is there.
  useSyncExternalStore(
    (listener) => controller.subscribe(listener),
    () => controller.status,
    () => controller.status,
  );
  const awareness = controller.presence();
  useEffect(() => {
    if (!awareness || !id) return;
    awareness.setLocalStateField('teamshape', { name: myName ?? 'Someone (not yet said who)', viewing: { table, id } } satisfies PresenceState);
    const update = () => {
      const names: string[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const presence = (state as { teamshape?: PresenceState }).teamshape;
        if (presence?.viewing?.table === table && presence.viewing.id === id) names.push(presence.name);
      }
      setOthers([...new Set(names)].sort());
    };
    update();
    awareness.on('change', update);
    return () => {
      awareness.off('change', update);
      awareness.setLocalStateField('teamshape', { name: myName ?? '', viewing: null } satisfies PresenceState);
    };
  }, [awareness, table, id, myName]);
  return others;
}

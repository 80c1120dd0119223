import { useDb, useMeId, usePerson } from '../db';
import { usePresence } from '../sync/presence';
import styles from './PresenceNote.module.css';

/** "Also here: Ana Ruiz, Ben Ode" — people on other laptops looking at this team or objective now. */
export function PresenceNote({ table, id }: { table: 'teams' | 'objectives'; id: string }) {
  const db = useDb();
  const me = usePerson(useMeId() ?? undefined);
  const others = usePresence(db, table, id, me?.name ?? null);
  if (others.length === 0) return null;
  return (
    <p className={styles.note} role="status" aria-label="Also here">
      Also here: {others.join(', ')}
    </p>
  );
}

import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';

interface Answer<T> {
  key: string;
  value: T;
}

/** An observable that never answers, and costs nothing to take up and let go of. */
const SILENT = { subscribe: () => ({ unsubscribe: () => undefined }) };

/**
 * A Dexie live query that is subscribed only while `enabled` (a screen reading straight from the
 * database until the workspace is in memory). useLiveQuery stays subscribed whatever its querier
 * returns: a kept screen let go of that subscription and took it up again on every visit, long after
 * it had nothing left to read. `key` names what the querier reads: a new key answers undefined until
 * the query has answered for it. A failed read is thrown to the error boundary, as useLiveQuery does.
 */
export function useLiveQueryWhile<T>(enabled: boolean, key: string, querier: () => Promise<T>): T | undefined {
  const answer = useObservable<Answer<T> | undefined>(() => (enabled ? liveQuery(() => querier().then((value) => ({ key, value }))) : SILENT), [enabled, key]);
  return enabled && answer?.key === key ? answer.value : undefined;
}

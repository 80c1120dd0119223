import { useCallback, useEffect, useState } from 'react';
import { headerSignature } from '../../../shared/import';
import { readImportMapping, rememberImportMapping, useDb } from '../../db';

export interface RememberedMapping<M> {
  /** null while the remembered mapping is read (a moment after a file is read). */
  mapping: M | null;
  setMapping: (mapping: M) => void;
  /** Keeps the mapping for the next file with the same headers on this device (after a successful import). */
  remember: () => Promise<void>;
}

/**
 * The columns of an import: for a new file (or sheet), the mapping remembered on this device for
 * its headers if every column it names still exists, else suggestions from the headers. A choice
 * belongs to the file it was made for.
 */
export function useRememberedMapping<M extends object>(
  kind: string,
  table: { headers: readonly string[]; hiddenColumns?: readonly number[] } | null,
  recall: (saved: unknown, headers: readonly string[]) => M | null,
  suggest: (headers: readonly string[], hiddenColumns?: readonly number[]) => M,
): RememberedMapping<M> {
  const db = useDb();
  const [chosen, setChosen] = useState<{ for: object; mapping: M } | null>(null);
  const signature = table ? headerSignature(kind, table.headers) : null;

  useEffect(() => {
    if (!table || !signature) return;
    let current = true;
    void readImportMapping(db, signature).then((saved) => {
      if (!current) return;
      // A choice the user made meanwhile for this file wins over the remembered one.
      setChosen((made) => (made?.for === table ? made : { for: table, mapping: recall(saved, table.headers) ?? suggest(table.headers, table.hiddenColumns) }));
    });
    return () => {
      current = false;
    };
  }, [db, table, signature, recall, suggest]);

  const mapping = chosen && chosen.for === table ? chosen.mapping : null;
  const setMapping = useCallback((next: M) => table && setChosen({ for: table, mapping: next }), [table]);
  const remember = useCallback(async () => {
    if (signature && mapping) await rememberImportMapping(db, signature, mapping);
  }, [db, signature, mapping]);
  return { mapping, setMapping, remember };
}

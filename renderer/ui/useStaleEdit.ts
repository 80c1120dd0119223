import { useState } from 'react';
import { StaleWriteError } from '../db';
import { describeOtherChanges } from './staleEdit';

export interface StaleConflict<V> {
  what: string;
  changes: string[];
  deleted: boolean;
  /** The other window's version, as form values, and its updatedAt. */
  theirs: V;
  theirsAt: string;
}

/**
 * An edit form's guard against overwriting another window's save: the version the form is based
 * on (sent as expectedUpdatedAt), and, when a save is refused, what changed with "keep mine"
 * (save over it) and "take theirs" (load the other version into the form).
 */
export function useStaleEdit<V extends object>(options: {
  initial: V;
  readAt: string | null;
  /** Form values of a stored record. */
  toForm: (record: Record<string, unknown>) => V;
  labels: Partial<Record<keyof V, string>>;
  /** "Team", "Person": how the notice names the record. */
  kind: string;
}) {
  const [base, setBase] = useState({ values: options.initial, updatedAt: options.readAt });
  const [conflict, setConflict] = useState<StaleConflict<V> | null>(null);

  /** True (and the conflict shown) when `cause` is another window's newer version. */
  function refused(cause: unknown): boolean {
    if (!(cause instanceof StaleWriteError)) return false;
    const current = cause.current;
    const deleted = current === null || current.deletedAt !== null;
    const theirs = current ? options.toForm(current) : base.values;
    const nameOf = (values: V) => {
      const fields = values as Record<string, unknown>;
      return String(fields.name ?? fields.title ?? '');
    };
    const name = nameOf(theirs) || nameOf(base.values);
    setConflict({
      what: `${options.kind} “${name}”`,
      changes: deleted ? [] : describeOtherChanges(base.values, theirs, options.labels),
      deleted,
      theirs,
      theirsAt: current?.updatedAt ?? '',
    });
    return true;
  }

  return {
    expectedUpdatedAt: base.updatedAt,
    conflict,
    clear: () => setConflict(null),
    /** Save over the other version: returns the version to expect now. */
    keepMine: (): string => {
      const at = conflict!.theirsAt;
      setBase((b) => ({ ...b, updatedAt: at }));
      setConflict(null);
      return at;
    },
    /** Load the other version: returns the form values to show. */
    takeTheirs: (): V => {
      const { theirs, theirsAt } = conflict!;
      setBase({ values: theirs, updatedAt: theirsAt });
      setConflict(null);
      return theirs;
    },
    refused,
  };
}

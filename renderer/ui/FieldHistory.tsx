import { useMemo } from 'react';
import { format } from 'date-fns';
import { useDb, useRecordedObjectiveTitles, useRecordedPersonNames, useRecordedTeamNames } from '../db';
import type { StoredRecord } from '../db/changeRecorder';
import { syncController } from '../sync/controller';
import styles from './FieldHistory.module.css';

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  mission: 'Mission',
  workingWithUs: 'How to work with us',
  service: 'Service',
  championId: 'Champion',
  title: 'Title',
  description: 'Description',
  kind: 'Kind',
  ownerTeamIds: 'Owner teams',
  parentId: 'Parent objective',
  deletedAt: 'Deleted',
};

type Names = { people: ReadonlyMap<string, string>; teams: ReadonlyMap<string, string>; objectives: ReadonlyMap<string, string> };

/** Fields holding ids, and where their names are (people and teams deleted since included). */
const ID_FIELDS: Record<string, keyof Names> = { championId: 'people', ownerTeamIds: 'teams', parentId: 'objectives' };

function shown(field: string, value: unknown, names: Names): string {
  if (field === 'deletedAt') return value === null ? 'restored' : 'deleted';
  if (value === null || value === '') return '(empty)';
  const lookup = ID_FIELDS[field] ? names[ID_FIELDS[field]] : undefined;
  if (typeof value === 'string') return lookup?.get(value) ?? `“${value}”`;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? (lookup?.get(item) ?? item) : String(item))).join(', ');
  return String(value);
}

/**
 * A synced record's field history: every change any laptop made, with who and when — concurrent
 * edits of the same field both appear, whichever value won. Nothing while sync is off.
 */
export function FieldHistory({ table, record }: { table: 'teams' | 'objectives'; record: StoredRecord }) {
  const db = useDb();
  const people = useRecordedPersonNames();
  const teams = useRecordedTeamNames();
  const objectives = useRecordedObjectiveTitles();
  const changes = useMemo(() => syncController(db).history(table, record), [db, table, record]);
  const names = useMemo(() => ({ people, teams, objectives }), [people, teams, objectives]);
  if (changes.length === 0) return null;
  return (
    <details className={styles.history}>
      <summary>Change history ({changes.length.toLocaleString('en-GB')})</summary>
      <ol aria-label="Change history">
        {[...changes].reverse().map((change, index) => (
          <li key={`${change.at}-${change.field}-${index}`}>
            <span className={styles.what}>
              {FIELD_NAMES[change.field] ?? change.field}: {shown(change.field, change.value, names)}
            </span>{' '}
            <span className={styles.who}>
              {change.by ? (people.get(change.by) ?? 'someone no longer in the directory') : 'someone who had not said who they are'}, {format(new Date(change.at), 'd MMM yyyy HH:mm')}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

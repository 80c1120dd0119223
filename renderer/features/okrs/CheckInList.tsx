import { useState } from 'react';
import type { CheckIn, KeyResult } from '../../../shared/model';
import { latestCheckIn } from '../../../shared/rules';
import { Button } from '../../ui/Button';
import { CheckInEditDialogs, type CheckInEdit } from './CorrectCheckInDialog';
import { currentValue, formatDate } from './okrFormat';
import { isolateBidi } from '../../../shared/bidi';
import styles from './KeyResultPage.module.css';

/**
 * Every check-in, newest first, deleted ones too: append-only, so a correction is a new check-in
 * pointing at the one it corrects and a deletion a tombstone. The current one can be corrected or deleted.
 */
export function CheckInList({ keyResult, checkIns, deletedCheckIns, names, today }: {
  keyResult: KeyResult;
  checkIns: readonly CheckIn[];
  deletedCheckIns: readonly CheckIn[];
  /** Everyone's name by id, people deleted since included ("Ana Lima (removed)"). */
  names: ReadonlyMap<string, string>;
  today: string;
}) {
  const [edit, setEdit] = useState<CheckInEdit>(null);
  const who = (id: string | null) => (id ? isolateBidi(names.get(id) ?? 'A removed person') : 'Not recorded');
  const all = [...checkIns, ...deletedCheckIns].sort((a, b) => b.date.localeCompare(a.date) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const byId = new Map(all.map((c) => [c.id, c]));
  const correctedBy = new Map(checkIns.filter((c) => c.correctsId).map((c) => [c.correctsId!, c]));
  const current = latestCheckIn(checkIns);
  if (all.length === 0) return <p>No check-ins yet: record the first one above.</p>;
  return (
    <>
      <table className={styles.table} aria-labelledby="check-ins-title">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" className={styles.number}>
              Value
            </th>
            <th scope="col" className={styles.number}>
              Confidence
            </th>
            <th scope="col">Note</th>
            <th scope="col">By</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {all.map((checkIn) => {
            const deleted = checkIn.deletedAt !== null;
            const corrects = checkIn.correctsId ? byId.get(checkIn.correctsId) : undefined;
            const state = deleted
              ? `Deleted by ${who(checkIn.updatedBy)}`
              : correctedBy.has(checkIn.id)
                ? `Corrected by ${who(correctedBy.get(checkIn.id)!.authorId)}`
                : corrects
                  ? `Correction of ${currentValue(keyResult, corrects.value)}`
                  : checkIn === current
                    ? 'Current'
                    : '';
            return (
              <tr key={checkIn.id} className={deleted || correctedBy.has(checkIn.id) ? styles.struck : undefined}>
                <td>{formatDate(checkIn.date)}</td>
                <td className={styles.number}>{currentValue(keyResult, checkIn.value)}</td>
                <td className={styles.number}>{checkIn.confidence} of 10</td>
                <td>{checkIn.note}</td>
                <td>{who(checkIn.authorId)}</td>
                <td>{state}</td>
                <td>
                  {checkIn === current ? (
                    <span className={styles.rowActions}>
                      <Button variant="ghost" onClick={() => setEdit({ kind: 'correct', checkIn, keyResult })} aria-label={`Correct the check-in of ${formatDate(checkIn.date)}`}>
                        Correct
                      </Button>
                      <Button variant="ghost" onClick={() => setEdit({ kind: 'delete', checkIn, keyResult })} aria-label={`Delete the check-in of ${formatDate(checkIn.date)}`}>
                        Delete
                      </Button>
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CheckInEditDialogs edit={edit} today={today} onClose={() => setEdit(null)} />
    </>
  );
}

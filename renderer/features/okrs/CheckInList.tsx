import type { CheckIn, KeyResult, Person } from '../../../shared/model';
import { currentValue, formatDate } from './okrFormat';
import styles from './KeyResultPage.module.css';

/** Every check-in, newest first: append-only, so a correction is a new check-in. */
export function CheckInList({ keyResult, checkIns, people }: { keyResult: KeyResult; checkIns: readonly CheckIn[]; people: readonly Person[] }) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const newestFirst = [...checkIns].reverse();
  if (newestFirst.length === 0) return <p>No check-ins yet: record the first one above.</p>;
  return (
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
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((checkIn) => (
          <tr key={checkIn.id}>
            <td>{formatDate(checkIn.date)}</td>
            <td className={styles.number}>{currentValue(keyResult, checkIn.value)}</td>
            <td className={styles.number}>{checkIn.confidence} of 10</td>
            <td>{checkIn.note}</td>
            <td>{checkIn.authorId ? (names.get(checkIn.authorId) ?? 'A removed person') : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

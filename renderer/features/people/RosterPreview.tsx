import type { RosterValidation } from '../../../shared/import';
import styles from './RosterImport.module.css';

const PREVIEW_ROWS = 8;

/** What will be imported and, row by row, what cannot be and why. */
export function RosterPreview({ validation }: { validation: RosterValidation }) {
  const { valid, errors } = validation;
  const badRows = new Set(errors.map((e) => e.rowNumber)).size;
  return (
    <div className={styles.preview}>
      <p role="status" className={styles.counts}>
        {valid.length} {valid.length === 1 ? 'row is' : 'rows are'} ready to import
        {badRows > 0 ? `; ${badRows} ${badRows === 1 ? 'row has' : 'rows have'} errors and will be left out` : ''}.
      </p>
      {errors.length > 0 ? (
        <ul className={styles.problems} aria-label="Rows with errors">
          {errors.map((e) => (
            <li key={`${e.rowNumber}-${e.field}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
      {valid.length > 0 ? (
        <table className={styles.table}>
          <caption>Preview of the first {Math.min(PREVIEW_ROWS, valid.length)} rows</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Title</th>
            </tr>
          </thead>
          <tbody>
            {valid.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.rowNumber}>
                <td>{row.rowNumber}</td>
                <td>{row.person.name}</td>
                <td>{row.person.email ?? '—'}</td>
                <td>{row.person.title || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

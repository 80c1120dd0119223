import { useState } from 'react';
import { exportCsv, useDb } from '../../db';
import { saveTextFile } from '../../platform';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import styles from './Okr.module.css';

/** The OKR CSV export: the same columns the import reads, so a quarter goes out and comes back in. */
export function OkrExportButton() {
  const db = useDb();
  const [status, setStatus] = useState('');
  async function save() {
    setStatus('');
    try {
      const { fileName, text, rows } = await exportCsv(db, 'okrs');
      const saved = await saveTextFile(fileName, text, [{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
      setStatus(saved.saved ? `${rows.toLocaleString('en-GB')} rows handed to ${saved.where}.` : 'The export was not saved.');
    } catch (cause) {
      setStatus(errorMessage(cause));
    }
  }
  return (
    <>
      <Button onClick={() => void save()}>Export OKRs (CSV)</Button>
      <span className={styles.exportStatus} role="status">
        {status}
      </span>
    </>
  );
}

import { useState } from 'react';
import { exportCsv, useDb } from '../../db';
import { describeSave, saveFile } from '../../platform';
import { todayLocal } from '../../../shared/clock';
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
      let rows = 0;
      // The save picker opens first, while the click still counts as the user's; the export is made after.
      const saved = await saveFile(`teamshape-okrs-${todayLocal()}.csv`, async () => {
        const made = await exportCsv(db, 'okrs');
        rows = made.rows;
        return new Blob([made.text], { type: 'text/csv;charset=utf-8' });
      }, [{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
      setStatus(saved.outcome === 'saved' ? `${rows.toLocaleString('en-GB')} rows saved to ${saved.where}.` : describeSave(saved, 'The OKR export'));
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

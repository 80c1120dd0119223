import { useId, useState } from 'react';
import { exportCsv, useDb, type CsvExportKind } from '../../db';
import { todayLocal } from '../../../shared/clock';
import { describeSave, saveFile } from '../../platform';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import styles from './BackupRestore.module.css';
import settingsStyles from './SettingsPage.module.css';

const EXPORTS: { kind: CsvExportKind; label: string }[] = [
  { kind: 'people', label: 'People and teams' },
  { kind: 'okrs', label: 'OKRs and latest check-ins' },
  { kind: 'check-ins', label: 'All check-ins' },
  { kind: 'directory', label: 'Directory (for re-import)' },
  { kind: 'memberships', label: 'Team memberships (for re-import)' },
  { kind: 'team-design', label: 'Team types and groups (for re-import)' },
  { kind: 'groups', label: 'Groups and their limits' },
  { kind: 'interactions', label: 'Interactions (for re-import)' },
  { kind: 'dependencies', label: 'Dependencies' },
];

/** Spreadsheet exports: UTF-8 CSV with a header row and ISO dates, which Excel, Numbers and LibreOffice open as is. */
export function CsvExports() {
  const db = useDb();
  const id = useId();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(kind: CsvExportKind) {
    setError(null);
    setStatus('');
    try {
      let rows = 0;
      // The save picker opens first, while the click still counts as the user's; the export is made after.
      const saved = await saveFile(`teamshape-${kind}-${todayLocal()}.csv`, async () => {
        const made = await exportCsv(db, kind);
        rows = made.rows;
        return new Blob([made.text], { type: 'text/csv;charset=utf-8' });
      }, [{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
      setStatus(saved.outcome === 'saved' ? `${rows.toLocaleString('en-GB')} rows saved to ${saved.where}.` : describeSave(saved, 'The export'));
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <section className={settingsStyles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export to a spreadsheet</h2>
      <p className={settingsStyles.explain}>CSV files with a header row and dates as YYYY-MM-DD. Deleted items are left out.</p>
      <div className={styles.actions}>
        {EXPORTS.map(({ kind, label }) => (
          <Button key={kind} onClick={() => void save(kind)}>
            {label} (CSV)
          </Button>
        ))}
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      {error ? (
        <p className={formStyles.formError} role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

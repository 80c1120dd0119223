import { useId, useState } from 'react';
import { exportCsv, useDb, type CsvExportKind } from '../../db';
import { saveTextFile } from '../../platform';
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
      const { fileName, text, rows } = await exportCsv(db, kind);
      const saved = await saveTextFile(fileName, text, [{ name: 'CSV spreadsheet', extensions: ['csv'] }]);
      setStatus(saved.saved ? `${rows.toLocaleString('en-GB')} rows saved to ${saved.where}.` : 'The export was not saved.');
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

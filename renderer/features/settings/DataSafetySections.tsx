import { BackupRestore } from './BackupRestore';
import { CsvExports } from './CsvExports';
import { DesignCsvImport } from './DesignCsvImport';
import { StorageSafety } from './StorageSafety';

/** The Settings sections of data safety: backup and restore, spreadsheet exports, storage. */
export function DataSafetySections() {
  return (
    <>
      <BackupRestore />
      <CsvExports />
      <DesignCsvImport />
      <StorageSafety />
    </>
  );
}

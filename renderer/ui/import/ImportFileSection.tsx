import { Button } from '../Button';
import formStyles from '../Form.module.css';
import { FileReadSummary } from './FileReadSummary';
import type { ImportFileState } from './useImportFile';
import styles from './Import.module.css';

/** Choosing the file of an import, what went wrong reading it, and how it was read (encoding, separator, sheet). */
export function ImportFileSection({ file, busy }: { file: ImportFileState; busy: boolean }) {
  const { table } = file;
  return (
    <>
      <div className={styles.pick}>
        <Button onClick={() => void file.pick()} disabled={busy || file.reading}>
          {table ? 'Choose another file…' : 'Choose file…'}
        </Button>
        {!table ? <span>{file.reading ? 'Reading the file…' : 'No file chosen yet.'}</span> : null}
      </div>
      {file.error ? (
        <p className={formStyles.formError} role="alert">
          {file.error}
        </p>
      ) : null}
      {table ? <FileReadSummary table={table} reading={file.reading} onReread={(options) => void file.reread(options)} /> : null}
    </>
  );
}

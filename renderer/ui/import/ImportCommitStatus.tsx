import formStyles from '../Form.module.css';
import { ImportProgress } from './ImportProgress';
import type { ImportCommit } from './useImportCommit';

/** Why the last import attempt wrote nothing, or the running import's progress with its Cancel button. */
export function ImportCommitStatus({ commit, noun = 'records' }: { commit: ImportCommit; noun?: string }) {
  return (
    <>
      {commit.error ? (
        <p className={formStyles.formError} role="alert">
          {commit.error}
        </p>
      ) : null}
      {commit.progress ? <ImportProgress done={commit.progress.done} total={commit.progress.total} noun={noun} onCancel={commit.cancel} cancelling={commit.cancelling} /> : null}
    </>
  );
}

import { useState } from 'react';
import { draftFileName, exportDraft, importDraft, previewDraftImport, useDb, usePlans, type DraftImportPreview, type TeamshapeDb } from '../../db';
import { describeSave, openTextFile, saveFile } from '../../platform';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { useSwitchPlan } from './planAddress';
import styles from './Scenarios.module.css';

const DRAFT_FILTERS = [{ name: 'Teamshape draft', extensions: ['json'] }];

/** Saves one draft as a file a colleague can import; says only what was verified. */
export async function exportDraftFile(db: TeamshapeDb, plan: { id: string; name: string }): Promise<string> {
  const outcome = await saveFile(draftFileName(plan.name), async () => {
    const exported = await exportDraft(db, plan.id);
    return new Blob([exported.text], { type: 'application/json' });
  }, DRAFT_FILTERS);
  return describeSave(outcome, 'The draft');
}

/** Import a shared draft as a new draft: who matches whom first, then one change. */
export function ImportDraftDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const isOpen = dialog?.kind === 'import';
  return (
    <Dialog open={isOpen} onOpenChange={(next) => !next && open(null)} title="Import draft" size="wide"
      description="A draft file exported from Teamshape becomes a new draft here. People are matched by employee ID, else email; nothing of this workspace changes until you import.">
      {isOpen ? <ImportDraftForm onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function ImportDraftForm({ onDone }: { onDone: () => void }) {
  const db = useDb();
  const plans = usePlans();
  const switchPlan = useSwitchPlan();
  const setNotice = useScenariosUi((s) => s.setNotice);
  const [file, setFile] = useState<{ name: string; text: string; preview: DraftImportPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose() {
    setError(null);
    try {
      const picked = await openTextFile(DRAFT_FILTERS);
      if (!picked) return;
      setFile({ name: picked.name, text: picked.content, preview: await previewDraftImport(db, picked.content) });
    } catch (cause) {
      setFile(null);
      setError(`This file cannot be imported as a draft: ${errorMessage(cause)}`);
    }
  }

  async function importIt(unmatched: 'refuse' | 'vacancies') {
    if (!file) return;
    setBusy(true);
    try {
      const result = await importDraft(db, file.text, { unmatched });
      onDone();
      switchPlan(result.plan.id);
      setNotice(`Imported the draft “${result.plan.name}” from ${file.name}${result.vacanciesFromUnmatched > 0 ? `; ${result.vacanciesFromUnmatched.toLocaleString('en-US')} places of people not in this directory are open roles` : ''}.`);
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
    }
  }

  const preview = file?.preview;
  const clash = preview && plans?.drafts.some((d) => d.name.toLocaleLowerCase() === preview.file.plan.name.toLocaleLowerCase());
  return (
    <div className={formStyles.form}>
      <div className={styles.rowActions}>
        <Button onClick={() => void choose()} autoFocus>{file ? 'Choose another file…' : 'Choose draft file…'}</Button>
        {file ? <span>{file.name}</span> : null}
      </div>
      {preview ? (
        <section aria-label="Draft file preview">
          <p>
            <strong>{preview.file.plan.name}</strong>: {preview.file.teams.length.toLocaleString('en-US')} teams, {preview.file.memberships.length.toLocaleString('en-US')} places;{' '}
            {preview.people.matched.size.toLocaleString('en-US')} of {preview.file.people.length.toLocaleString('en-US')} people found in this directory.
            {clash ? ` A draft with that name exists: it will be imported as “${preview.file.plan.name} (imported)”.` : ''}
          </p>
          {preview.unmatchedRoles.length > 0 ? (
            <p className={formStyles.formError}>The file uses roles this workspace does not have: {preview.unmatchedRoles.join(', ')}. Add them in Settings › Roles first.</p>
          ) : null}
          {preview.people.unmatched.length > 0 ? (
            <>
              <p>Not in this directory (by employee ID or email) — import their places as open roles, or add them to People first:</p>
              <ul className={`${styles.warnings} ${styles.scroll}`} aria-label="People not found">
                {preview.people.unmatched.map((p) => (
                  <li key={p.key}>{p.name}{p.employeeId ? ` (employee ID ${p.employeeId})` : p.email ? ` (${p.email})` : ' (no employee ID or email)'}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {error ? <p className={formStyles.formError} role="alert">{error}</p> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        {preview && preview.people.unmatched.length > 0 ? (
          <Button variant="primary" disabled={busy || preview.unmatchedRoles.length > 0} onClick={() => void importIt('vacancies')}>Import with open roles</Button>
        ) : (
          <Button variant="primary" disabled={busy || !preview || preview.unmatchedRoles.length > 0} onClick={() => void importIt('refuse')}>Import draft</Button>
        )}
      </div>
    </div>
  );
}

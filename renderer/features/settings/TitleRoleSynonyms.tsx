import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/model';
import { DEFAULT_TITLE_ROLE_SYNONYMS, countOf, formatSynonyms, parseSynonyms, titleRoleSynonyms } from '../../../shared/import';
import { updateSettings, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import { TextAreaField } from '../../ui/TextAreaField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

/** The title → role table: proposes the role when someone joins a team, and maps role names in membership imports. */
export function TitleRoleSynonyms({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const stored = useMemo(() => ({ text: formatSynonyms(titleRoleSynonyms(settings)), defaults: settings.titleRoleSynonyms === undefined }), [settings]);
  const draft = useSectionDraft('Job titles and roles', stored);
  const { text } = draft.value;
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  async function save(next: Settings['titleRoleSynonyms'], message: string) {
    try {
      setError(undefined);
      await updateSettings(db, { titleRoleSynonyms: next });
      draft.saved();
      setStatus(message);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    setStatus('');
    if (draft.value.defaults) return void save(undefined, 'Default synonyms restored.');
    const { synonyms, problems } = parseSynonyms(text);
    if (problems.length > 0) return setError(problems.slice(0, 3).join(' '));
    void save(synonyms, `${countOf(synonyms.length, 'synonym')} saved.`);
  }

  /** Puts the default table in the editor; Save stores it (as "follow the defaults"). */
  function restoreDefaults() {
    setStatus('');
    setError(undefined);
    draft.set(() => ({ text: formatSynonyms(DEFAULT_TITLE_ROLE_SYNONYMS), defaults: true }));
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Job titles and roles</h2>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate>
        <TextAreaField
          label="Title → role synonyms (one per line: words in a title = role)"
          hint="Proposes the role when someone joins a team, and reads role names in team membership imports. The longest phrase found in a title wins; titles themselves stay free text."
          rows={8}
          value={text}
          onChange={(event) => {
            const next = event.target.value;
            setStatus('');
            draft.set(() => ({ text: next, defaults: false }));
          }}
          error={error}
        />
        <SectionActions saveLabel="Save synonyms" dirty={draft.dirty} onRevert={() => { draft.revert(); setError(undefined); }} status={status}>
          <Button onClick={restoreDefaults} disabled={draft.value.defaults}>Restore defaults</Button>
        </SectionActions>
      </form>
    </section>
  );
}

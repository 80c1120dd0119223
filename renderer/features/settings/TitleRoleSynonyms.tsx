import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/model';
import { DEFAULT_TITLE_ROLE_SYNONYMS, countOf, formatSynonyms, parseSynonyms, titleRoleSynonyms } from '../../../shared/import';
import { updateSettings, useDb } from '../../db';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/fieldErrors';
import { TextAreaField } from '../../ui/TextAreaField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';

/** The title → role table: proposes the role when someone joins a team, and maps role names in membership imports. */
export function TitleRoleSynonyms({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const [text, setText] = useState(() => formatSynonyms(titleRoleSynonyms(settings)));
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  async function save(next: Settings['titleRoleSynonyms'], message: string) {
    try {
      setError(undefined);
      await updateSettings(db, { titleRoleSynonyms: next });
      setStatus(message);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    const { synonyms, problems } = parseSynonyms(text);
    if (problems.length > 0) return setError(problems.slice(0, 3).join(' '));
    void save(synonyms, `${countOf(synonyms.length, 'synonym')} saved.`);
  }

  function restoreDefaults() {
    setStatus('');
    setText(formatSynonyms(DEFAULT_TITLE_ROLE_SYNONYMS));
    void save(undefined, 'Default synonyms restored.');
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Job titles and roles</h2>
      <form className={formStyles.form} onSubmit={submit} noValidate>
        <TextAreaField
          label="Title → role synonyms (one per line: words in a title = role)"
          hint="Proposes the role when someone joins a team, and reads role names in team membership imports. The longest phrase found in a title wins; titles themselves stay free text."
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={error}
        />
        <div>
          <Button type="submit" variant="primary">
            Save synonyms
          </Button>{' '}
          <Button onClick={restoreDefaults}>Restore defaults</Button> <span role="status">{status}</span>
        </div>
      </form>
    </section>
  );
}

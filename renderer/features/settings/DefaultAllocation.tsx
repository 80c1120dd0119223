import { useId, useState, type FormEvent } from 'react';
import { Allocation, type Settings } from '../../../shared/model';
import { updateSettings, useDb } from '../../db';
import { errorMessage } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

export function DefaultAllocation({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const draft = useSectionDraft('Default allocation', String(settings.defaultAllocation));
  const value = draft.value;
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    setSaved(false);
    const parsed = Allocation.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    try {
      setError(undefined);
      await updateSettings(db, { defaultAllocation: parsed.data });
      draft.saved();
      setSaved(true);
    } catch (cause) {
      setError(errorMessage(cause));
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Default allocation</h2>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate>
        <TextField label="Allocation proposed when someone joins a team (%)" type="number" min={1} max={100} value={value} onChange={(event) => {
          const next = event.target.value;
          setSaved(false);
          draft.set(() => next);
        }} error={error} />
        <SectionActions saveLabel="Save default" dirty={draft.dirty} onRevert={() => { draft.revert(); setError(undefined); }} status={saved ? 'Default saved.' : ''} />
      </form>
    </section>
  );
}

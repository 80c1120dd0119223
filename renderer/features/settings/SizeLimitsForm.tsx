import { useId, useMemo, useState, type FormEvent } from 'react';
import { SizeLimits, type Settings } from '../../../shared/model';
import { updateSettings, useDb } from '../../db';
import { errorMessage, fieldErrors } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import formStyles from '../../ui/Form.module.css';
import styles from './SettingsPage.module.css';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

type LimitField = 'warnAbove' | 'failAbove' | 'warnBelow';

const FIELDS: { field: LimitField; label: string; hint: string }[] = [
  { field: 'warnBelow', label: 'Warn below (people)', hint: 'A team smaller than this lacks the skills to own a service.' },
  { field: 'warnAbove', label: 'Warn above (people)', hint: 'A team larger than this starts to need coordination.' },
  { field: 'failAbove', label: 'Fail above (people)', hint: 'The two-pizza limit: more than this is too many to feed with two pizzas.' },
];

export function SizeLimitsForm({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const stored = useMemo<Record<LimitField, string>>(() => ({
    warnAbove: String(settings.sizeLimits.warnAbove),
    failAbove: String(settings.sizeLimits.failAbove),
    warnBelow: String(settings.sizeLimits.warnBelow),
  }), [settings.sizeLimits]);
  const draft = useSectionDraft('Team size', stored);
  const values = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    setSaved(false);
    const parsed = SizeLimits.safeParse({
      warnAbove: Number(values.warnAbove),
      failAbove: Number(values.failAbove),
      warnBelow: Number(values.warnBelow),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    try {
      setErrors({});
      await updateSettings(db, { sizeLimits: parsed.data });
      draft.saved();
      setSaved(true);
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Team size (two-pizza rule)</h2>
      <p className={styles.explain}>Headcount and FTE of every team are checked against these limits.</p>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate>
        {FIELDS.map(({ field, label, hint }) => (
          <TextField
            key={field}
            label={label}
            hint={hint}
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            value={values[field]}
            error={errors[field]}
            onChange={(event) => {
              const next = event.target.value;
              setSaved(false);
              draft.set((v) => ({ ...v, [field]: next }));
            }}
          />
        ))}
        {errors.form ? (
          <p className={formStyles.formError} role="alert">
            {errors.form}
          </p>
        ) : null}
        <SectionActions saveLabel="Save limits" dirty={draft.dirty} onRevert={() => { draft.revert(); setErrors({}); }} status={saved ? 'Limits saved.' : ''} />
      </form>
    </section>
  );
}

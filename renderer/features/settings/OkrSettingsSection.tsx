import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/model';
import { StatusThresholds } from '../../../shared/model';
import { okrPreferences } from '../../../shared/rules';
import { updateSettings, useDb } from '../../db';
import { SelectField } from '../../ui/SelectField';
import { errorMessage } from '../../ui/fieldErrors';
import formStyles from '../../ui/Form.module.css';
import { TextField } from '../../ui/TextField';
import styles from './SettingsPage.module.css';
import { SectionActions, saveOnModS, useSectionDraft } from './sectionDraft';

interface Values {
  staleAfterDays: string;
  onTrack: string;
  atRisk: string;
  cadence: string;
  grace: string;
  fiscalStart: string;
  committed: string;
  aspirational: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** OKR settings: when a key result is stale, and the status thresholds against the expected pace. */
export function OkrSettingsSection({ settings }: { settings: Settings }) {
  const db = useDb();
  const id = useId();
  const stored = useMemo<Values>(() => {
    const preferences = okrPreferences(settings);
    return {
    staleAfterDays: String(settings.staleAfterDays),
    onTrack: String(Math.round(settings.statusThresholds.onTrack * 100)),
    atRisk: String(Math.round(settings.statusThresholds.atRisk * 100)),
    cadence: String(preferences.checkInCadenceDays),
    grace: String(preferences.checkInGraceDays),
    fiscalStart: String(preferences.fiscalYearStartMonth),
    committed: preferences.achievementThresholds.committed.toFixed(1),
    aspirational: preferences.achievementThresholds.aspirational.toFixed(1),
    };
  }, [settings]);
  const draft = useSectionDraft('OKR status and check-ins', stored);
  const values = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const change = (field: keyof Values) => (event: { target: { value: string } }) => {
    const next = event.target.value;
    setSaved(false);
    draft.set((v) => ({ ...v, [field]: next }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.dirty) return;
    setSaved(false);
    const found: Record<string, string> = {};
    const staleAfterDays = wholeNumber(values.staleAfterDays, 1, 365);
    const onTrack = wholeNumber(values.onTrack, 0, 100);
    const atRisk = wholeNumber(values.atRisk, 0, 100);
    if (staleAfterDays === undefined) found.staleAfterDays = 'Enter a whole number of days from 1 to 365, e.g. 14.';
    if (onTrack === undefined) found.onTrack = 'Enter a whole percentage from 0 to 100, e.g. 90.';
    if (atRisk === undefined) found.atRisk = 'Enter a whole percentage from 0 to 100, e.g. 70.';
    const cadence = wholeNumber(values.cadence, 1, 90);
    const grace = wholeNumber(values.grace, 0, 90);
    if (cadence === undefined) found.cadence = 'Enter a whole number of days from 1 to 90, e.g. 7.';
    if (grace === undefined) found.grace = 'Enter a whole number of days from 0 to 90, e.g. 14.';
    const score = (text: string) => {
      const n = Number(text.trim().replace(',', '.'));
      return text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
    };
    const committed = score(values.committed);
    const aspirational = score(values.aspirational);
    if (committed === undefined) found.committed = 'Enter a score from 0.0 to 1.0, e.g. 1.0.';
    if (aspirational === undefined) found.aspirational = 'Enter a score from 0.0 to 1.0, e.g. 0.7.';
    const thresholds = onTrack !== undefined && atRisk !== undefined ? StatusThresholds.safeParse({ onTrack: onTrack / 100, atRisk: atRisk / 100 }) : undefined;
    if (thresholds && !thresholds.success) found.atRisk = 'The at-risk threshold must not be above the on-track threshold: lower it, or raise on track.';
    if (Object.keys(found).length > 0 || !thresholds?.success || staleAfterDays === undefined || cadence === undefined || grace === undefined || committed === undefined || aspirational === undefined) {
      setErrors(found);
      return;
    }
    try {
      setErrors({});
      await updateSettings(db, {
        staleAfterDays,
        statusThresholds: thresholds.data,
        checkInCadenceDays: cadence,
        checkInGraceDays: grace,
        fiscalYearStartMonth: Number(values.fiscalStart),
        achievementThresholds: { committed, aspirational },
      });
      draft.saved();
      setSaved(true);
    } catch (cause) {
      setErrors({ form: errorMessage(cause) });
    }
  }

  return (
    <section className={styles.section} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>OKR status and check-ins</h2>
      <p className={styles.explain}>
        A key result is on track when its progress is at least the first share of the progress expected by today, at risk down to the
        second, and off track below it.
      </p>
      <form className={formStyles.form} onSubmit={submit} onKeyDown={saveOnModS} noValidate>
        <TextField label="Stale after (days without a check-in)" type="number" min={1} max={365} value={values.staleAfterDays} onChange={change('staleAfterDays')} error={errors.staleAfterDays} />
        <div className={styles.inlineFields}>
          <TextField label="On track from (% of expected)" type="number" min={0} max={100} value={values.onTrack} onChange={change('onTrack')} error={errors.onTrack} />
          <TextField label="At risk from (% of expected)" type="number" min={0} max={100} value={values.atRisk} onChange={change('atRisk')} error={errors.atRisk} />
        </div>
        <div className={styles.inlineFields}>
          <TextField label="Check-in due after (days)" hint="A key result is due without a check-in this recent." type="number" min={1} max={90} value={values.cadence} onChange={change('cadence')} error={errors.cadence} />
          <TextField label="Late check-ins accepted for (days after a period ends)" type="number" min={0} max={90} value={values.grace} onChange={change('grace')} error={errors.grace} />
        </div>
        <div className={styles.inlineFields}>
          <SelectField label="Fiscal year starts in" hint="Imports read “FY27 Q1” with it." value={values.fiscalStart} options={MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))} onChange={change('fiscalStart')} />
          <TextField label="Committed objective achieved at score" inputMode="decimal" value={values.committed} onChange={change('committed')} error={errors.committed} />
          <TextField label="Aspirational objective achieved at score" inputMode="decimal" value={values.aspirational} onChange={change('aspirational')} error={errors.aspirational} />
        </div>
        {errors.form ? (
          <p className={formStyles.formError} role="alert">
            {errors.form}
          </p>
        ) : null}
        <SectionActions saveLabel="Save OKR settings" dirty={draft.dirty} onRevert={() => { draft.revert(); setErrors({}); }} status={saved ? 'OKR settings saved.' : ''} />
      </form>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { todayLocal } from '../../../shared/clock';
import type { RepointChoices } from '../../../shared/scenarios';
import { promoteDraft, PromotionRefusedError, useDb, usePlanComparison, usePlans, usePromotionPreview, useTeams } from '../../db';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/fieldErrors';
import { TextField } from '../../ui/TextField';
import { formatDay } from '../../ui/dates';
import dialogStyles from '../../ui/Dialog.module.css';
import formStyles from '../../ui/Form.module.css';
import { ChangeList } from './ChangeList';
import { ImpactChoices } from './ImpactChoices';
import { useSwitchPlan } from './planAddress';
import styles from './Scenarios.module.css';

/** Promote a draft to live: exactly what changes, the OKR impact with choices, refusals explained; one undo step. */
export function PromoteDialog() {
  const dialog = useScenariosUi((s) => s.dialog);
  const open = useScenariosUi((s) => s.open);
  const plans = usePlans();
  const plan = dialog?.kind === 'promote' ? plans?.byId.get(dialog.planId) : undefined;
  return (
    <Dialog open={Boolean(plan)} onOpenChange={(next) => !next && open(null)} title={`Promote ${plan?.name ?? 'draft'} to live`} size="wide"
      description="The draft becomes the live organisation on the effective date; the organisation as it is now moves to the archive. One step: Undo puts everything back.">
      {plan ? <PromoteForm key={plan.id} draftId={plan.id} draftName={plan.name} onDone={() => open(null)} /> : null}
    </Dialog>
  );
}

function PromoteForm({ draftId, draftName, onDone }: { draftId: string; draftName: string; onDone: () => void }) {
  const db = useDb();
  const switchPlan = useSwitchPlan();
  const setNotice = useScenariosUi((s) => s.setNotice);
  const [effectiveDate, setEffectiveDate] = useState(todayLocal);
  const [choices, setChoices] = useState<RepointChoices>({});
  const [refusal, setRefusal] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = usePromotionPreview(draftId, effectiveDate, choices);
  const comparison = usePlanComparison(LIVE_PLAN_ID, [draftId]);
  const draftTeams = useTeams(draftId) ?? [];
  const changes = comparison?.ok ? comparison.value.candidates[0]!.changes : [];
  const problems = refusal.length > 0 ? refusal : preview?.problems ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal([]);
    setError(null);
    try {
      const outcome = await promoteDraft(db, draftId, effectiveDate, choices);
      onDone();
      switchPlan(LIVE_PLAN_ID);
      const repointed = outcome.objectivesRepointed + outcome.keyResultsRepointed;
      setNotice(`“${draftName}” is the live organisation from ${formatDay(effectiveDate)}; the previous one is archived as “${outcome.archivedPlan.name}”${repointed > 0 ? `; ${outcome.objectivesRepointed.toLocaleString('en-US')} objectives and ${outcome.keyResultsRepointed.toLocaleString('en-US')} key results re-pointed` : ''}. Undo (Ctrl/⌘+Z) puts everything back.${outcome.warnings.length ? ` ${outcome.warnings.join(' ')}` : ''}`);
    } catch (cause) {
      setBusy(false);
      if (cause instanceof PromotionRefusedError) setRefusal(cause.problems);
      else setError(errorMessage(cause));
    }
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate>
      <TextField className={styles.dateField} label="Effective date" type="date" value={effectiveDate} onChange={(e) => { setEffectiveDate(e.target.value); setRefusal([]); }} hint="Objectives of periods that ended before this day keep their archived teams." />
      <section aria-labelledby="promote-changes">
        <h3 id="promote-changes" className={styles.sectionTitle}>What changes ({changes.length.toLocaleString('en-US')})</h3>
        <div className={styles.scroll}>
          <ChangeList changes={changes} label="Changes from the live organisation" />
        </div>
      </section>
      <section aria-labelledby="promote-impact">
        <h3 id="promote-impact" className={styles.sectionTitle}>OKR impact ({(preview?.impact.length ?? 0).toLocaleString('en-US')})</h3>
        <div className={styles.scroll}>
          <ImpactChoices items={preview?.impact ?? []} draftTeams={draftTeams} choices={choices} onChoose={(key, ids) => { setChoices((c) => ({ ...c, [key]: ids })); setRefusal([]); }} />
        </div>
      </section>
      {problems.length > 0 ? (
        <div role="alert">
          <p className={styles.sectionTitle}>Not ready to promote:</p>
          <ul className={styles.problems}>
            {problems.map((problem) => <li key={problem}>{problem}</li>)}
          </ul>
        </div>
      ) : null}
      {preview && preview.warnings.length > 0 ? (
        <ul className={styles.warnings}>
          {preview.warnings.map((warning) => <li key={warning}>{warning}</li>)}
        </ul>
      ) : null}
      {error ? <p className={formStyles.formError} role="alert">{error}</p> : null}
      <div className={dialogStyles.actions}>
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy || !preview || problems.length > 0}>
          Promote to live
        </Button>
      </div>
    </form>
  );
}

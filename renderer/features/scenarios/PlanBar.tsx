import { Link, useLocation } from 'react-router';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { usePlans } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { UserText } from '../../ui/UserText';
import { compareAddress } from './compareAddress';
import { useSwitchPlan } from './planAddress';
import styles from './Scenarios.module.css';

const KIND_MARK = { live: 'Live', draft: 'Draft', archived: 'Archived' } as const;

/**
 * Always at the top of the app: which plan is shown (the live organisation, a draft or an archived
 * plan), a switcher, and the draft's main actions. Every page below shows the selected plan.
 */
export function PlanBar() {
  const plans = usePlans();
  const planId = useSelectedPlanId();
  const switchPlan = useSwitchPlan();
  const { search } = useLocation();
  const open = useScenariosUi((s) => s.open);
  const notice = useScenariosUi((s) => s.notice);
  const setNotice = useScenariosUi((s) => s.setNotice);
  if (!plans) return null;
  const plan = plans.byId.get(planId);
  const kind = plan?.kind ?? 'missing';
  return (
    <section className={styles.bar} data-kind={kind} aria-label="Plan">
      <span className={styles.mark} data-testid="plan-mark">
        {plan ? KIND_MARK[plan.kind] : 'Unknown plan'}
      </span>
      <select className={styles.planSelect} aria-label="Plan shown" value={plan ? planId : ''} onChange={(event) => switchPlan(event.target.value)}>
        {!plan ? <option value="">A deleted or unknown plan</option> : null}
        <option value={LIVE_PLAN_ID}>Live organisation</option>
        {plans.drafts.length > 0 ? (
          <optgroup label="Drafts">
            {plans.drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {plans.archived.length > 0 ? (
          <optgroup label="Archive (read-only)">
            {plans.archived.map((archived) => (
              <option key={archived.id} value={archived.id}>
                {archived.name}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
      <p className={styles.explain}>
        {kind === 'live' ? 'Edits change the organisation as it is now.' : null}
        {kind === 'draft' ? (
          <>
            Editing the draft <UserText>{plan!.name}</UserText>: team and membership edits stay in this draft; people, departments and roles apply to every plan.
          </>
        ) : null}
        {kind === 'archived' ? `How the organisation was${plan?.effectiveTo ? ` until ${plan.effectiveTo}` : ''}: read-only.` : null}
        {kind === 'missing' ? 'This plan does not exist or was deleted: choose another plan.' : null}
      </p>
      <div className={styles.barActions}>
        {kind === 'draft' ? (
          <>
            <Link className={styles.linkButton} to={compareAddress(LIVE_PLAN_ID, [planId], search)}>
              Compare with live
            </Link>
            <Button onClick={() => open({ kind: 'promote', planId })}>Promote…</Button>
          </>
        ) : null}
        <Button onClick={() => open({ kind: 'create', fromPlanId: plan && kind !== 'missing' ? planId : LIVE_PLAN_ID })}>New draft…</Button>
      </div>
      <div className={styles.barNotice} aria-live="polite">
        {notice ? (
          <p>
            {notice}{' '}
            <button type="button" className={styles.dismiss} onClick={() => setNotice('')}>
              Dismiss
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}

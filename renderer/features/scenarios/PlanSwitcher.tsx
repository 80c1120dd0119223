import { LIVE_PLAN_ID } from '../../../shared/model';
import { usePlans } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { useScenariosUi } from '../../state/scenariosUi';
import { useSwitchPlan } from './planAddress';
import styles from './PlanSwitcher.module.css';

const KIND_MARK = { live: 'Live', draft: 'Draft', archived: 'Archived' } as const;

/**
 * In the sidebar, under the app's name: which plan every page shows (the live organisation, a
 * draft or an archived plan) and a switcher. Collapsed, the sidebar keeps the mark alone.
 */
export function PlanSwitcher({ collapsed }: { collapsed: boolean }) {
  const plans = usePlans();
  const planId = useSelectedPlanId();
  const switchPlan = useSwitchPlan();
  const open = useScenariosUi((s) => s.open);
  if (!plans) return null;
  const plan = plans.byId.get(planId);
  const kind = plan?.kind ?? 'missing';
  const name = plan ? (plan.kind === 'live' ? 'Live organisation' : plan.name) : 'Unknown plan';
  return (
    <section className={collapsed ? `${styles.switcher} ${styles.collapsed}` : styles.switcher} data-kind={kind} aria-label="Plan">
      <span className={styles.mark} data-testid="plan-mark" title={collapsed ? `Plan shown: ${name}` : undefined}>
        {plan ? KIND_MARK[plan.kind] : 'Unknown plan'}
      </span>
      {collapsed ? null : (
        <>
          <select className={styles.select} aria-label="Plan shown" value={plan ? planId : ''} onChange={(event) => switchPlan(event.target.value)}>
            {!plan ? <option value="">A deleted or unknown plan</option> : null}
            <option value={LIVE_PLAN_ID}>Live organisation</option>
            {plans.drafts.length > 0 ? (
              <optgroup label="Drafts">
                {plans.drafts.map((draft) => <option key={draft.id} value={draft.id}>{draft.name}</option>)}
              </optgroup>
            ) : null}
            {plans.archived.length > 0 ? (
              <optgroup label="Archive (read-only)">
                {plans.archived.map((archived) => <option key={archived.id} value={archived.id}>{archived.name}</option>)}
              </optgroup>
            ) : null}
          </select>
          <button type="button" className={styles.newDraft} onClick={() => open({ kind: 'create', fromPlanId: plan ? planId : LIVE_PLAN_ID })}>
            New draft…
          </button>
        </>
      )}
    </section>
  );
}

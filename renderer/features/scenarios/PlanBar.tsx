import { Link, useLocation } from 'react-router';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { usePlans } from '../../db';
import { useSelectedPlanId } from '../../state/selection';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { UserText } from '../../ui/UserText';
import { compareAddress } from './compareAddress';
import { DraftSharing } from './DraftSharing';
import styles from './Scenarios.module.css';

const KIND_MARK = { live: 'Live', draft: 'Draft', archived: 'Archived' } as const;

/**
 * Above every page while it shows a draft, an archived plan or an unknown plan (the sidebar's plan
 * switcher marks the live organisation): what is being edited and the draft's main actions, and
 * what the last scenario action did.
 */
export function PlanBar() {
  const plans = usePlans();
  const planId = useSelectedPlanId();
  const { search } = useLocation();
  const open = useScenariosUi((s) => s.open);
  const notice = useScenariosUi((s) => s.notice);
  const setNotice = useScenariosUi((s) => s.setNotice);
  if (!plans) return null;
  const plan = plans.byId.get(planId);
  const kind = plan?.kind ?? 'missing';
  if (kind === 'live' && !notice) return null;
  return (
    <section className={styles.bar} data-kind={kind} aria-label="Plan banner">
      {kind === 'live' ? null : <span className={styles.mark}>{plan ? KIND_MARK[plan.kind] : 'Unknown plan'}</span>}
      <p className={styles.explain} hidden={kind === 'live'}>
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
            <DraftSharing planId={planId} planName={plan!.name} />
          </>
        ) : null}
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

import { Link, useLocation } from 'react-router';
import { LIVE_PLAN_ID, type Plan } from '../../../shared/model';
import { useMemo } from 'react';
import { useDb, usePlanMemberships, usePlans, useTeams } from '../../db';
import { useScenariosUi } from '../../state/scenariosUi';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { UserText } from '../../ui/UserText';
import { formatDay, formatMoment } from '../../ui/dates';
import { errorMessage } from '../../ui/fieldErrors';
import { compareAddress } from './compareAddress';
import { exportDraftFile } from './DraftFileDialogs';
import { searchWithPlan } from './planAddress';
import styles from './Scenarios.module.css';

/** Drafts beside the live organisation, and the archive of former live organisations. */
export function PlansPage() {
  const plans = usePlans();
  const { search } = useLocation();
  const open = useScenariosUi((s) => s.open);
  if (!plans) return null;
  return (
    <>
      <PageHeader
        title="Plans"
        summary={`The live organisation, ${plans.drafts.length.toLocaleString('en-US')} ${plans.drafts.length === 1 ? 'draft' : 'drafts'} and ${plans.archived.length.toLocaleString('en-US')} archived ${plans.archived.length === 1 ? 'plan' : 'plans'}.`}
        actions={
          <>
            <Button onClick={() => open({ kind: 'import' })}>Import draft…</Button>
            {plans.drafts.length > 0 ? <Link className={styles.linkButton} to={compareAddress(LIVE_PLAN_ID, plans.drafts.slice(0, 4).map((d) => d.id), search)}>Compare drafts</Link> : null}
            <Button variant="primary" onClick={() => open({ kind: 'create', fromPlanId: LIVE_PLAN_ID })}>New draft…</Button>
          </>
        }
      />
      <section className={styles.section} aria-labelledby="drafts-title">
        <h2 id="drafts-title" className={styles.sectionTitle}>Drafts</h2>
        {plans.drafts.length === 0 ? (
          <p className={styles.muted}>No drafts yet. A draft copies the live organisation so you can try a reorganisation out, compare it and promote it when it is decided.</p>
        ) : (
          <PlanTable plans={plans.drafts} kind="draft" search={search} />
        )}
      </section>
      <section className={styles.section} aria-labelledby="archive-title">
        <h2 id="archive-title" className={styles.sectionTitle}>Archive: former live organisations</h2>
        {plans.archived.length === 0 ? (
          <p className={styles.muted}>Nothing archived yet. Promoting a draft archives the organisation it replaces, with the dates it was in effect.</p>
        ) : (
          <PlanTable plans={plans.archived} kind="archived" search={search} />
        )}
      </section>
    </>
  );
}

function PlanCounts({ planId }: { planId: string }) {
  const teams = useTeams(planId)?.length ?? 0;
  const memberships = usePlanMemberships(planId);
  const people = useMemo(() => new Set((memberships ?? []).flatMap((m) => (m.personId ? [m.personId] : []))).size, [memberships]);
  return (
    <>
      <td className={styles.num}>{teams.toLocaleString('en-US')}</td>
      <td className={styles.num}>{people.toLocaleString('en-US')}</td>
    </>
  );
}

function PlanTable({ plans, kind, search }: { plans: Plan[]; kind: 'draft' | 'archived'; search: string }) {
  const db = useDb();
  const open = useScenariosUi((s) => s.open);
  const setNotice = useScenariosUi((s) => s.setNotice);
  const all = usePlans();
  const exportIt = (plan: Plan) => {
    setNotice('Preparing the draft file…');
    exportDraftFile(db, plan).then(setNotice, (error: unknown) => setNotice(`The draft was not exported: ${errorMessage(error)}`));
  };
  return (
    <table className={styles.table} aria-label={kind === 'draft' ? 'Drafts' : 'Archived plans'}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">{kind === 'draft' ? 'Based on' : 'In effect'}</th>
          <th scope="col" className={styles.num}>Teams</th>
          <th scope="col" className={styles.num}>People</th>
          <th scope="col">{kind === 'draft' ? 'Last changed' : 'Archived'}</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">
              <Link to={{ pathname: '/teams', search: searchWithPlan(search, plan.id) }}>
                <UserText>{plan.name}</UserText>
              </Link>
              {plan.description ? <div className={styles.muted}><UserText>{plan.description}</UserText></div> : null}
            </th>
            <td>
              {kind === 'draft'
                ? plan.basedOnPlanId === null ? 'An empty sheet or a file' : plan.basedOnPlanId === LIVE_PLAN_ID ? 'Live organisation' : all?.byId.get(plan.basedOnPlanId)?.name ?? 'A deleted plan'
                : `${plan.effectiveFrom ? formatDay(plan.effectiveFrom) : 'the start'} – ${plan.effectiveTo ? formatDay(plan.effectiveTo) : '…'}`}
            </td>
            <PlanCounts planId={plan.id} />
            <td>{formatMoment(plan.updatedAt)}</td>
            <td>
              <div className={styles.rowActions}>
                <Link className={styles.linkButton} to={compareAddress(LIVE_PLAN_ID, [plan.id], search)} aria-label={`Compare ${plan.name} with live`}>Compare</Link>
                {kind === 'draft' ? (
                  <>
                    <Button onClick={() => open({ kind: 'promote', planId: plan.id })} aria-label={`Promote ${plan.name}…`}>Promote…</Button>
                    <Button onClick={() => open({ kind: 'edit', planId: plan.id })} aria-label={`Rename ${plan.name}…`}>Rename…</Button>
                    <Button onClick={() => open({ kind: 'create', fromPlanId: plan.id })} aria-label={`Duplicate ${plan.name}…`}>Duplicate…</Button>
                    <Button onClick={() => exportIt(plan)} aria-label={`Export ${plan.name} as a file`}>Export…</Button>
                    <Button variant="danger" onClick={() => open({ kind: 'delete', planId: plan.id })} aria-label={`Delete ${plan.name}…`}>Delete…</Button>
                  </>
                ) : (
                  <Button onClick={() => open({ kind: 'create', fromPlanId: plan.id })} aria-label={`Copy ${plan.name} into a draft…`}>Copy into a draft…</Button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

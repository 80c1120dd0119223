import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID, type Plan } from '../../../shared/model';
import { MAX_COMPARED_PLANS } from '../../../shared/scenarios';
import { usePlanComparison, usePlans, usePromotionPreview, useRecordedPersonNames, useTeams, type WorkspacePlans } from '../../db';
import { exportComparisonPdf, useCommand } from '../../platform';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { UserText } from '../../ui/UserText';
import { ChangeList } from './ChangeList';
import { compareAddress, readCompareQuery } from './compareAddress';
import { HealthTable, type PickedFigure } from './HealthTable';
import { searchWithPlan } from './planAddress';
import styles from './Scenarios.module.css';

const EMPTY_CHOICES = {};

/** The plan's name as the comparison writes it; drafts marked as such. */
export function comparedPlanName(plans: WorkspacePlans, id: string): string {
  const plan = plans.byId.get(id);
  if (!plan) return 'A deleted plan';
  return plan.kind === 'live' ? 'Live organisation' : plan.kind === 'draft' ? `${plan.name} (draft)` : `${plan.name} (archived)`;
}

/** Compare up to four plans with a baseline: health figures linked to their teams, change lists, OKR impact. */
export function ComparePage() {
  const plans = usePlans();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { baselinePlanId, candidatePlanIds } = readCompareQuery(search, LIVE_PLAN_ID);
  const comparison = usePlanComparison(baselinePlanId, candidatePlanIds);
  const [picked, setPicked] = useState<PickedFigure | null>(null);
  const [exportStatus, setExportStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const exportPdf = () => {
    if (candidatePlanIds.length === 0) return;
    setExportStatus(null);
    void exportComparisonPdf(baselinePlanId, candidatePlanIds, `Teamshape plan comparison ${todayLocal()}.pdf`, (p) => setExportStatus({ text: p.message, failed: false }))
      .then((outcome) => {
        if (outcome.kind === 'saved') setExportStatus({ text: `Saved the comparison to ${outcome.where}.`, failed: false });
        else if (outcome.kind === 'cancelled') setExportStatus({ text: 'The PDF export was cancelled; nothing was saved.', failed: false });
      })
      .catch((cause: unknown) => setExportStatus({ text: `The comparison PDF was not saved: ${cause instanceof Error ? cause.message : String(cause)}`, failed: true }));
  };
  useCommand('plan.exportComparisonPdf', exportPdf);
  if (!plans) return null;
  const name = (id: string) => comparedPlanName(plans, id);
  const all: Plan[] = [...(plans.live ? [plans.live] : []), ...plans.drafts, ...plans.archived];
  const go = (base: string, candidates: string[]) => {
    setPicked(null);
    navigate(compareAddress(base, candidates.filter((id) => id !== base), search), { replace: true });
  };
  const toggle = (id: string) => go(baselinePlanId, candidatePlanIds.includes(id) ? candidatePlanIds.filter((c) => c !== id) : [...candidatePlanIds, id].slice(0, MAX_COMPARED_PLANS));
  return (
    <>
      <PageHeader
        title="Compare plans"
        summary="Each plan against the baseline: what changes, what it does to team health and to the running OKRs."
        actions={<Button onClick={exportPdf} disabled={candidatePlanIds.length === 0 || !comparison?.ok}>Export comparison as PDF…</Button>}
      />
      {exportStatus ? <p role={exportStatus.failed ? 'alert' : 'status'} className={exportStatus.failed ? styles.problems : styles.muted}>{exportStatus.text}</p> : null}
      <div className={styles.pickers}>
        <label className={styles.check}>
          <span>Baseline</span>
          <select className={styles.planSelect} value={baselinePlanId} onChange={(e) => go(e.target.value, candidatePlanIds)} aria-label="Baseline">
            {all.map((plan) => <option key={plan.id} value={plan.id}>{name(plan.id)}</option>)}
          </select>
        </label>
        <fieldset className={styles.candidates}>
          <legend>Compare with (up to {MAX_COMPARED_PLANS})</legend>
          {all.filter((p) => p.id !== baselinePlanId).map((plan) => (
            <label key={plan.id} className={styles.check}>
              <input type="checkbox" checked={candidatePlanIds.includes(plan.id)} onChange={() => toggle(plan.id)}
                disabled={!candidatePlanIds.includes(plan.id) && candidatePlanIds.length >= MAX_COMPARED_PLANS} />
              {name(plan.id)}
            </label>
          ))}
        </fieldset>
      </div>
      {candidatePlanIds.length === 0 ? <p className={styles.muted}>Choose at least one plan to compare with the baseline.</p> : null}
      {comparison && !comparison.ok ? <p role="alert" className={styles.problems}>{comparison.error}</p> : null}
      {comparison?.ok && candidatePlanIds.length > 0 ? (
        <>
          <section className={styles.section} aria-labelledby="health-title">
            <h2 id="health-title" className={styles.sectionTitle}>Headcount and health</h2>
            <HealthTable result={comparison.value} planName={name} onPick={setPicked} />
            {picked ? <BehindFigure figure={picked} onClose={() => setPicked(null)} /> : null}
          </section>
          <section className={styles.section} aria-labelledby="changes-title">
            <h2 id="changes-title" className={styles.sectionTitle}>Changes from {name(baselinePlanId)}</h2>
            <div className={styles.changeGroups}>
              {comparison.value.candidates.map((c) => (
                <div key={c.candidatePlanId}>
                  <h3 className={styles.sectionTitle}>{name(c.candidatePlanId)}: {c.changes.length.toLocaleString('en-US')} {c.changes.length === 1 ? 'change' : 'changes'}</h3>
                  <ChangeList changes={c.changes} label={`Changes in ${name(c.candidatePlanId)}`} plans={{ baselinePlanId, candidatePlanId: c.candidatePlanId }} />
                </div>
              ))}
            </div>
          </section>
          {baselinePlanId === LIVE_PLAN_ID ? (
            <section className={styles.section} aria-labelledby="impact-title">
              <h2 id="impact-title" className={styles.sectionTitle}>OKR impact if promoted today</h2>
              <div className={styles.changeGroups}>
                {candidatePlanIds.map((id) => <CandidateImpact key={id} planId={id} name={name(id)} />)}
              </div>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function CandidateImpact({ planId, name }: { planId: string; name: string }) {
  const preview = usePromotionPreview(planId, todayLocal(), EMPTY_CHOICES);
  const items = preview?.impact ?? [];
  return (
    <div>
      <h3 className={styles.sectionTitle}>{name}: {items.length.toLocaleString('en-US')} {items.length === 1 ? 'objective or key result' : 'objectives and key results'} affected</h3>
      {items.length === 0 ? (
        <p className={styles.muted}>No running objective or key result is owned by a team this plan splits, merges or removes.</p>
      ) : (
        <ul className={styles.changeList} aria-label={`OKR impact of ${name}`}>
          {items.map((item) => <li key={item.key}><UserText>{item.text}</UserText></li>)}
        </ul>
      )}
    </div>
  );
}

function BehindFigure({ figure, onClose }: { figure: PickedFigure; onClose: () => void }) {
  const teams = useTeams(figure.planId);
  // People deleted since stay in archived plans: named as recorded, "Ana Lima (removed)".
  const personName = useRecordedPersonNames();
  const teamName = new Map((teams ?? []).map((t) => [t.id, t.name]));
  const planSearch = searchWithPlan('', figure.planId);
  return (
    <div className={styles.section} role="region" aria-label={`Behind: ${figure.label}`}>
      <p className={styles.sectionTitle}>
        {figure.label}{' '}
        <button type="button" className={styles.dismiss} onClick={onClose} autoFocus>Close</button>
      </p>
      {figure.link.teamIds.length > 0 ? (
        <p>
          Teams:{' '}
          {figure.link.teamIds.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <Link to={{ pathname: `/teams/${id}`, search: planSearch }}>{teamName.get(id) ?? id}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {figure.link.personIds.length > 0 ? <p>People: {figure.link.personIds.map((id) => personName.get(id) ?? id).join(', ')}</p> : null}
    </div>
  );
}

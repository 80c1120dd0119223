import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { todayLocal } from '../../../shared/clock';
import { LIVE_PLAN_ID } from '../../../shared/model';
import { usePlanComparison, usePlans, usePromotionPreview } from '../../db';
import { formatDay } from '../../ui/dates';
import { UserText } from '../../ui/UserText';
import { ChangeList } from './ChangeList';
import { comparedPlanName } from './ComparePage';
import { compareAddress, readCompareQuery } from './compareAddress';
import { HealthTable } from './HealthTable';
import { PlanChartSheet } from './PlanChartSheet';
import { usePrintRunningHeader } from './printRunningHeader';
import styles from './ComparisonPrint.module.css';
import listStyles from './Scenarios.module.css';

const EMPTY_CHOICES = {};

/** The same ready signal the chart print view gives (data-print-status), once drawn and the fonts loaded. */
function useReadySignal(ready: boolean, autoPrint: boolean, error: string | null) {
  useEffect(() => {
    const root = document.documentElement.dataset;
    if (error) {
      root.printStatus = 'error';
      root.printError = error;
      return undefined;
    }
    root.printStatus = 'loading';
    if (!ready) return undefined;
    let cancelled = false;
    void document.fonts.ready.then(() => requestAnimationFrame(() => {
      if (cancelled) return;
      root.printStatus = 'ready';
      if (autoPrint) window.print();
    }));
    return () => {
      cancelled = true;
    };
  }, [ready, autoPrint, error]);
}

/**
 * The comparison as a document for a board meeting (#/print/comparison?base=…&with=…): the health
 * table, each plan's change list and OKR impact, then each plan's organisation chart on its own
 * landscape sheet. Printed by the desktop app's hidden window (printToPDF), by window.print()
 * (Save as PDF) in a browser, and by page.pdf() in tests, all after its ready signal; every page
 * carries DRAFT and the drafts' names when a draft is compared.
 */
export function ComparisonPrintView() {
  const { search } = useLocation();
  const plans = usePlans();
  const { baselinePlanId, candidatePlanIds } = readCompareQuery(search, LIVE_PLAN_ID);
  const comparison = usePlanComparison(baselinePlanId, candidatePlanIds);
  const autoPrint = new URLSearchParams(search).get('autoprint') === '1';
  const error = comparison && !comparison.ok ? comparison.error : candidatePlanIds.length === 0 ? 'Choose at least one plan to compare.' : null;
  const charted = [baselinePlanId, ...candidatePlanIds];
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const onDrawn = useCallback((planId: string) => setDrawn((all) => (all.has(planId) ? all : new Set([...all, planId]))), []);
  useReadySignal(Boolean(plans && comparison?.ok) && charted.every((id) => drawn.has(id)), autoPrint, error);
  const today = todayLocal();
  const draftNames = plans ? [baselinePlanId, ...candidatePlanIds].map((id) => plans.byId.get(id)).filter((p) => p?.kind === 'draft').map((p) => p!.name) : [];
  const runningLeft = `Teamshape · Plan comparison · ${formatDay(today)}`;
  const draftMark = draftNames.length > 0 ? `DRAFT — ${draftNames.join(', ')}` : '';
  usePrintRunningHeader(runningLeft, draftMark);
  const back = compareAddress(baselinePlanId, candidatePlanIds);
  const backHref = `#${back.pathname}${back.search}`;
  if (!plans || !comparison) return <p>Preparing the comparison…</p>;
  if (error || !comparison.ok) {
    return (
      <main className={styles.sheet}>
        <h1>The comparison cannot be printed</h1>
        <p role="alert">{error}</p>
        <a href={backHref}>Back to the comparison</a>
      </main>
    );
  }
  const name = (id: string) => comparedPlanName(plans, id);
  return (
    <div className={styles.document}>
      <header className={styles.toolbar} data-print="hide">
        <a href={backHref}>Back to the comparison</a>
        <p>Plan comparison, A4 portrait</p>
        <button type="button" onClick={() => window.print()}>Print or save as PDF</button>
      </header>
      <main className={styles.sheet} aria-label="Print preview">
        <div className={styles.running}>
          <span>{runningLeft}</span>
          {draftMark ? <span className={styles.draftMark}>{draftMark}</span> : null}
        </div>
        <h1 className={styles.title}>{candidatePlanIds.map(name).join(', ')} compared with {name(baselinePlanId)}</h1>
        <h2>Headcount and health</h2>
        <HealthTable result={comparison.value} planName={name} />
        {comparison.value.candidates.map((c) => (
          <section key={c.candidatePlanId}>
            <h2>{name(c.candidatePlanId)}: {c.changes.length.toLocaleString('en-US')} {c.changes.length === 1 ? 'change' : 'changes'}</h2>
            <ChangeList changes={c.changes} label={`Changes in ${name(c.candidatePlanId)}`} />
            {baselinePlanId === LIVE_PLAN_ID ? <PrintedImpact planId={c.candidatePlanId} date={today} /> : null}
          </section>
        ))}
        {charted.map((id) => <PlanChartSheet key={id} planId={id} name={name(id)} today={today} onDrawn={onDrawn} />)}
      </main>
    </div>
  );
}

function PrintedImpact({ planId, date }: { planId: string; date: string }) {
  const preview = usePromotionPreview(planId, date, EMPTY_CHOICES);
  const items = preview?.impact ?? [];
  return (
    <>
      <h3>OKR impact if promoted on {formatDay(date)}</h3>
      {items.length === 0 ? <p>No running objective or key result is owned by a team this plan splits, merges or removes.</p> : (
        <ul className={listStyles.changeList}>
          {items.map((item) => <li key={item.key}><UserText>{item.text}</UserText></li>)}
        </ul>
      )}
    </>
  );
}

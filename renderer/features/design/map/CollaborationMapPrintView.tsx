import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { todayLocal } from '../../../../shared/clock';
import { crossGroupShare, crossSideShare, explainCrossGroup, explainCrossSide, filterGraph, silos } from '../../../../shared/design/collaborationGraph';
import { findPeriod } from '../../../../shared/rules/okrPeriods';
import { useCollaborationMap, useCustomPeriods, usePlan } from '../../../db';
import { useSelectedPeriodId, useSelectedPlanId } from '../../../state/selection';
import { formatDay } from '../../../ui/dates';
import { MapShapes } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { groupWordOf, readPrintFilter } from './mapPrint';
import { useMapLayout } from './useMapLayout';
import styles from './MapPrint.module.css';
import './mapPage.css';

/** Links listed in the PDF up to this many; beyond, the table would be dozens of pages and the app's table says it better. */
const PRINTED_LINK_LIMIT = 400;

/** The ready signal every exporter reads (data-print-status on <html>), set once drawn and the fonts loaded. */
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
 * The collaboration map as an A3 landscape document (#/print/collaboration-map?…): the map as
 * vector SVG with its figures and legend, then the silos and the links. Printed by main's hidden
 * window (printToPDF) in the desktop app, by window.print() (Save as PDF) in the browser, and by
 * page.pdf() in tests.
 */
export function CollaborationMapPrintView() {
  const { search } = useLocation();
  const planId = useSelectedPlanId();
  const today = todayLocal();
  const periodId = useSelectedPeriodId(today);
  const custom = useCustomPeriods();
  const plan = usePlan(planId);
  const data = useCollaborationMap(planId, periodId);
  const filter = useMemo(() => readPrintFilter(search), [search]);
  const shown = useMemo(() => (data ? filterGraph(data.graph, filter) : undefined), [data, filter]);
  const groups = useMemo(() => data?.groups.map((g) => ({ id: g.id, name: g.name })), [data]);
  const groupWord = groupWordOf(data?.groups ?? []);
  const layout = useMapLayout(shown, groups, groupWord);
  const drawing = layout.status === 'ready' ? layout.drawing : undefined;
  const autoPrint = new URLSearchParams(search).get('autoprint') === '1';
  useReadySignal(drawing !== undefined && plan !== undefined, autoPrint, layout.status === 'error' ? layout.message : null);

  const back = new URLSearchParams(search);
  for (const key of ['groups', 'types', 'kinds', 'autoprint']) back.delete(key);
  const backHref = `#/design/map?${back.toString()}`;
  if (layout.status === 'error') {
    return (
      <main className={styles.page}>
        <h1>The collaboration map cannot be printed</h1>
        <p role="alert">{layout.message}</p>
        <a href={backHref}>Back to the map</a>
      </main>
    );
  }
  if (!data || !shown || !drawing) return <p>Preparing the collaboration map…</p>;
  const periodName = findPeriod(periodId, custom ?? [])?.name ?? 'this period';
  const side = explainCrossSide(crossSideShare(shown));
  const group = explainCrossGroup(crossGroupShare(shown), groupWord);
  const siloTeams = silos(shown);
  const nameOf = new Map(data.graph.teams.map((t) => [t.id, t.name]));
  const draft = plan && plan.kind === 'draft' ? plan.name : null;
  const running = (
    <div className={styles.running}>
      <span>Teamshape · Collaboration map · {plan?.name ?? 'Plan'} · {formatDay(today)}</span>
      {draft ? <span className={styles.draftMark}>DRAFT — {draft}</span> : null}
    </div>
  );
  return (
    <div className={styles.document}>
      <header className={styles.toolbar} data-print="hide">
        <a href={backHref}>Back to the map</a>
        <p>Collaboration map, A3 landscape</p>
        <button type="button" onClick={() => window.print()}>Print or save as PDF</button>
      </header>
      <main aria-label="Print preview">
        <section className={styles.page}>
          {running}
          <h1 className={styles.title}>Collaboration map</h1>
          <p className={styles.meta}>
            {shown.teams.length.toLocaleString('en-US')} teams and {shown.links.length.toLocaleString('en-US')} links: the plan’s interactions and the objectives teams share in {periodName}.
          </p>
          <div className={styles.figures}>
            <div className={styles.figure}><strong>{siloTeams.length.toLocaleString('en-US')}</strong>{siloTeams.length === 1 ? 'silo' : 'silos'}<p>Teams with neither an interaction nor a shared objective.</p></div>
            <div className={styles.figure}><strong>{side.figure}</strong>technology ↔ business<p>{side.sentence}</p></div>
            <div className={styles.figure}><strong>{group.figure}</strong>across {groupWord}s<p>{group.sentence}</p></div>
          </div>
          <svg className={styles.map} viewBox={`0 0 ${drawing.width} ${drawing.height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={`Collaboration map of ${shown.teams.length} teams`}>
            <MapShapes drawing={drawing} />
          </svg>
          <MapLegend />
        </section>
        <section className={`${styles.page} ${styles.list}`}>
          {running}
          <h2>Silos</h2>
          <p>{siloTeams.length === 0 ? 'No silo: every team shown has an interaction or shares an objective with another team.' : siloTeams.map((t) => t.name).join(', ')}</p>
          <h2>Links</h2>
          {shown.links.length > PRINTED_LINK_LIMIT ? (
            <p>{shown.links.length.toLocaleString('en-US')} links are too many to list on paper: the map’s page in Teamshape lists them all (“Links as a table”), and the SVG export draws them.</p>
          ) : (
            <table className={styles.table}>
              <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Link</th><th scope="col">About</th></tr></thead>
              <tbody>
                {shown.links.map((l) => (
                  <tr key={l.id}>
                    <td>{nameOf.get(l.from)}</td>
                    <td>{nameOf.get(l.to)}</td>
                    <td>{l.kind === 'shared-objective' ? 'Shared objective' : l.kind === 'x-as-a-service' ? 'X-as-a-service' : l.kind === 'facilitating' ? 'Facilitating' : 'Collaboration'}</td>
                    <td>{l.detail.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </main>
    </div>
  );
}

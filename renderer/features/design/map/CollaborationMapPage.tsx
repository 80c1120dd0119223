import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { todayLocal } from '../../../../shared/clock';
import { crossGroupShare, crossSideShare, explainCrossGroup, explainCrossSide, filterGraph, groupChoices, NO_FILTER, silos, type MapFilter } from '../../../../shared/design/collaborationGraph';
import { mapDrawing } from '../../../../shared/design/mapDrawing';
import { findPeriod } from '../../../../shared/rules/okrPeriods';
import { useCollaborationMap, useCustomPeriods, usePlan } from '../../../db';
import { useSelectedPeriodId, useSelectedPlanId } from '../../../state/selection';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { useReadyMark } from '../../../ui/useReadyMark';
import { errorMessage } from '../../../ui/fieldErrors';
import { exportMapPdf, isDesktop } from '../../../platform';
import { UserText } from '../../../ui/UserText';
import { LinkTable } from './LinkTable';
import { MapCanvas } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { MapLegend } from './MapLegend';
import { saveMapSvg } from './mapExport';
import { groupWordOf, mapPrintSearch } from './mapPrint';
import { useMapLayout } from './useMapLayout';
import styles from './CollaborationMap.module.css';

export const MAP_READY_MARK = 'teamshape:collaboration-map-ready';

/** The plan's teams joined by interactions and shared objectives: silos, crossing shares, filters, SVG and PDF. */
export function CollaborationMapPage() {
  const planId = useSelectedPlanId();
  const today = todayLocal();
  const periodId = useSelectedPeriodId(today);
  const custom = useCustomPeriods();
  const plan = usePlan(planId);
  // The click that opens the map commits only the page's frame; the graph (tens of milliseconds at
  // 500 teams) and the page around it are built in a transition render right after, which React
  // splits into short tasks, so the main thread is never blocked for long.
  const opened = useDeferredValue(true, false);
  const data = useCollaborationMap(planId, periodId, opened);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [focusedTeamId, setFocusedTeamId] = useState<string | null>(null);
  const [exportStatus, setExportStatus] = useState('');
  const { search } = useLocation();

  const shown = useMemo(() => (data ? filterGraph(data.graph, filter) : undefined), [data, filter]);
  const groups = useMemo(() => data?.groups.map((g) => ({ id: g.id, name: g.name })), [data]);
  const groupWord = groupWordOf(data?.groups ?? []);
  const layout = useMapLayout(shown, groups, groupWord);
  const drawing = layout.status === 'ready' ? layout.drawing : undefined;
  const highlight = useMemo(() => {
    if (layout.status !== 'ready' || !focusedTeamId) return null;
    const links = layout.graph.links.filter((l) => l.from === focusedTeamId || l.to === focusedTeamId);
    return mapDrawing({ teams: layout.graph.teams, links }, layout.layout).links;
  }, [layout, focusedTeamId]);
  const [drawnFor, setDrawnFor] = useState<unknown>(null);
  const onDrawn = useCallback(() => setDrawnFor(drawing), [drawing]);
  useReadyMark(MAP_READY_MARK, drawing !== undefined && drawnFor === drawing);

  const period = findPeriod(periodId, custom ?? []);
  const periodName = period?.name ?? 'this period';
  const printSearch = mapPrintSearch(search, filter);

  // Worked out once per graph: the page renders again for every drawn slice, focus and status.
  const figures = useMemo(() => {
    if (!data || !shown) return undefined;
    return {
      siloTeams: silos(shown),
      side: explainCrossSide(crossSideShare(shown)),
      group: explainCrossGroup(crossGroupShare(shown), groupWord),
      nameOf: new Map(data.graph.teams.map((t) => [t.id, t.name])),
      groupChoices: groupChoices(data.groups.map((g) => ({ ...g, deletedAt: null })), data.graph.teams),
    };
  }, [data, shown, groupWord]);

  if (!data || !shown || !figures) return <p>Loading the collaboration map…</p>;
  const { siloTeams, side, group, nameOf } = figures;
  const focused = shown.teams.find((t) => t.id === focusedTeamId) ?? null;
  const title = `Collaboration map${plan && plan.kind !== 'live' ? ` · ${plan.name}` : ''}`;

  const exportPdf = async () => {
    setExportStatus(isDesktop() ? 'Choose where to save the PDF…' : 'Opening the print view…');
    try {
      const fileName = `${`Collaboration map - ${plan?.name ?? 'Plan'} - ${todayLocal()}`.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 180)}.pdf`;
      const outcome = await exportMapPdf(printSearch, fileName, (progress) => setExportStatus(progress.message));
      if (outcome.kind === 'saved') setExportStatus(`Saved the PDF to ${outcome.where}.`);
      else if (outcome.kind === 'cancelled') setExportStatus('Export cancelled: nothing was saved.');
    } catch (problem) {
      setExportStatus(`The PDF was not saved: ${errorMessage(problem)}`);
    }
  };

  const exportSvg = async () => {
    if (!drawing) return;
    setExportStatus('Preparing the SVG…');
    setExportStatus(await saveMapSvg(drawing, { title, meta: `${plan?.name ?? 'Plan'} · objectives of ${periodName} · ${shown.teams.length.toLocaleString('en-US')} teams, ${shown.links.length.toLocaleString('en-US')} links` }));
  };

  return (
    <>
      <PageHeader
        title={title}
        summary={`${shown.teams.length.toLocaleString('en-US')} of ${data.graph.teams.length.toLocaleString('en-US')} teams · ${shown.links.length.toLocaleString('en-US')} links: interactions of this plan and objectives shared in ${periodName}`}
        actions={
          <>
            <Button onClick={() => void exportSvg()} disabled={!drawing}>Export SVG</Button>
            <Button onClick={() => void exportPdf()}>Export PDF…</Button>
          </>
        }
      />
      <p className={styles.status} role="status">{exportStatus}</p>
      <div className={styles.layout}>
        <div className={styles.side}>
          <section className={styles.figures} aria-label="What the map says">
            <div className={styles.figure}>
              <p className={styles.figureValue} data-testid="silo-count">{siloTeams.length.toLocaleString('en-US')}</p>
              <p className={styles.figureLabel}>{siloTeams.length === 1 ? 'silo' : 'silos'}</p>
              <p className={styles.figureText}>Teams with neither an interaction nor an objective shared with another team.</p>
            </div>
            <div className={styles.figure}>
              <p className={styles.figureValue} data-testid="cross-side">{side.figure}</p>
              <p className={styles.figureLabel}>technology ↔ business</p>
              <p className={styles.figureText}>{side.sentence}</p>
            </div>
            <div className={styles.figure}>
              <p className={styles.figureValue} data-testid="cross-group">{group.figure}</p>
              <p className={styles.figureLabel}>across {groupWord}s</p>
              <p className={styles.figureText}>{group.sentence}</p>
            </div>
          </section>
          <MapFilters filter={filter} onChange={setFilter} groups={figures.groupChoices} groupWord={groupWord} />
          <label className={styles.focusPicker}>
            Focus on a team
            <select value={focusedTeamId ?? ''} onChange={(e) => setFocusedTeamId(e.target.value || null)}>
              <option value="">No team focused</option>
              {shown.teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </label>
          {focused ? (
            <section className={styles.focusPanel} aria-label={`Focused team ${focused.name}`}>
              <h2><UserText>{focused.name}</UserText></h2>
              <p>{shown.links.filter((l) => l.from === focused.id || l.to === focused.id).length.toLocaleString('en-US')} links on the map{focused.silo ? ' — a silo' : ''}.</p>
              <Link to={{ pathname: `/teams/${focused.id}`, search }}>Open the team view of {focused.name}</Link>
            </section>
          ) : null}
        </div>
        <div className={styles.main}>
          {layout.status === 'error' ? <p role="alert">{layout.message}</p> : null}
          {drawing ? (
            <MapCanvas drawing={drawing} onDrawn={onDrawn} highlight={highlight} focusedTeamId={focusedTeamId} onFocusTeam={setFocusedTeamId} label={`Collaboration map of ${shown.teams.length.toLocaleString('en-US')} teams and ${shown.links.length.toLocaleString('en-US')} links; the same links are listed in the table below`} />
          ) : (
            <p className={styles.laying}>Laying out the map…</p>
          )}
          <MapLegend />
          <section aria-labelledby="map-silos" className={styles.section}>
            <h2 id="map-silos">Silos</h2>
            {siloTeams.length === 0 ? (
              <p>No silo: every team shown has an interaction or shares an objective with another team.</p>
            ) : (
              <ul className={styles.siloList} aria-label="Silos">
                {siloTeams.map((t) => (
                  <li key={t.id}><Link to={{ pathname: `/teams/${t.id}`, search }}>{t.name}</Link></li>
                ))}
              </ul>
            )}
          </section>
          <LinkTable links={shown.links} nameOf={nameOf} />
        </div>
      </div>
    </>
  );
}

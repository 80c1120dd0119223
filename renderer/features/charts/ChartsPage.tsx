import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useOpenOnArrival } from '../../state/arrival';
import { chartTeamTypes, formatLongDate, groupCards, groupingWords, rememberLast, screenChart, type ChartCardContent, type ChartGrouping, type ChartSearchMatch } from '../../../shared/charts';
import { todayLocal } from '../../../shared/clock';
import { useChartData } from '../../db';
import { describeSave, saveFile, useCommand } from '../../platform';
import { useChartsUi } from '../../state/chartsUi';
import { useSelectedPeriodId, useSelectedPlanId } from '../../state/selection';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { useReadyMark } from '../../ui/useReadyMark';
import { rememberedChartContents } from './chartContents';
import { chartSvgMarkup, svgToPng } from './chartImage';
import { ChartSearch } from './ChartSearch';
import { ChartViewport, type FlyTarget } from './ChartViewport';
import { ExportPdfDialog } from './ExportPdfDialog';
import { PresentationMode } from './PresentationMode';
import { TeamChooser } from './TeamChooser';
import { TypeLegend } from './TypeLegend';
import styles from './Charts.module.css';

const GROUPINGS: { value: ChartGrouping; label: string }[] = [
  { value: 'none', label: 'No grouping' },
  { value: 'champion', label: 'Executive champion' },
  { value: 'department', label: 'Department' },
  { value: 'group', label: 'Team group' },
];

const NO_EXCLUSIONS: readonly string[] = [];
const NONE_COLLAPSED: readonly string[] = [];

/** The screen's chart, laid out once for the same cards and choices, so returning to the page is free. */
const rememberedChart = rememberLast((cards: readonly ChartCardContent[], groupBy: ChartGrouping, title: string, collapsedKeys: readonly string[], aspect: number) =>
  screenChart(cards, { groupBy, title, collapsed: new Set(collapsedKeys), aspect }),
);

/** File names from the chart's title, plan and date, e.g. "Product teams - Live organisation - 2026-11-16". */
function fileStem(planName: string, today: string): string {
  return `Product teams - ${planName} - ${today}`.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ').trim();
}

/** The plan's teams as an org chart: zoom and pan on screen, PDF, PNG and SVG out. */
export function ChartsPage() {
  const planId = useSelectedPlanId();
  const today = todayLocal();
  const periodId = useSelectedPeriodId(today);
  const location = useLocation();
  const { search } = location;
  const data = useChartData(planId, periodId, today, { readOkrsWhileLoading: true });
  const groupBy = useChartsUi((s) => s.groupBy);
  const setGroupBy = useChartsUi((s) => s.setGroupBy);
  const excludedIds = useChartsUi((s) => s.excluded[planId] ?? NO_EXCLUSIONS);
  const setExcluded = useChartsUi((s) => s.setExcluded);
  const excluded = useMemo(() => new Set(excludedIds), [excludedIds]);
  const collapsedKeys = useChartsUi((s) => s.collapsed[groupBy] ?? NONE_COLLAPSED);
  const toggleGroup = useChartsUi((s) => s.toggleGroup);
  const setCollapsed = useChartsUi((s) => s.setCollapsed);
  const collapsed = useMemo(() => new Set(collapsedKeys), [collapsedKeys]);
  const [target, setTarget] = useState<FlyTarget | null>(null);
  const [presenting, setPresenting] = useState(false);
  // The chart opens in the shape of the window, so fitting it to the screen fills the screen.
  const [aspect] = useState(() => Math.max(0.8, Math.min(3, window.innerWidth / Math.max(300, window.innerHeight - 260))));
  const [choosing, setChoosing] = useState(false);
  // The menu's "Export chart as PDF…" arrives here with { open: 'chart.exportPdf' } in the navigation state.
  const [exporting, setExporting] = useOpenOnArrival('chart.exportPdf');
  useCommand('chart.exportPdf', () => setExporting(true));
  const [imageStatus, setImageStatus] = useState('');

  const cards = useMemo(() => {
    if (!data) return undefined;
    return rememberedChartContents(data, today, excluded.size > 0 ? new Set(data.teams.filter((t) => !excluded.has(t.id)).map((t) => t.id)) : null, excludedIds.join(','));
  }, [data, today, excluded, excludedIds]);
  const planName = data?.plan?.name ?? 'Plan';
  const rootTitle = data?.plan && data.plan.kind !== 'live' ? `Draft plan: ${planName}` : 'All product teams';
  const chart = useMemo(
    () => (cards ? rememberedChart(cards, groupBy, rootTitle, collapsedKeys, aspect) : undefined),
    [cards, groupBy, rootTitle, collapsedKeys, aspect],
  );
  const types = useMemo(() => chartTeamTypes(cards ?? []), [cards]);
  const groupKeys = useMemo(() => (cards && groupBy !== 'none' ? groupCards(cards, groupBy).map((g) => g.key) : []), [cards, groupBy]);
  const onToggleGroup = useCallback((key: string) => toggleGroup(groupBy, key), [toggleGroup, groupBy]);
  const flyTo = (match: ChartSearchMatch) => {
    const card = cards?.find((c) => c.teamId === match.teamId);
    const groupKey = card ? groupCards([card], groupBy)[0]?.key : undefined;
    if (groupKey && collapsed.has(groupKey)) toggleGroup(groupBy, groupKey);
    setTarget((previous) => ({ teamId: match.teamId, ...(match.personId ? { personId: match.personId } : {}), nonce: (previous?.nonce ?? 0) + 1 }));
  };
  useReadyMark('teamshape:charts-ready', Boolean(chart));

  const teamCount = cards?.length ?? 0;
  const allTeams = data?.teams.length ?? 0;
  const heading = { title: 'Product teams', meta: `${planName} · ${formatLongDate(today)}` };

  const exportImage = async (kind: 'png' | 'svg') => {
    if (!chart) return;
    setImageStatus(kind === 'png' ? 'Drawing the PNG…' : 'Preparing the SVG…');
    try {
      const name = `${fileStem(planName, today)}.${kind}`;
      // The save picker (where the browser has one) opens first, while the click counts as the user's; the drawing is made after.
      const saved = await saveFile(name, async () => {
        const full = collapsed.size > 0 && cards ? screenChart(cards, { groupBy, title: rootTitle, aspect }) : chart;
        const { markup, width, height } = await chartSvgMarkup(full, heading);
        return kind === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : svgToPng(markup, width, height);
      }, [kind === 'svg' ? { name: 'SVG image', extensions: ['svg'] } : { name: 'PNG image', extensions: ['png'] }]);
      setImageStatus(
        saved.outcome === 'saved'
          ? `Saved the ${kind.toUpperCase()} to ${saved.where}.`
          : saved.outcome === 'cancelled'
            ? 'Export cancelled: nothing was saved.'
            : describeSave(saved, `The ${kind.toUpperCase()}`),
      );
    } catch (problem) {
      setImageStatus(`The ${kind.toUpperCase()} could not be exported: ${problem instanceof Error ? problem.message : String(problem)}`);
    }
  };

  const summary = !data
    ? 'Loading the chart…'
    : `${teamCount === allTeams ? `${allTeams} teams` : `${teamCount} of ${allTeams} teams`} of ${planName}${groupBy === 'none' ? '' : `, ${groupingWords(groupBy, cards ?? [])}`}`;

  return (
    <div className={styles.page}>
      <PageHeader
        title="Charts"
        summary={summary}
        actions={
          <>
            <Button data-action="present" onClick={() => setPresenting(true)} disabled={!chart || teamCount === 0}>
              Present
            </Button>
            <Button variant="primary" onClick={() => setExporting(true)} disabled={!chart || teamCount === 0}>
              Export PDF…
            </Button>
            <Button onClick={() => void exportImage('png')} disabled={!chart || teamCount === 0}>
              Export PNG
            </Button>
            <Button onClick={() => void exportImage('svg')} disabled={!chart || teamCount === 0}>
              Export SVG
            </Button>
          </>
        }
      />
      <div className={styles.tools}>
        <SelectField label="Group by" options={GROUPINGS} value={groupBy} onChange={(event) => setGroupBy(event.target.value as ChartGrouping)} />
        <Button onClick={() => setChoosing(true)} disabled={!data}>
          Choose teams ({teamCount} of {allTeams})
        </Button>
        {cards ? <ChartSearch cards={cards} onPick={flyTo} /> : null}
        {groupKeys.length > 0 ? (
          <>
            <Button variant="ghost" onClick={() => setCollapsed(groupBy, groupKeys)} disabled={collapsed.size === groupKeys.length}>
              Collapse all
            </Button>
            <Button variant="ghost" onClick={() => setCollapsed(groupBy, [])} disabled={collapsed.size === 0}>
              Expand all
            </Button>
          </>
        ) : null}
        <p role="status" className={styles.status}>
          {imageStatus}
        </p>
      </div>
      {teamCount > 0 ? <TypeLegend types={types} /> : null}
      {data && allTeams === 0 ? <p className={styles.empty}>This plan has no teams yet. Create teams on the Teams page and they appear here.</p> : null}
      {data && allTeams > 0 && teamCount === 0 ? <p className={styles.empty}>No team is chosen. Use “Choose teams” to put teams on the chart.</p> : null}
      {chart && teamCount > 0 ? (
        <ChartViewport
          chart={chart}
          linkSearch={search}
          label={`Org chart of ${teamCount} teams`}
          fitKey={`${planId}|${groupBy}|${teamCount}`}
          onToggleGroup={onToggleGroup}
          target={target}
        />
      ) : null}
      {presenting && chart ? (
        <PresentationMode
          chart={chart}
          onClose={() => {
            setPresenting(false);
            requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-action="present"]')?.focus());
          }}
        />
      ) : null}
      {data ? (
        <>
          <TeamChooser open={choosing} onOpenChange={setChoosing} teams={data.teams} excluded={excluded} onChange={(ids) => setExcluded(planId, ids)} />
          <ExportPdfDialog
            open={exporting}
            onOpenChange={setExporting}
            planId={planId}
            planName={planName}
            groupBy={groupBy}
            teamIds={excluded.size > 0 ? (cards ?? []).map((c) => c.teamId) : null}
            teamCount={teamCount}
            periodId={periodId}
            today={today}
          />
        </>
      ) : null}
    </div>
  );
}

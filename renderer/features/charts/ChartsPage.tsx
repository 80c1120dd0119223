import { useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { formatLongDate, groupCards, layoutScreenChart, type ChartGrouping } from '../../../shared/charts';
import { todayLocal } from '../../../shared/clock';
import { useChartData } from '../../db';
import { saveBinaryFile, saveTextFile, useCommand } from '../../platform';
import { useChartsUi } from '../../state/chartsUi';
import { useSelectedPeriodId, useSelectedPlanId } from '../../state/selection';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { useReadyMark } from '../../ui/useReadyMark';
import { chartContents } from './chartContents';
import { chartSvgMarkup, svgToPng } from './chartImage';
import { ChartViewport } from './ChartViewport';
import { ExportPdfDialog } from './ExportPdfDialog';
import { TeamChooser } from './TeamChooser';
import styles from './Charts.module.css';

const GROUPINGS: { value: ChartGrouping; label: string }[] = [
  { value: 'none', label: 'No grouping' },
  { value: 'champion', label: 'Executive champion' },
  { value: 'department', label: 'Department' },
];

const NO_EXCLUSIONS: readonly string[] = [];

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
  const data = useChartData(planId, periodId, today);
  const groupBy = useChartsUi((s) => s.groupBy);
  const setGroupBy = useChartsUi((s) => s.setGroupBy);
  const excludedIds = useChartsUi((s) => s.excluded[planId] ?? NO_EXCLUSIONS);
  const setExcluded = useChartsUi((s) => s.setExcluded);
  const excluded = useMemo(() => new Set(excludedIds), [excludedIds]);
  const [choosing, setChoosing] = useState(false);
  // The menu's "Export chart as PDF…" arrives here with { open: 'chart.exportPdf' } in the navigation state.
  const [exporting, setExporting] = useState(() => (location.state as { open?: string } | null)?.open === 'chart.exportPdf');
  useCommand('chart.exportPdf', () => setExporting(true));
  const [imageStatus, setImageStatus] = useState('');

  const cards = useMemo(() => {
    if (!data) return undefined;
    return chartContents(data, today, excluded.size > 0 ? new Set(data.teams.filter((t) => !excluded.has(t.id)).map((t) => t.id)) : null);
  }, [data, today, excluded]);
  const chart = useMemo(() => (cards ? layoutScreenChart(groupCards(cards, groupBy), { objectives: 'list' }) : undefined), [cards, groupBy]);
  useReadyMark('teamshape:charts-ready', Boolean(chart));

  const planName = data?.plan?.name ?? 'Plan';
  const teamCount = cards?.length ?? 0;
  const allTeams = data?.teams.length ?? 0;
  const heading = { title: 'Product teams', meta: `${planName} · ${formatLongDate(today)}` };

  const exportImage = async (kind: 'png' | 'svg') => {
    if (!chart) return;
    setImageStatus(kind === 'png' ? 'Drawing the PNG…' : 'Preparing the SVG…');
    try {
      const { markup, width, height } = await chartSvgMarkup(chart, heading);
      const name = `${fileStem(planName, today)}.${kind}`;
      const saved =
        kind === 'svg'
          ? await saveTextFile(name, markup, [{ name: 'SVG image', extensions: ['svg'] }])
          : await saveBinaryFile(name, await svgToPng(markup, width, height), [{ name: 'PNG image', extensions: ['png'] }]);
      setImageStatus(saved.saved ? `Saved the ${kind.toUpperCase()} to ${saved.where}.` : 'Export cancelled: nothing was saved.');
    } catch (problem) {
      setImageStatus(`The ${kind.toUpperCase()} could not be exported: ${problem instanceof Error ? problem.message : String(problem)}`);
    }
  };

  const summary = !data
    ? 'Loading the chart…'
    : `${teamCount === allTeams ? `${allTeams} teams` : `${teamCount} of ${allTeams} teams`} of ${planName}${groupBy === 'none' ? '' : `, grouped by ${groupBy === 'champion' ? 'executive champion' : 'department'}`}`;

  return (
    <div className={styles.page}>
      <PageHeader
        title="Charts"
        summary={summary}
        actions={
          <>
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
        <p role="status" className={styles.status}>
          {imageStatus}
        </p>
      </div>
      {data && allTeams === 0 ? <p className={styles.empty}>This plan has no teams yet. Create teams on the Teams page and they appear here.</p> : null}
      {data && allTeams > 0 && teamCount === 0 ? <p className={styles.empty}>No team is chosen. Use “Choose teams” to put teams on the chart.</p> : null}
      {chart && teamCount > 0 ? <ChartViewport chart={chart} linkSearch={search} label={`Org chart of ${teamCount} teams`} fitKey={`${planId}|${groupBy}|${teamCount}`} /> : null}
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

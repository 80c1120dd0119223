import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { chartDocument, pageMillimetres, parsePrintViewQuery, type ChartDocument, type ChartPrintOptions } from '../../../shared/charts';
import { todayLocal } from '../../../shared/clock';
import { quarterOf } from '../../../shared/model';
import { useChartData } from '../../db';
import { chartContents } from './chartContents';
import { DrawingItems } from './DrawingItems';
import { FONT_FAMILY } from './chartPalette';
import { markPrintFailed, markPrintReady, resetPrintStatus } from './printReadiness';
import './chartPages.css';
import styles from './ChartPrint.module.css';

/**
 * The print view (#/print/chart?…): exactly the pages of the PDF, one sheet per page, each an SVG
 * of the page's drawing, so text stays text (selectable, searchable, sharp at any zoom). The same
 * view is printed by window.print() in a browser, by Playwright's page.pdf() in tests and by the
 * desktop app's hidden window (printToPDF); all three wait for its ready signal (printReadiness).
 */
export function ChartPrintView() {
  const [params] = useSearchParams();
  const parsed = useMemo(() => parsePrintViewQuery((name) => params.get(name)), [params]);
  if (!parsed.success) return <PrintProblem message={`This print link is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`} />;
  return <PrintDocument options={parsed.data} autoPrint={params.get('autoprint') === '1'} />;
}

function PrintProblem({ message }: { message: string }) {
  useEffect(() => markPrintFailed(message), [message]);
  return (
    <main className={styles.problem}>
      <h1>The chart cannot be printed</h1>
      <p role="alert">{message}</p>
      <a href="#/charts">Back to charts</a>
    </main>
  );
}

function PrintDocument({ options, autoPrint }: { options: ChartPrintOptions; autoPrint: boolean }) {
  const today = options.date ?? todayLocal();
  const periodId = options.periodId ?? quarterOf(today).id;
  const data = useChartData(options.planId, periodId, today, { withOkrs: options.preset !== 'onePage', completeHealth: true });
  const chart = useMemo<ChartDocument | null | undefined>(() => {
    if (!data) return undefined;
    if (!data.plan) return null;
    const include = options.teamIds ? new Set(options.teamIds) : null;
    return chartDocument({
      cards: chartContents(data, today, include),
      options,
      planName: data.plan.name,
      planKind: data.plan.kind,
      date: today,
      periodName: data.okrs.period?.name ?? null,
    });
  }, [data, options, today]);

  // Marks for the benchmark: data read, pages drawn, then (printReadiness) fonts loaded and ready.
  useEffect(() => {
    if (data) performance.mark('teamshape:print-data');
  }, [data]);

  useEffect(() => {
    if (!chart) return undefined;
    let cancelled = false;
    performance.mark('teamshape:print-drawn');
    resetPrintStatus();
    void markPrintReady(chart.pages.length, () => !cancelled).then(() => {
      if (!cancelled && autoPrint) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [chart, autoPrint]);

  if (chart === null) return <PrintProblem message="This plan does not exist any more." />;
  if (!chart) return <p className={styles.loading}>Preparing the chart…</p>;
  const size = pageMillimetres(options.paper, options.orientation);
  const sheetClass = `teamshape-sheet-${options.paper}-${options.orientation}`;
  const back = `#/charts?plan=${encodeURIComponent(options.planId)}`;
  return (
    <div className={styles.document}>
      <header className={styles.toolbar} data-print="hide">
        <a href={back} className={styles.back}>
          Back to charts
        </a>
        <p className={styles.summary}>
          {options.title}: {chart.pages.length} {chart.pages.length === 1 ? 'page' : 'pages'}, {options.paper} {options.orientation}
        </p>
        <button type="button" className={styles.print} onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </header>
      <main className={styles.sheets} aria-label="Print preview">
        {chart.pages.map((page) => (
          <section key={page.number} className={`${styles.sheet} ${sheetClass}`} style={{ maxWidth: `${size.width}mm` }} aria-label={`Page ${page.number} of ${chart.pages.length}`}>
            <svg
              xmlns="http://www.w3.org/2000/svg"
              viewBox={`0 0 ${chart.size.width} ${chart.size.height}`}
              width={`${size.width}mm`}
              height={`${size.height}mm`}
              fontFamily={FONT_FAMILY}
              textRendering="geometricPrecision"
            >
              <DrawingItems items={page.items} />
            </svg>
          </section>
        ))}
      </main>
    </div>
  );
}

import type { ChartExportProgress } from '../../shared/bridge';
import type { ChartPdfOutcome } from './chartExport';
import { desktopBridge } from './desktopBridge';

/** The comparison's print view within the app (hash route). */
export function comparisonPrintHash(baselinePlanId: string, candidatePlanIds: readonly string[], autoPrint: boolean): string {
  const query = new URLSearchParams({ base: baselinePlanId, with: candidatePlanIds.join(',') });
  if (autoPrint) query.set('autoprint', '1');
  return `#/print/comparison?${query.toString()}`;
}

/**
 * A PDF of a plan comparison, the way the chart's PDF is made: on the desktop, main prints the
 * print view in a hidden window (printToPDF) and saves it where the user chooses; in a browser,
 * this tab moves to the print view, which opens the browser's print dialog once ready.
 */
export async function exportComparisonPdf(
  baselinePlanId: string,
  candidatePlanIds: readonly string[],
  suggestedName: string,
  onProgress: (progress: ChartExportProgress) => void = () => {},
): Promise<ChartPdfOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    window.location.hash = comparisonPrintHash(baselinePlanId, candidatePlanIds, true);
    return { kind: 'print-dialog' };
  }
  const unsubscribe = bridge.onChartExportProgress(onProgress);
  try {
    const reply = await bridge.comparisonExportPdf({ baselinePlanId, candidatePlanIds: [...candidatePlanIds], suggestedName });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value === null ? { kind: 'cancelled' } : { kind: 'saved', where: reply.value };
  } finally {
    unsubscribe();
  }
}

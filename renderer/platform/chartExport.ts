import { printViewQuery, type ChartPrintOptions } from '../../shared/charts';
import type { ChartExportProgress } from '../../shared/bridge';
import { desktopBridge } from './desktopBridge';

export type { ChartExportProgress };

/** What became of a PDF export. */
export type ChartPdfOutcome =
  | { kind: 'saved'; where: string }
  | { kind: 'cancelled' }
  /** Browser mode: the print view opened and will show the browser's print dialog. */
  | { kind: 'print-dialog' };

/** The print view's address within the app (hash route), e.g. for the browser's print dialog. */
export function printViewHash(options: ChartPrintOptions, autoPrint: boolean): string {
  return `#/print/chart?${printViewQuery(options)}${autoPrint ? '&autoprint=1' : ''}`;
}

/**
 * A PDF of the chart. Desktop: main renders the print view in a hidden window, prints it with
 * printToPDF and saves it where the user chooses in the native dialog, reporting progress.
 * Browser: this tab moves to the print view, which opens the browser's print dialog once its
 * pages and fonts are ready ("Save as PDF" gives the same pages); its "Back to charts" link
 * returns. Navigating this tab, rather than opening a pop-up or a hidden frame, is never blocked
 * by pop-up blockers and shows the user the pages they are printing.
 */
export async function exportChartPdf(
  options: ChartPrintOptions,
  suggestedName: string,
  onProgress: (progress: ChartExportProgress) => void = () => {},
): Promise<ChartPdfOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    window.location.hash = printViewHash(options, true);
    return { kind: 'print-dialog' };
  }
  const unsubscribe = bridge.onChartExportProgress(onProgress);
  try {
    const reply = await bridge.chartExportPdf({ options, suggestedName });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value === null ? { kind: 'cancelled' } : { kind: 'saved', where: reply.value };
  } finally {
    unsubscribe();
  }
}

/** Stops the desktop app's running PDF export (its exportChartPdf then resolves as cancelled); false when none was running. */
export async function cancelChartPdfExport(): Promise<boolean> {
  const bridge = desktopBridge();
  if (!bridge) return false;
  const reply = await bridge.chartCancelExport();
  return reply.ok && reply.value;
}

import type { ChartExportProgress } from '../../shared/bridge';
import type { ChartPdfOutcome } from './chartExport';
import { desktopBridge } from './desktopBridge';

/**
 * The collaboration map as a PDF, the way the chart's PDF is made: on the desktop, main prints the
 * map's print view (`printSearch`, without "?") in a hidden window and saves it where the user
 * chooses; in a browser, this tab moves to the print view, which opens the print dialog once drawn.
 */
export async function exportMapPdf(
  printSearch: string,
  suggestedName: string,
  onProgress: (progress: ChartExportProgress) => void = () => {},
): Promise<ChartPdfOutcome> {
  const query = printSearch.replace(/^\?/, '');
  const bridge = desktopBridge();
  if (!bridge) {
    window.location.hash = `#/print/collaboration-map?${query}${query ? '&' : ''}autoprint=1`;
    return { kind: 'print-dialog' };
  }
  const unsubscribe = bridge.onChartExportProgress(onProgress);
  try {
    const reply = await bridge.mapExportPdf({ query, suggestedName });
    if (!reply.ok) throw new Error(reply.error);
    return reply.value === null ? { kind: 'cancelled' } : { kind: 'saved', where: reply.value };
  } finally {
    unsubscribe();
  }
}

import type { ChartExportProgress } from '../../shared/bridge';
import { desktopBridge } from './desktopBridge';
import type { ChartPdfOutcome } from './chartExport';

/** The Team API print view's address within the app (hash route). */
export function teamApiPrintHash(planId: string, teamId: string, date: string, autoPrint: boolean): string {
  const params = new URLSearchParams({ plan: planId, team: teamId, date });
  if (autoPrint) params.set('autoprint', '1');
  return `#/print/team-api?${params.toString()}`;
}

/**
 * A PDF of a team's Team API page, by the chart's path: on the desktop main prints the print view
 * in a hidden window (printToPDF) and saves it where the user chooses; in a browser this tab moves
 * to the print view, which opens the print dialog ("Save as PDF") once it is drawn.
 */
export async function exportTeamApiPdf(
  request: { planId: string; teamId: string; date: string; suggestedName: string },
  onProgress: (progress: ChartExportProgress) => void = () => {},
): Promise<ChartPdfOutcome> {
  const bridge = desktopBridge();
  if (!bridge) {
    window.location.hash = teamApiPrintHash(request.planId, request.teamId, request.date, true);
    return { kind: 'print-dialog' };
  }
  const unsubscribe = bridge.onChartExportProgress(onProgress);
  try {
    const reply = await bridge.teamExportApiPdf(request);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value === null ? { kind: 'cancelled' } : { kind: 'saved', where: reply.value };
  } finally {
    unsubscribe();
  }
}

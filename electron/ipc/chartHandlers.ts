import type { FileFilter, IpcMainInvokeEvent, WebContents } from 'electron';
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ChartExportProgress } from '../../shared/bridge';
import { printViewQuery } from '../../shared/charts/chartOptions';
import { PdfExportCancelled, PdfExportError, renderChartPdf, type ExportWindow } from '../pdf';
import type { FileHandlerDeps } from './fileHandlers';
import { BridgeFailure, type BridgeHandlers } from './registerBridge';

/** What the chart handlers need beyond the file handlers' dialog, parent window and folder. */
export interface ChartHandlerDeps {
  /** A hidden, locked-down window for printing (electron/window.ts createExportWindow). */
  createExportWindow: () => ExportWindow;
  /** The print view's full address for a query string. */
  printViewUrl: (query: string) => string;
  /** The plan comparison's print view's full address for a query string (#/print/comparison?…). */
  comparisonViewUrl?: (query: string) => string;
  /** The Team API print view's full address for a query string; by default beside the chart's print view. */
  teamApiViewUrl?: (query: string) => string;
  /** The collaboration map's print view's full address for a query string (#/print/collaboration-map?…). */
  mapViewUrl?: (query: string) => string;
  /** Limit for one PDF export; see renderChartPdf. */
  pdfTimeoutMs?: number;
  pdfPollMs?: number;
}

type ChartHandlers = Pick<BridgeHandlers, 'file:saveBinary' | 'chart:exportPdf' | 'chart:cancelExport' | 'comparison:exportPdf' | 'team:exportApiPdf' | 'map:exportPdf'>;

/** Write beside the target, then rename: a failed save never leaves half a file behind. */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new BridgeFailure(`Teamshape could not save ${basename(path)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

/** Progress to the page that asked, while it is still there (it may close mid-export). */
function progressTo(sender: WebContents) {
  return (progress: ChartExportProgress) => {
    if (!sender.isDestroyed()) sender.send('chart:exportProgress', progress);
  };
}

export function createChartHandlers(deps: ChartHandlerDeps & FileHandlerDeps): ChartHandlers {
  /** The running export of each window (by its web contents), so that window can cancel it. */
  const running = new Map<number, AbortController>();

  const askWhere = async (event: IpcMainInvokeEvent, suggestedName: string, filters: FileFilter[]) => {
    const options = {
      defaultPath: join(deps.defaultDirectory(), suggestedName),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
    };
    const parent = deps.windowFor(event.sender);
    const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };

  return {
    'file:saveBinary': async ({ suggestedName, base64, filters }, event) => {
      const path = await askWhere(event, suggestedName, filters as FileFilter[]);
      if (path === null) return null;
      await writeFileAtomically(path, Buffer.from(base64, 'base64'));
      return path;
    },
    /**
     * Where first (a cancelled dialog costs nothing and opens no window), then the hidden window
     * prints the print view, then the file is written. Progress goes to the asking page.
     */
    'chart:exportPdf': async ({ options, suggestedName }, event) => {
      const path = await askWhere(event, withExtension(suggestedName, 'pdf'), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (path === null) return null;
      const report = progressTo(event.sender);
      const controller = new AbortController();
      running.get(event.sender.id)?.abort();
      running.set(event.sender.id, controller);
      try {
        const { pdf, pages } = await renderChartPdf(printViewQuery(options), options, {
          signal: controller.signal,
          createWindow: deps.createExportWindow,
          printViewUrl: deps.printViewUrl,
          ...(deps.pdfTimeoutMs === undefined ? {} : { timeoutMs: deps.pdfTimeoutMs }),
          ...(deps.pdfPollMs === undefined ? {} : { pollMs: deps.pdfPollMs }),
          onStage: (stage, detail) =>
            report(stage === 'rendering' ? { stage, message: 'Drawing the chart…' } : { stage, message: `Printing ${detail.pages ?? ''} pages to PDF…`.replace('  ', ' ') }),
        });
        report({ stage: 'saving', message: `Saving ${pages} ${pages === 1 ? 'page' : 'pages'} to ${basename(path)}…` });
        await writeFileAtomically(path, pdf);
        report({ stage: 'done', message: `Saved ${basename(path)}.` });
        return path;
      } catch (error) {
        if (error instanceof PdfExportCancelled) return null;
        if (error instanceof PdfExportError) throw new BridgeFailure(error.message);
        throw error;
      } finally {
        if (running.get(event.sender.id) === controller) running.delete(event.sender.id);
      }
    },
    /** The same path for the plan comparison: where, then the hidden window prints its print view (A4; chart sheets size themselves). */
    'comparison:exportPdf': async ({ baselinePlanId, candidatePlanIds, suggestedName }, event) => {
      const comparisonViewUrl = deps.comparisonViewUrl;
      if (!comparisonViewUrl) throw new BridgeFailure('This version of Teamshape cannot print comparisons from the desktop window: use the print view’s “Print or save as PDF”.');
      const path = await askWhere(event, withExtension(suggestedName, 'pdf'), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (path === null) return null;
      const report = progressTo(event.sender);
      const controller = new AbortController();
      running.get(event.sender.id)?.abort();
      running.set(event.sender.id, controller);
      const query = new URLSearchParams({ base: baselinePlanId, with: candidatePlanIds.join(',') }).toString();
      try {
        const { pdf } = await renderChartPdf(query, { paper: 'A4', orientation: 'portrait' }, {
          signal: controller.signal,
          createWindow: deps.createExportWindow,
          printViewUrl: comparisonViewUrl,
          subject: 'comparison',
          ...(deps.pdfTimeoutMs === undefined ? {} : { timeoutMs: deps.pdfTimeoutMs }),
          ...(deps.pdfPollMs === undefined ? {} : { pollMs: deps.pdfPollMs }),
          onStage: (stage) => report(stage === 'rendering' ? { stage, message: 'Drawing the comparison and its charts…' } : { stage, message: 'Printing the comparison to PDF…' }),
        });
        report({ stage: 'saving', message: `Saving the comparison to ${basename(path)}…` });
        await writeFileAtomically(path, pdf);
        report({ stage: 'done', message: `Saved ${basename(path)}.` });
        return path;
      } catch (error) {
        if (error instanceof PdfExportCancelled) return null;
        if (error instanceof PdfExportError) throw new BridgeFailure(error.message);
        throw error;
      } finally {
        if (running.get(event.sender.id) === controller) running.delete(event.sender.id);
      }
    },
    /** A team's Team API: one A4 portrait page from its print view, the same hidden-window path as the chart. */
    'team:exportApiPdf': async ({ planId, teamId, date, suggestedName }, event) => {
      const path = await askWhere(event, withExtension(suggestedName, 'pdf'), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (path === null) return null;
      const report = progressTo(event.sender);
      const controller = new AbortController();
      running.get(event.sender.id)?.abort();
      running.set(event.sender.id, controller);
      const query = new URLSearchParams({ plan: planId, team: teamId, date }).toString();
      try {
        const { pdf } = await renderChartPdf(query, { paper: 'A4', orientation: 'portrait' }, {
          signal: controller.signal,
          createWindow: deps.createExportWindow,
          printViewUrl: deps.teamApiViewUrl ?? ((q) => deps.printViewUrl('').replace(/#\/print\/chart\?$/, `#/print/team-api?${q}`)),
          subject: 'Team API page',
          ...(deps.pdfTimeoutMs === undefined ? {} : { timeoutMs: deps.pdfTimeoutMs }),
          ...(deps.pdfPollMs === undefined ? {} : { pollMs: deps.pdfPollMs }),
          onStage: (stage) => report(stage === 'rendering' ? { stage, message: 'Drawing the Team API page…' } : { stage, message: 'Printing the page to PDF…' }),
        });
        report({ stage: 'saving', message: `Saving to ${basename(path)}…` });
        await writeFileAtomically(path, pdf);
        report({ stage: 'done', message: `Saved ${basename(path)}.` });
        return path;
      } catch (error) {
        if (error instanceof PdfExportCancelled) return null;
        if (error instanceof PdfExportError) throw new BridgeFailure(error.message);
        throw error;
      } finally {
        if (running.get(event.sender.id) === controller) running.delete(event.sender.id);
      }
    },
    /** The collaboration map: one A3 landscape document (the map, then its silos and links) from its print view. */
    'map:exportPdf': async ({ query, suggestedName }, event) => {
      const mapViewUrl = deps.mapViewUrl;
      if (!mapViewUrl) throw new BridgeFailure('This version of Teamshape cannot print the map from the desktop window: use the print view’s “Print or save as PDF”.');
      const path = await askWhere(event, withExtension(suggestedName, 'pdf'), [{ name: 'PDF document', extensions: ['pdf'] }]);
      if (path === null) return null;
      const report = progressTo(event.sender);
      const controller = new AbortController();
      running.get(event.sender.id)?.abort();
      running.set(event.sender.id, controller);
      try {
        const { pdf } = await renderChartPdf(query, { paper: 'A3', orientation: 'landscape' }, {
          signal: controller.signal,
          createWindow: deps.createExportWindow,
          printViewUrl: mapViewUrl,
          subject: 'collaboration map',
          ...(deps.pdfTimeoutMs === undefined ? {} : { timeoutMs: deps.pdfTimeoutMs }),
          ...(deps.pdfPollMs === undefined ? {} : { pollMs: deps.pdfPollMs }),
          onStage: (stage) => report(stage === 'rendering' ? { stage, message: 'Laying out the collaboration map…' } : { stage, message: 'Printing the map to PDF…' }),
        });
        report({ stage: 'saving', message: `Saving the map to ${basename(path)}…` });
        await writeFileAtomically(path, pdf);
        report({ stage: 'done', message: `Saved ${basename(path)}.` });
        return path;
      } catch (error) {
        if (error instanceof PdfExportCancelled) return null;
        if (error instanceof PdfExportError) throw new BridgeFailure(error.message);
        throw error;
      } finally {
        if (running.get(event.sender.id) === controller) running.delete(event.sender.id);
      }
    },
    'chart:cancelExport': (_request, event) => {
      const controller = running.get(event.sender.id);
      if (!controller) return false;
      controller.abort();
      running.delete(event.sender.id);
      return true;
    },
  };
}

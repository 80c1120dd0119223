/**
 * PDF from a hidden window (the Joplin pattern): load the chart's print view in a window that is
 * never shown and has no preload, wait for the view's own ready signal (its data drawn and its
 * fonts loaded; never a fixed delay), print with printToPDF, and destroy the window on every
 * path: success, error and timeout. Nothing is written to disk here; no temporary files.
 */
import type { PrintToPDFOptions } from 'electron';
import type { ChartPrintOptions } from '../shared/charts/chartOptions';

/** The parts of a BrowserWindow the export uses (structural, so tests pass a fake). */
export interface ExportWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
}

export type ExportStage = 'rendering' | 'printing';

export interface RenderPdfDeps {
  /** A new hidden, locked-down window (electron/window.ts createExportWindow). */
  createWindow: () => ExportWindow;
  /** The print view's full address for `query` (app://teamshape/index.html#/print/chart?…). */
  printViewUrl: (query: string) => string;
  /** The whole export (load, render, print) must finish within this; default DEFAULT_PDF_TIMEOUT_MS. */
  timeoutMs?: number;
  /** How often the print view's ready signal is read. */
  pollMs?: number;
  onStage?: (stage: ExportStage, detail: { pages?: number }) => void;
  /** What is printed, for messages: the chart (default) or the comparison. */
  subject?: 'chart' | 'comparison' | 'Team API page' | 'collaboration map';
  /** Aborting stops the export (the person cancelled it): the hidden window is destroyed and a PdfExportCancelled is thrown. */
  signal?: AbortSignal;
}

export const DEFAULT_PDF_TIMEOUT_MS = 90_000;
const DEFAULT_POLL_MS = 100;

/** Why an export failed, in words for the person who asked for it. */
export class PdfExportError extends Error {
  override readonly name = 'PdfExportError';
}

/** The person cancelled the export; nothing was saved. */
export class PdfExportCancelled extends PdfExportError {
  constructor() {
    super('The PDF export was cancelled; nothing was saved.');
  }
}

/** Reads the print view's ready signal (see renderer/features/charts/printReadiness.ts). */
const READ_STATUS = `(() => { const d = document.documentElement.dataset; return { status: d.printStatus || 'loading', pages: Number(d.printPages || 0), error: d.printError || '' }; })()`;

interface PrintStatus {
  status: string;
  pages: number;
  error: string;
}

function isPrintStatus(value: unknown): value is PrintStatus {
  const v = value as PrintStatus | null;
  return typeof v === 'object' && v !== null && typeof v.status === 'string' && typeof v.pages === 'number' && typeof v.error === 'string';
}

/** What printToPDF gets: the view sets each page's size in CSS (@page), which wins; these match it. */
export function printToPdfOptions(options: Pick<ChartPrintOptions, 'paper' | 'orientation'>): PrintToPDFOptions {
  return {
    pageSize: options.paper,
    landscape: options.orientation === 'landscape',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Prints the chart described by `options` (its print view's `query`) to PDF bytes. Throws a
 * PdfExportError with a clear message when the view reports a problem or the time runs out; the
 * hidden window is gone when this returns or throws.
 */
export async function renderChartPdf(query: string, options: Pick<ChartPrintOptions, 'paper' | 'orientation'>, deps: RenderPdfDeps): Promise<{ pdf: Uint8Array; pages: number }> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const pollMs = deps.pollMs ?? DEFAULT_POLL_MS;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hidden = deps.createWindow();
  const subject = deps.subject ?? 'chart';

  const work = async () => {
    deps.onStage?.('rendering', {});
    await hidden.loadURL(deps.printViewUrl(query));
    let pages = 0;
    for (;;) {
      if (finished) throw new PdfExportError('The PDF export was stopped.');
      const read = await hidden.webContents.executeJavaScript(READ_STATUS);
      if (isPrintStatus(read) && read.status === 'ready') {
        pages = read.pages;
        break;
      }
      if (isPrintStatus(read) && read.status === 'error') throw new PdfExportError(`The ${subject} could not be printed: ${read.error || 'the print view reported a problem'}`);
      await sleep(pollMs);
    }
    deps.onStage?.('printing', { pages });
    const pdf = await hidden.webContents.printToPDF(printToPdfOptions(options));
    return { pdf, pages };
  };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      reject(new PdfExportError(`The PDF export did not finish within ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and was stopped; nothing was saved. Try again with fewer teams or without one page per team.`));
    }, timeoutMs);
  });
  const cancelled = new Promise<never>((_, reject) => {
    if (deps.signal?.aborted) reject(new PdfExportCancelled());
    deps.signal?.addEventListener('abort', () => reject(new PdfExportCancelled()), { once: true });
  });
  try {
    return await Promise.race([work(), timeout, cancelled]);
  } catch (error) {
    if (error instanceof PdfExportError) throw error;
    throw new PdfExportError(`The ${subject} could not be printed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    finished = true;
    clearTimeout(timer);
    if (!hidden.isDestroyed()) hidden.destroy();
  }
}

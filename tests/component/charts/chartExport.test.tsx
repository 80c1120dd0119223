import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPdfDialog, pdfFileName } from '../../../renderer/features/charts/ExportPdfDialog';
import { exportChartPdf, printViewHash } from '../../../renderer/platform/chartExport';
import { saveFile } from '../../../renderer/platform/files';
import { ChartPrintOptions } from '../../../shared/charts';
import type { ChartExportProgress } from '../../../shared/bridge';

function installBridge(bridge: Record<string, unknown>): void {
  (window as unknown as Record<string, unknown>).teamshape = bridge;
}
afterEach(() => {
  delete (window as unknown as Record<string, unknown>).teamshape;
  vi.restoreAllMocks();
  window.location.hash = '';
});

const options = ChartPrintOptions.parse({ planId: 'plan:live', paper: 'A3', orientation: 'portrait', teamPages: true, title: 'Board pack' });

/** A desktop bridge whose export reports each stage, then answers with `outcome`. */
function desktopExport(outcome: string | null) {
  let listener: ((progress: ChartExportProgress) => void) | undefined;
  const unsubscribe = vi.fn();
  const chartExportPdf = vi.fn(async () => {
    for (const stage of ['rendering', 'printing', 'saving'] as const) listener?.({ stage, message: `Stage ${stage}` });
    return { ok: true, value: outcome };
  });
  installBridge({
    chartExportPdf,
    onChartExportProgress: (l: (progress: ChartExportProgress) => void) => {
      listener = l;
      return unsubscribe;
    },
  });
  return { chartExportPdf, unsubscribe };
}

describe('exportChartPdf', () => {
  it('on desktop asks main (hidden window, printToPDF, native dialog), passing progress on', async () => {
    const { chartExportPdf, unsubscribe } = desktopExport('/Users/ana/Board pack.pdf');
    const seen: string[] = [];
    await expect(exportChartPdf(options, 'Board pack.pdf', (p) => seen.push(p.stage))).resolves.toEqual({ kind: 'saved', where: '/Users/ana/Board pack.pdf' });
    expect(chartExportPdf).toHaveBeenCalledWith({ options, suggestedName: 'Board pack.pdf' });
    expect(seen).toEqual(['rendering', 'printing', 'saving']);
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('on desktop reports a cancelled dialog, and a failure in words', async () => {
    desktopExport(null);
    await expect(exportChartPdf(options, 'x.pdf')).resolves.toEqual({ kind: 'cancelled' });
    installBridge({ chartExportPdf: async () => ({ ok: false, error: 'The PDF export did not finish within 90 seconds' }), onChartExportProgress: () => () => {} });
    await expect(exportChartPdf(options, 'x.pdf')).rejects.toThrow('The PDF export did not finish within 90 seconds');
  });

  it('in a browser moves to the print view, which opens the print dialog itself', async () => {
    await expect(exportChartPdf(options, 'x.pdf')).resolves.toEqual({ kind: 'print-dialog' });
    expect(window.location.hash).toBe(printViewHash(options, true));
    expect(window.location.hash).toMatch(/^#\/print\/chart\?plan=plan%3Alive&preset=deck&paper=A3&orientation=portrait&overview=1&teams=1&title=Board%20pack&group=none&autoprint=1$/);
  });
});

describe('saving a chart image (saveFile)', () => {
  it('sends the bytes to main as base64 on desktop', async () => {
    const fileSaveBinary = vi.fn(async () => ({ ok: true, value: '/Users/ana/chart.png' }));
    installBridge({ fileSaveBinary });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await expect(saveFile('chart.png', async () => new Blob([bytes]), [])).resolves.toEqual({ outcome: 'saved', where: '/Users/ana/chart.png' });
    expect(fileSaveBinary).toHaveBeenCalledWith({ suggestedName: 'chart.png', base64: btoa(String.fromCharCode(...bytes)), filters: [] });
  });
});

describe('the Export PDF dialog', () => {
  const props = {
    open: true, onOpenChange: () => {}, planId: 'plan:live', planName: 'Live organisation', groupBy: 'champion' as const,
    teamIds: null, teamCount: 12, periodId: 'period:2026-Q4', today: '2026-11-16',
  };

  it('exports with the chosen paper, orientation, pages and title, and shows progress and where it was saved', async () => {
    const { chartExportPdf } = desktopExport('/Users/ana/Board pack - Live organisation - 2026-11-16.pdf');
    const user = userEvent.setup();
    render(<ExportPdfDialog {...props} />);
    await user.selectOptions(screen.getByLabelText('Paper'), 'Letter');
    await user.selectOptions(screen.getByLabelText('Orientation'), 'portrait');
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Board pack');
    await user.click(screen.getByRole('checkbox', { name: /Organisation chart/ }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved the PDF to /Users/ana/Board pack - Live organisation - 2026-11-16.pdf.'));
    expect(chartExportPdf).toHaveBeenCalledWith({
      options: {
        planId: 'plan:live', preset: 'deck', paper: 'Letter', orientation: 'portrait', overview: false, teamPages: true, title: 'Board pack',
        groupBy: 'champion', teamIds: null, periodId: 'period:2026-Q4', date: '2026-11-16',
      },
      suggestedName: 'Board pack - Live organisation - 2026-11-16.pdf',
    });
  });

  it('refuses to export nothing: neither overview nor team pages', async () => {
    const { chartExportPdf } = desktopExport(null);
    const user = userEvent.setup();
    render(<ExportPdfDialog {...props} />);
    await user.click(screen.getByRole('checkbox', { name: /Organisation chart/ }));
    await user.click(screen.getByRole('checkbox', { name: /One page per team/ }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(screen.getByRole('alert')).toHaveTextContent('choose the organisation chart, one page per team, or both');
    expect(chartExportPdf).not.toHaveBeenCalled();
  });

  it('exports the one-page overview on A3 without asking which pages', async () => {
    const { chartExportPdf } = desktopExport('/Users/ana/one.pdf');
    const user = userEvent.setup();
    render(<ExportPdfDialog {...props} />);
    await user.selectOptions(screen.getByLabelText('Kind of PDF'), 'onePage');
    expect(screen.queryByRole('checkbox', { name: /Organisation chart/ })).toBeNull();
    expect(screen.getByLabelText('Paper')).toHaveValue('A3');
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved the PDF to /Users/ana/one.pdf.'));
    expect((chartExportPdf.mock.calls as unknown as [{ options: unknown }][])[0]![0].options).toMatchObject({ preset: 'onePage', paper: 'A3' });
  });

  it('cancels a running export on the desktop: nothing saved, and says so', async () => {
    let finish!: (value: unknown) => void;
    const chartCancelExport = vi.fn(async () => {
      finish({ ok: true, value: null });
      return { ok: true, value: true };
    });
    installBridge({ chartExportPdf: () => new Promise((resolve) => (finish = resolve)), chartCancelExport, onChartExportProgress: () => () => {} });
    const user = userEvent.setup();
    render(<ExportPdfDialog {...props} />);
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }));
    expect(chartCancelExport).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Export cancelled: nothing was saved.'));
    expect(screen.getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('says plainly when the export failed', async () => {
    installBridge({ chartExportPdf: async () => ({ ok: false, error: 'The chart could not be printed: This plan does not exist any more.' }), onChartExportProgress: () => () => {} });
    const user = userEvent.setup();
    render(<ExportPdfDialog {...props} />);
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The chart could not be printed: This plan does not exist any more.'));
  });
});

describe('pdfFileName', () => {
  it('is title, plan and date, without characters a file name cannot hold', () => {
    expect(pdfFileName('Q4: teams / people?', 'Live organisation', '2026-11-16')).toBe('Q4 teams people - Live organisation - 2026-11-16.pdf');
  });
});

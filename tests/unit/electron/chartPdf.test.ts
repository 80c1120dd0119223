import type { IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChartHandlers } from '../../../electron/ipc/chartHandlers';
import { BridgeFailure, registerChannel } from '../../../electron/ipc/registerBridge';
import { printToPdfOptions } from '../../../electron/pdf';
import { createExportWindow } from '../../../electron/window';
import { ChartPrintOptions } from '../../../shared/charts';
import { fakeElectron, fakeFrame, FakeBrowserWindow, type FakeWebContents } from '../../fakes/electron';
import { expectHardened } from './expectHardened';

let folder: string;
let mainWindow: FakeBrowserWindow;
let event: IpcMainInvokeEvent;

const handlers = (overrides: { pdfTimeoutMs?: number } = {}) =>
  createChartHandlers({
    dialog,
    windowFor: (sender) => BrowserWindow.fromWebContents(sender),
    defaultDirectory: () => '/home/ana/Documents',
    createExportWindow: () => createExportWindow(BrowserWindow),
    printViewUrl: (query) => `app://teamshape/index.html#/print/chart?${query}`,
    mapViewUrl: (query) => `app://teamshape/index.html#/print/collaboration-map?${query}`,
    pdfTimeoutMs: overrides.pdfTimeoutMs ?? 2_000,
    pdfPollMs: 1,
  });

const options = ChartPrintOptions.parse({ planId: 'plan:live', paper: 'Letter', orientation: 'portrait', overview: true, teamPages: true, title: 'Board pack' });
const request = { options, suggestedName: 'Board pack - Live organisation - 2026-11-16.pdf' };

/** The print view's answers to main's polling: loading a few times, then ready with `pages`. */
function printViewBecomesReady(afterPolls = 2, pages = 14): void {
  let polls = 0;
  fakeElectron.state.pageScript = async () => {
    polls += 1;
    return polls > afterPolls ? { status: 'ready', pages, error: '' } : { status: 'loading', pages: 0, error: '' };
  };
}

/** Windows made for the export: every window but the main one. */
const exportWindows = () => fakeElectron.state.windows.filter((w) => w !== mainWindow);
const progress = () => mainWindow.webContents.sent.filter((m) => m.channel === 'chart:exportProgress').map((m) => (m.args[0] as { stage: string }).stage);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-pdf-'));
  mainWindow = new FakeBrowserWindow();
  event = { sender: mainWindow.webContents } as unknown as IpcMainInvokeEvent;
});

afterEach(async () => {
  fakeElectron.reset();
  await rm(folder, { recursive: true, force: true });
});

describe('chart:exportPdf', () => {
  it('asks where to save first, as a PDF, attached to the asking window', async () => {
    await handlers()['chart:exportPdf']({ ...request, suggestedName: 'Board pack' }, event);
    const [call] = fakeElectron.state.dialogCalls;
    expect(call).toMatchObject({ kind: 'save', window: mainWindow });
    expect(call?.options).toMatchObject({ defaultPath: '/home/ana/Documents/Board pack.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
  });

  it('does nothing more when the save dialog is cancelled: no window, no file, null', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: true });
    await expect(handlers()['chart:exportPdf'](request, event)).resolves.toBeNull();
    expect(exportWindows()).toHaveLength(0);
    expect(await readdir(folder)).toEqual([]);
  });

  it('renders the print view in a hidden, locked-down window without a preload', async () => {
    const target = join(folder, 'chart.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    printViewBecomesReady();
    await handlers()['chart:exportPdf'](request, event);
    const [hidden] = exportWindows();
    expect(hidden!.options).toMatchObject({ show: false });
    expect(hidden!.visible).toBe(false);
    expect(hidden!.options.webPreferences.preload).toBeUndefined();
    expectHardened(hidden!);
  });

  it('loads the print view for exactly the options asked for', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady();
    await handlers()['chart:exportPdf'](request, event);
    const url = new URL(exportWindows()[0]!.loadedUrls[0]!);
    expect(url.origin === 'null' ? `${url.protocol}//${url.host}` : url.origin).toBe('app://teamshape');
    const query = new URLSearchParams(url.hash.replace(/^#\/print\/chart\?/, ''));
    expect(Object.fromEntries(query)).toEqual({ plan: 'plan:live', preset: 'deck', paper: 'Letter', orientation: 'portrait', overview: '1', teams: '1', title: 'Board pack', group: 'none' });
  });

  it('waits for the print view’s ready signal (never a fixed delay) before printing', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady(3);
    let scriptsWhenPrinted = -1;
    fakeElectron.state.printToPdf = async (_options, contents: FakeWebContents) => {
      scriptsWhenPrinted = contents.executedScripts.length;
      return Buffer.from('%PDF-1.7');
    };
    await handlers()['chart:exportPdf'](request, event);
    expect(scriptsWhenPrinted).toBe(4);
    expect(exportWindows()[0]!.webContents.executedScripts[0]).toContain('printStatus');
  });

  it('prints with the paper, orientation, backgrounds and CSS page size, then writes the PDF where chosen', async () => {
    const target = join(folder, 'chart.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    printViewBecomesReady();
    await expect(handlers()['chart:exportPdf'](request, event)).resolves.toBe(target);
    expect(exportWindows()[0]!.webContents.printToPdfCalls).toEqual([
      { pageSize: 'Letter', landscape: false, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(await readdir(folder)).toEqual(['chart.pdf']);
  });

  it('maps landscape A3 to printToPDF options', () => {
    expect(printToPdfOptions({ paper: 'A3', orientation: 'landscape' })).toMatchObject({ pageSize: 'A3', landscape: true });
  });

  it('reports its progress to the asking page, stage by stage', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady(1, 27);
    await handlers()['chart:exportPdf'](request, event);
    expect(progress()).toEqual(['rendering', 'printing', 'saving', 'done']);
    const messages = mainWindow.webContents.sent.map((m) => (m.args[0] as { message: string }).message);
    expect(messages).toEqual(['Drawing the chart…', 'Printing 27 pages to PDF…', 'Saving 27 pages to chart.pdf…', 'Saved chart.pdf.']);
  });

  it('destroys the hidden window after a successful export', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady();
    await handlers()['chart:exportPdf'](request, event);
    expect(exportWindows().every((w) => w.isDestroyed())).toBe(true);
    expect(FakeBrowserWindow.getAllWindows()).toEqual([mainWindow]);
  });

  it('stops a print view that never gets ready with a clear message, and leaves no window or file behind', async () => {
    const target = join(folder, 'chart.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    fakeElectron.state.pageScript = async () => ({ status: 'loading', pages: 0, error: '' });
    const failure = handlers({ pdfTimeoutMs: 50 })['chart:exportPdf'](request, event);
    await expect(failure).rejects.toBeInstanceOf(BridgeFailure);
    await expect(failure).rejects.toThrow('The PDF export did not finish within 1 second and was stopped; nothing was saved.');
    expect(FakeBrowserWindow.getAllWindows()).toEqual([mainWindow]);
    expect(await readdir(folder)).toEqual([]);
    const polls = exportWindows()[0]!.webContents.executedScripts.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(exportWindows()[0]!.webContents.executedScripts.length).toBe(polls);
  });

  it('stops when the person cancels: no window, no file, null, and a second cancel finds nothing to stop', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady(0);
    fakeElectron.state.printToPdf = () => new Promise(() => {});
    const chart = handlers({ pdfTimeoutMs: 5_000 });
    const exported = chart['chart:exportPdf'](request, event);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await chart['chart:cancelExport'](undefined, event)).toBe(true);
    await expect(exported).resolves.toBeNull();
    expect(exportWindows().every((w) => w.isDestroyed())).toBe(true);
    expect(await readdir(folder)).toEqual([]);
    expect(await chart['chart:cancelExport'](undefined, event)).toBe(false);
  });

  it('times out a printToPDF that hangs, destroying the window', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady(0);
    fakeElectron.state.printToPdf = () => new Promise(() => {});
    await expect(handlers({ pdfTimeoutMs: 60 })['chart:exportPdf'](request, event)).rejects.toThrow(/did not finish within/);
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });

  it('passes on the print view’s own problem (a plan that is gone) and destroys the window', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    fakeElectron.state.pageScript = async () => ({ status: 'error', pages: 0, error: 'This plan does not exist any more.' });
    await expect(handlers()['chart:exportPdf'](request, event)).rejects.toThrow('The chart could not be printed: This plan does not exist any more.');
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
  });

  it('destroys the window when printing fails', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    printViewBecomesReady(0);
    fakeElectron.state.printToPdf = () => Promise.reject(new Error('Printing failed'));
    await expect(handlers()['chart:exportPdf'](request, event)).rejects.toThrow('The chart could not be printed: Printing failed');
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
  });

  it('destroys the window when the print view cannot be loaded', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    const original = FakeBrowserWindow.prototype.loadURL;
    FakeBrowserWindow.prototype.loadURL = () => Promise.reject(new Error('ERR_FAILED (-2) loading app://teamshape'));
    try {
      await expect(handlers()['chart:exportPdf'](request, event)).rejects.toThrow(/could not be printed: ERR_FAILED/);
    } finally {
      FakeBrowserWindow.prototype.loadURL = original;
    }
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
  });

  it('destroys the window and leaves no partial file when the PDF cannot be written', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'missing-folder', 'chart.pdf') });
    printViewBecomesReady(0);
    await expect(handlers()['chart:exportPdf'](request, event)).rejects.toThrow(/could not save chart.pdf/);
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps going when the asking window closes mid-export, without sending it progress', async () => {
    const target = join(folder, 'chart.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    printViewBecomesReady(1);
    mainWindow.webContents.destroyed = true;
    await expect(handlers()['chart:exportPdf'](request, event)).resolves.toBe(target);
    expect(mainWindow.webContents.sent).toEqual([]);
  });
});

describe('chart:exportPdf through the bridge', () => {
  const policy = { trustedOrigins: ['app://teamshape'], isOwnWindow: () => true, logError: () => {} };

  it('refuses invalid options before asking anything or opening a window', async () => {
    registerChannel(ipcMain, 'chart:exportPdf', handlers()['chart:exportPdf'], policy);
    const reply = await fakeElectron.invokeMain('chart:exportPdf', fakeFrame('app://teamshape/index.html'), { ...request, options: { ...options, paper: 'B5' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('paper must be A4, Letter or A3') });
    expect(fakeElectron.state.dialogCalls).toEqual([]);
    expect(exportWindows()).toHaveLength(0);
  });

  it('replies with the failure’s words when the export times out', async () => {
    registerChannel(ipcMain, 'chart:exportPdf', createChartHandlers({
      dialog, windowFor: () => null, defaultDirectory: () => folder,
      createExportWindow: () => createExportWindow(BrowserWindow), printViewUrl: (q) => `app://teamshape/index.html#/print/chart?${q}`,
      pdfTimeoutMs: 20, pdfPollMs: 1,
    })['chart:exportPdf'], policy);
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'chart.pdf') });
    const reply = await fakeElectron.invokeMain('chart:exportPdf', fakeFrame('app://teamshape/index.html'), request);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^The PDF export did not finish within/) });
    expect(FakeBrowserWindow.getAllWindows()).toEqual([mainWindow]);
  });
});

describe('file:saveBinary', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);

  it('writes the decoded bytes where the user chose and returns the path', async () => {
    const target = join(folder, 'chart.png');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    await expect(handlers()['file:saveBinary']({ suggestedName: 'chart.png', base64: png.toString('base64'), filters: [] }, event)).resolves.toBe(target);
    expect(await readFile(target)).toEqual(png);
  });

  it('writes nothing and returns null when the dialog is cancelled', async () => {
    await expect(handlers()['file:saveBinary']({ suggestedName: 'chart.png', base64: png.toString('base64'), filters: [] }, event)).resolves.toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('team:exportApiPdf', () => {
  const teamRequest = { planId: 'plan:live', teamId: 'team:payments', date: '2026-11-16', suggestedName: 'Team API - Payments' };

  it('asks where first, then prints the team’s Team API print view on one A4 portrait page and writes it there', async () => {
    const target = join(folder, 'Team API - Payments.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    printViewBecomesReady(1, 1);
    await expect(handlers()['team:exportApiPdf'](teamRequest, event)).resolves.toBe(target);
    expect(fakeElectron.state.dialogCalls[0]?.options).toMatchObject({ defaultPath: '/home/ana/Documents/Team API - Payments.pdf' });
    const url = exportWindows()[0]!.loadedUrls[0]!;
    expect(url).toBe('app://teamshape/index.html#/print/team-api?plan=plan%3Alive&team=team%3Apayments&date=2026-11-16');
    expect(exportWindows()[0]!.webContents.printToPdfCalls).toEqual([
      { pageSize: 'A4', landscape: false, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: true });
    await expect(handlers()['team:exportApiPdf'](teamRequest, event)).resolves.toBeNull();
    expect(exportWindows()).toHaveLength(0);
  });

  it('says why when the print view reports a problem, and writes nothing', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'x.pdf') });
    fakeElectron.state.pageScript = async () => ({ status: 'error', pages: 0, error: 'This team does not exist in this plan any more.' });
    await expect(handlers()['team:exportApiPdf'](teamRequest, event)).rejects.toThrow('This team does not exist in this plan any more.');
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('map:exportPdf', () => {
  const mapRequest = { query: 'plan=plan%3Alive&period=2026-Q4&types=platform', suggestedName: 'Collaboration map - Live organisation' };

  it('asks where first, then prints the map’s print view on A3 landscape and writes it there', async () => {
    const target = join(folder, 'Collaboration map - Live organisation.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    printViewBecomesReady(1, 2);
    await expect(handlers()['map:exportPdf'](mapRequest, event)).resolves.toBe(target);
    expect(fakeElectron.state.dialogCalls[0]?.options).toMatchObject({ defaultPath: '/home/ana/Documents/Collaboration map - Live organisation.pdf' });
    expect(exportWindows()[0]!.loadedUrls[0]).toBe('app://teamshape/index.html#/print/collaboration-map?plan=plan%3Alive&period=2026-Q4&types=platform');
    expect(exportWindows()[0]!.webContents.printToPdfCalls).toEqual([
      { pageSize: 'A3', landscape: true, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ]);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: true });
    await expect(handlers()['map:exportPdf'](mapRequest, event)).resolves.toBeNull();
    expect(exportWindows()).toHaveLength(0);
  });

  it('names the map when the print view reports a problem, and writes nothing', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'x.pdf') });
    fakeElectron.state.pageScript = async () => ({ status: 'error', pages: 0, error: 'The layout could not be computed.' });
    await expect(handlers()['map:exportPdf'](mapRequest, event)).rejects.toThrow('The collaboration map could not be printed: The layout could not be computed.');
    expect(await readdir(folder)).toEqual([]);
  });
});

import type { IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChartHandlers } from '../../../electron/ipc/chartHandlers';
import { createExportWindow } from '../../../electron/window';
import { fakeElectron, FakeBrowserWindow } from '../../fakes/electron';

let folder: string;
let mainWindow: FakeBrowserWindow;
let event: IpcMainInvokeEvent;

const handlers = (withComparisonView = true) =>
  createChartHandlers({
    dialog,
    windowFor: (sender) => BrowserWindow.fromWebContents(sender),
    defaultDirectory: () => '/home/ana/Documents',
    createExportWindow: () => createExportWindow(BrowserWindow),
    printViewUrl: (query) => `app://teamshape/index.html#/print/chart?${query}`,
    ...(withComparisonView ? { comparisonViewUrl: (query: string) => `app://teamshape/index.html#/print/comparison?${query}` } : {}),
    pdfTimeoutMs: 2_000,
    pdfPollMs: 1,
  });
const request = { baselinePlanId: 'plan:live', candidatePlanIds: ['plan:a', 'plan:b'], suggestedName: 'Teamshape plan comparison 2026-11-16' };
const exportWindows = () => fakeElectron.state.windows.filter((w) => w !== mainWindow);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-comparison-pdf-'));
  mainWindow = new FakeBrowserWindow();
  event = { sender: mainWindow.webContents } as unknown as IpcMainInvokeEvent;
});
afterEach(async () => {
  fakeElectron.reset();
  await rm(folder, { recursive: true, force: true });
});

describe('comparison:exportPdf', () => {
  it('asks where first, prints the comparison’s print view for the plans asked for once it is ready, and saves the PDF', async () => {
    const target = join(folder, 'comparison.pdf');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    let polls = 0;
    fakeElectron.state.pageScript = async () => (++polls > 2 ? { status: 'ready', pages: 0, error: '' } : { status: 'loading', pages: 0, error: '' });
    fakeElectron.state.printToPdf = async () => Buffer.from('%PDF-1.7 comparison');
    await expect(handlers()['comparison:exportPdf'](request, event)).resolves.toBe(target);
    expect(fakeElectron.state.dialogCalls[0]?.options).toMatchObject({ defaultPath: '/home/ana/Documents/Teamshape plan comparison 2026-11-16.pdf' });
    const url = exportWindows()[0]!.loadedUrls[0]!;
    expect(url).toBe('app://teamshape/index.html#/print/comparison?base=plan%3Alive&with=plan%3Aa%2Cplan%3Ab');
    expect(polls).toBeGreaterThan(2);
    expect((await readFile(target)).toString()).toBe('%PDF-1.7 comparison');
    expect(exportWindows()[0]!.isDestroyed()).toBe(true);
    const stages = mainWindow.webContents.sent.filter((m) => m.channel === 'chart:exportProgress').map((m) => (m.args[0] as { message: string }).message);
    expect(stages).toEqual(['Drawing the comparison and its charts…', 'Printing the comparison to PDF…', 'Saving the comparison to comparison.pdf…', 'Saved comparison.pdf.']);
  });

  it('says what went wrong when the print view reports a problem, saving nothing', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: join(folder, 'comparison.pdf') });
    fakeElectron.state.pageScript = async () => ({ status: 'error', pages: 0, error: 'The plan "plan:b" does not exist or was deleted: choose another plan to compare.' });
    await expect(handlers()['comparison:exportPdf'](request, event)).rejects.toThrow('The comparison could not be printed: The plan "plan:b" does not exist');
    expect(await readdir(folder)).toEqual([]);
  });

  it('returns null and opens no window when the save dialog is cancelled', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: true });
    await expect(handlers()['comparison:exportPdf'](request, event)).resolves.toBeNull();
    expect(exportWindows()).toHaveLength(0);
  });

  it('refuses plainly when the shell was not given the comparison view', async () => {
    await expect(handlers(false)['comparison:exportPdf'](request, event)).rejects.toThrow('cannot print comparisons from the desktop window');
  });
});

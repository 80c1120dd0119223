import type { IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, dialog } from 'electron';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileHandlers } from '../../../electron/ipc/fileHandlers';
import { BridgeFailure } from '../../../electron/ipc/registerBridge';
import { TEXT_FILE_MAX_BYTES } from '../../../shared/bridge';
import { FakeBrowserWindow, fakeElectron } from '../../fakes/electron';

let folder: string;
let window: FakeBrowserWindow;
let event: IpcMainInvokeEvent;

const handlers = () =>
  createFileHandlers({
    dialog,
    windowFor: (sender) => BrowserWindow.fromWebContents(sender),
    defaultDirectory: () => '/home/ana/Documents',
  });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'teamshape-files-'));
  window = new FakeBrowserWindow();
  event = { sender: window.webContents } as unknown as IpcMainInvokeEvent;
});

afterEach(async () => {
  fakeElectron.reset();
  await rm(folder, { recursive: true, force: true });
});

describe('file:saveText', () => {
  const request = { suggestedName: 'teamshape-backup.json', content: '{"teams":["Käse"]}', filters: [{ name: 'Backup', extensions: ['json'] }] };

  it('asks where to save, attached to the asking window, starting in Documents with the suggested name', async () => {
    await handlers()['file:saveText'](request, event);
    const [call] = fakeElectron.state.dialogCalls;
    expect(call?.kind).toBe('save');
    expect(call?.window).toBe(window);
    expect(call?.options).toMatchObject({ defaultPath: '/home/ana/Documents/teamshape-backup.json', filters: request.filters });
  });

  it('writes the text as UTF-8 where the user chose and returns that path', async () => {
    const target = join(folder, 'backup.json');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    await expect(handlers()['file:saveText'](request, event)).resolves.toBe(target);
    expect(await readFile(target, 'utf8')).toBe(request.content);
    expect(await readdir(folder)).toEqual(['backup.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(folder, 'backup.json');
    await writeFile(target, 'x'.repeat(1000));
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    await handlers()['file:saveText']({ ...request, content: 'short' }, event);
    expect(await readFile(target, 'utf8')).toBe('short');
  });

  it('returns null and writes nothing when the user cancels', async () => {
    fakeElectron.queueSaveDialogResult({ canceled: true, filePath: '' });
    await expect(handlers()['file:saveText'](request, event)).resolves.toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('explains a failed write and leaves no temporary file behind', async () => {
    const target = join(folder, 'missing-folder', 'backup.json');
    fakeElectron.queueSaveDialogResult({ canceled: false, filePath: target });
    const saving = handlers()['file:saveText'](request, event);
    await expect(saving).rejects.toBeInstanceOf(BridgeFailure);
    await expect(saving).rejects.toThrow(/could not save backup\.json/);
    expect(await readdir(folder)).toEqual([]);
  });

  it('opens an unattached dialog when the asking window is gone', async () => {
    const orphan = { sender: {} } as unknown as IpcMainInvokeEvent;
    await handlers()['file:saveText'](request, orphan);
    expect(fakeElectron.state.dialogCalls[0]?.window).toBeNull();
  });
});

describe('file:openText', () => {
  it('returns the chosen file’s name and text', async () => {
    const path = join(folder, 'backup.json');
    await writeFile(path, '{"people":["Zoë"]}');
    fakeElectron.queueOpenDialogResult({ canceled: false, filePaths: [path] });
    await expect(handlers()['file:openText']({ filters: [] }, event)).resolves.toEqual({
      name: 'backup.json',
      content: '{"people":["Zoë"]}',
    });
    expect(fakeElectron.state.dialogCalls[0]).toMatchObject({ kind: 'open', window, options: { properties: ['openFile'] } });
  });

  it('drops a byte-order mark so the text parses as JSON', async () => {
    const path = join(folder, 'from-windows.json');
    await writeFile(path, '\uFEFF{}');
    fakeElectron.queueOpenDialogResult({ canceled: false, filePaths: [path] });
    await expect(handlers()['file:openText']({ filters: [] }, event)).resolves.toEqual({ name: 'from-windows.json', content: '{}' });
  });

  it('returns null when the user cancels', async () => {
    await expect(handlers()['file:openText']({ filters: [] }, event)).resolves.toBeNull();
  });

  it('refuses a file over 50 MiB without reading it', async () => {
    const path = join(folder, 'huge.json');
    await writeFile(path, '');
    await truncate(path, TEXT_FILE_MAX_BYTES + 1);
    fakeElectron.queueOpenDialogResult({ canceled: false, filePaths: [path] });
    await expect(handlers()['file:openText']({ filters: [] }, event)).rejects.toThrow(
      'huge.json is too large to open (50.0 MiB); Teamshape opens files up to 50 MiB.',
    );
  });

  it('explains a file that vanished between choosing and reading', async () => {
    fakeElectron.queueOpenDialogResult({ canceled: false, filePaths: [join(folder, 'gone.json')] });
    await expect(handlers()['file:openText']({ filters: [] }, event)).rejects.toThrow(/could not open gone\.json/);
  });
});

import type { IpcMainInvokeEvent } from 'electron';
import { BrowserWindow, ipcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, TEXT_FILE_MAX_BYTES } from '../../../shared/bridge';
import { BridgeFailure, registerBridge, type BridgeHandlers } from '../../../electron/ipc/registerBridge';
import { fakeElectron, fakeFrame, FakeBrowserWindow, FakeWebContents } from '../../fakes/electron';

const ourPage = fakeFrame('app://teamshape/index.html');
const saveRequest = { suggestedName: 'backup.json', content: '{"teams":[]}', filters: [] };

function handlers(overrides: Partial<BridgeHandlers> = {}): BridgeHandlers {
  return {
    'app:info': () => ({ version: '0.1.0', platform: 'linux', desktop: true }),
    'file:saveText': () => '/home/ana/backup.json',
    'file:openText': () => null,
    'backup:upload': () => null,
    'backup:writeSafetyCopy': () => '/data/backups/teamshape-before-restore.json',
    'backup:daily': () => ({ written: true, path: '/data/backups/teamshape-daily-2026-05-04.json', removed: [] }),
    'backup:location': () => ({ folder: '/data/backups', daily: [] }),
    'backup:status': () => ({ today: '2026-05-04', due: true, lastSuccessAt: null, lastFailure: null }),
    'backup:list': () => ({ folder: '/data/backups', backups: [] }),
    'backup:read': ({ name, offset }) => ({ name, offset, totalBytes: 2, base64: 'e30=' }),
    'file:saveBinary': () => null,
    'chart:exportPdf': () => null,
    'workspace:readMarker': () => null,
    'workspace:writeMarker': () => null,
    'chart:cancelExport': () => false,
    'sync:allowedServer': () => null,
    'sync:allowServer': () => null,
    'sync:forgetServer': () => null,
    'comparison:exportPdf': () => null,
    'team:exportApiPdf': () => null,
    'map:exportPdf': () => null,
    ...overrides,
  };
}

const logged: unknown[] = [];
function register(overrides: Partial<BridgeHandlers> = {}) {
  registerBridge(ipcMain, handlers(overrides), {
    trustedOrigins: ['app://teamshape'],
    isOwnWindow: (sender) => BrowserWindow.fromWebContents(sender) !== null,
    logError: (message) => logged.push(message),
  });
}

let ourWindow: FakeBrowserWindow;
beforeEach(() => {
  logged.length = 0;
  // The fake reports calls as coming from the page of its first live window: this one.
  ourWindow = new FakeBrowserWindow();
});
afterEach(() => fakeElectron.reset());

describe('registerBridge', () => {
  it('registers a handler for every channel of the bridge table, and no other', () => {
    register();
    expect([...fakeElectron.state.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers our own top-level page with { ok: true, value }', async () => {
    register();
    await expect(fakeElectron.invokeMain('app:info', ourPage)).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', desktop: true },
    });
    await expect(fakeElectron.invokeMain('file:saveText', ourPage, saveRequest)).resolves.toEqual({
      ok: true,
      value: '/home/ana/backup.json',
    });
  });

  it('passes the handler the parsed request, with defaults filled in', async () => {
    const save = vi.fn(() => null);
    register({ 'file:saveText': save });
    await fakeElectron.invokeMain('file:saveText', ourPage, { suggestedName: 'a.json', content: 'x' });
    expect(save).toHaveBeenCalledWith({ suggestedName: 'a.json', content: 'x', filters: [] }, expect.anything());
  });
});

describe('forged senders are refused before any handler runs', () => {
  it.each([
    ['another origin', fakeFrame('https://evil.example/')],
    ['a look-alike app host', fakeFrame('app://teamshape.evil/index.html')],
    ['a local file', fakeFrame('file:///tmp/evil.html')],
    ['the browser-mode origin', fakeFrame('http://127.0.0.1:47821/')],
    ['a sub-frame of our own page', fakeFrame('app://teamshape/index.html', ourPage)],
    ['a sub-frame from elsewhere inside our page', fakeFrame('https://evil.example/', ourPage)],
    ['a frame that has gone', null],
    ['about:blank', fakeFrame('about:blank')],
  ])('refuses %s', async (_what, frame) => {
    const save = vi.fn(() => '/tmp/x');
    register({ 'file:saveText': save });
    const reply = await fakeElectron.invokeMain('file:saveText', frame, saveRequest);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining("only available to Teamshape's own window") });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses our own origin from a WebContents that is not one of our windows (a webview, a stray page)', async () => {
    const save = vi.fn(() => '/tmp/x');
    register({ 'file:saveText': save });
    const reply = await fakeElectron.invokeMainFrom('file:saveText', { frame: ourPage, sender: new FakeWebContents() }, saveRequest);
    expect(reply).toMatchObject({ ok: false });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a window that has been closed', async () => {
    register();
    const sender = ourWindow.webContents;
    ourWindow.close();
    await expect(fakeElectron.invokeMainFrom('app:info', { frame: ourPage, sender })).resolves.toMatchObject({ ok: false });
  });

  it('refuses a frame whose URL cannot be read, without throwing', async () => {
    register();
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    const listener = fakeElectron.state.ipcHandlers.get('app:info')!;
    const reply = await listener({ senderFrame: disposed, sender: ourWindow.webContents } as unknown as IpcMainInvokeEvent);
    expect(reply).toMatchObject({ ok: false });
  });
});

describe('malformed and oversized payloads are refused without throwing', () => {
  it.each([
    ['nothing', []],
    ['a number', [42]],
    ['a string', ['backup.json']],
    ['an array', [[saveRequest]]],
    ['a missing field', [{ suggestedName: 'a.json' }]],
    ['an extra field', [{ ...saveRequest, path: '/etc/passwd' }]],
    ['a path as the name', [{ ...saveRequest, suggestedName: '/etc/passwd' }]],
    ['a prototype-polluting key', [JSON.parse('{"__proto__":{"admin":true},"suggestedName":"a","content":""}')]],
    ['a second argument', [saveRequest, { also: true }]],
    ['a Map', [new Map()]],
    ['a typed array', [new Uint8Array(8)]],
  ])('refuses %s', async (_what, args) => {
    const save = vi.fn(() => '/tmp/x');
    register({ 'file:saveText': save });
    const reply = await fakeElectron.invokeMain('file:saveText', ourPage, ...args);
    expect(reply).toEqual({ ok: false, error: expect.any(String) });
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a request over the byte cap before parsing it', async () => {
    register();
    const oversized = { ...saveRequest, content: 'x'.repeat(TEXT_FILE_MAX_BYTES + 65 * 1024) };
    const reply = await fakeElectron.invokeMain('file:saveText', ourPage, oversized);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('larger than the 50 MiB allowed') });
  });

  it('refuses a payload for app:info, which takes none', async () => {
    register();
    await expect(fakeElectron.invokeMain('app:info', ourPage, { version: 'x' })).resolves.toMatchObject({ ok: false });
  });

  it('says where an invalid request went wrong', async () => {
    register();
    const reply = await fakeElectron.invokeMain('file:saveText', ourPage, { ...saveRequest, filters: [{ name: 'x', extensions: ['.js'] }] });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/invalid at filters\.0\.extensions\.0/) });
  });
});

describe('handler failures become replies', () => {
  it('passes a BridgeFailure message on to the renderer', async () => {
    register({ 'file:openText': () => Promise.reject(new BridgeFailure('backup.json is 80 MiB')) });
    await expect(fakeElectron.invokeMain('file:openText', ourPage, { filters: [] })).resolves.toEqual({
      ok: false,
      error: 'backup.json is 80 MiB',
    });
  });

  it('hides other errors behind a general message and logs them', async () => {
    register({
      'file:openText': () => {
        throw new Error('EACCES /secret/internal/path');
      },
    });
    const reply = await fakeElectron.invokeMain('file:openText', ourPage, { filters: [] });
    expect(reply).toEqual({ ok: false, error: "Teamshape could not complete 'file:openText'." });
    expect(logged).toEqual(["'file:openText' failed"]);
  });

  it('refuses to send a reply that does not match the response schema', async () => {
    register({ 'app:info': () => ({ version: '0.1.0' }) as never });
    await expect(fakeElectron.invokeMain('app:info', ourPage)).resolves.toMatchObject({ ok: false });
    expect(logged[0]).toMatch(/does not match its schema/);
  });
});

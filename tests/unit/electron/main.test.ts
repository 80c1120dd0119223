import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/bridge';
import type { fakeElectron as FakeElectron } from '../../fakes/electron';
import { expectHardened } from './expectHardened';

type Fake = typeof FakeElectron;

let appData: string;
beforeEach(() => {
  appData = mkdtempSync(join(tmpdir(), 'teamshape-appdata-'));
});

/** Loads electron/main.ts fresh against a fresh fake, as Electron would run it. */
async function launch(prepare: (fake: Fake) => void = () => {}): Promise<Fake> {
  vi.resetModules();
  const { fakeElectron } = await import('../../fakes/electron');
  fakeElectron.reset();
  fakeElectron.state.paths.set('appData', appData);
  prepare(fakeElectron);
  await import('../../../electron/main');
  return fakeElectron;
}

let fake: Fake | undefined;
afterEach(() => {
  // Every window main created in any test, by whatever path: locked down.
  for (const window of fake?.state.windows ?? []) expectHardened(window);
  fake?.reset();
  fake = undefined;
  rmSync(appData, { recursive: true, force: true });
});

/** Clicks the application menu's item for `id`, as the user would. */
function clickMenu(fake: Fake, id: string): void {
  const everyItem = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...everyItem(Array.isArray(item.submenu) ? item.submenu : [])]);
  const menu = fake.state.applicationMenu as { template: MenuItemConstructorOptions[] };
  const item = everyItem(menu.template).find((i) => i.id === id);
  if (!item?.click) throw new Error(`No menu item ${id}`);
  (item.click as () => void)();
}

describe('electron/main before the app is ready', () => {
  it('registers app:// as a privileged scheme, pins userData and enables the sandbox everywhere', async () => {
    fake = await launch();
    expect(fake.state.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(fake.state.paths.get('userData')).toBe(join(appData, 'Teamshape'));
    expect(fake.state.sandboxEnabled).toBe(true);
    expect(fake.state.windows).toEqual([]);
  });

  it('pins userData to "Teamshape" before asking for the single-instance lock, whatever the app is called', async () => {
    fake = await launch();
    expect(fake.state.userDataAtLock).toBe(join(appData, 'Teamshape'));
  });

  it('quits at once when another Teamshape already holds the single-instance lock', async () => {
    fake = await launch((f) => {
      f.state.singleInstanceLock = false;
    });
    expect(fake.state.quitCalls).toBe(1);
    await fake.becomeReady();
    expect(fake.state.windows).toEqual([]);
    expect(fake.state.ipcHandlers.size).toBe(0);
  });
});

describe('electron/main once ready', () => {
  it('serves the build under app:// and registers every bridge channel', async () => {
    fake = await launch();
    await fake.becomeReady();
    expect([...fake.state.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
    expect(fake.state.applicationMenu).not.toBeNull();
  });

  it('opens one locked-down window on app://teamshape, with our preload, shown when ready', async () => {
    fake = await launch();
    await fake.becomeReady();
    const [window] = fake.state.windows;
    expect(fake.state.windows).toHaveLength(1);
    expect(window?.loadedUrls).toEqual(['app://teamshape/index.html']);
    expect(window?.options.webPreferences.preload).toBe('/fake/app/dist/electron/preload.cjs');
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
  });

  it('guards the window: no navigation away, no new windows', async () => {
    fake = await launch();
    await fake.becomeReady();
    const contents = fake.state.windows[0]!.webContents;
    const { navigationEvent } = await import('../../fakes/electron');
    const away = navigationEvent('https://example.com/');
    contents.emit('will-navigate', away, away.url);
    expect(away.defaultPrevented).toBe(true);
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.state.openedExternally).toEqual(['https://example.com/', 'https://example.com/']);
  });

  it('denies every permission request and check, and every device', async () => {
    fake = await launch();
    await fake.becomeReady();
    const answers: boolean[] = [];
    fake.state.permissionRequestHandler?.({}, 'media', (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false]);
    expect(fake.state.permissionCheckHandler?.({}, 'notifications', 'app://teamshape', {})).toBe(false);
    expect(fake.state.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('downloads nothing at run time: the spellchecker (which fetches dictionaries) is off', async () => {
    fake = await launch();
    expect(fake.state.spellCheckerEnabled).toBe(true);
    await fake.becomeReady();
    expect(fake.state.spellCheckerEnabled).toBe(false);
    for (const window of fake.state.windows) expect(window.options.webPreferences.spellcheck).toBe(false);
  });

  it('refuses the bridge to our origin in a WebContents that is not one of its windows', async () => {
    fake = await launch();
    await fake.becomeReady();
    const { fakeFrame, FakeWebContents } = await import('../../fakes/electron');
    const reply = await fake.invokeMainFrom('app:info', { frame: fakeFrame('app://teamshape/index.html'), sender: new FakeWebContents() });
    expect(reply).toMatchObject({ ok: false });
  });

  it('sets the About panel to Teamshape and its version', async () => {
    fake = await launch();
    await fake.becomeReady();
    expect(fake.state.aboutPanelOptions).toMatchObject({ applicationName: 'Teamshape', applicationVersion: '0.1.0' });
  });

  it('answers the bridge for our page and refuses another origin', async () => {
    fake = await launch();
    await fake.becomeReady();
    const { fakeFrame } = await import('../../fakes/electron');
    await expect(fake.invokeMain('app:info', fakeFrame('app://teamshape/index.html'))).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, desktop: true },
    });
    await expect(fake.invokeMain('app:info', fakeFrame('https://evil.example/'))).resolves.toMatchObject({ ok: false });
  });

  it('brings the existing window forward when Teamshape is started again', async () => {
    fake = await launch();
    await fake.becomeReady();
    const window = fake.state.windows[0]!;
    window.minimized = true;
    const { app } = await import('../../fakes/electron');
    app.emit('second-instance');
    expect(window).toMatchObject({ minimized: false, focused: true });
    expect(fake.state.windows).toHaveLength(1);
  });

  it('opens a window on a second launch when the last one was closed (macOS), shown only when ready', async () => {
    fake = await launch();
    await fake.becomeReady();
    fake.state.windows[0]!.close();
    const { app } = await import('../../fakes/electron');
    app.emit('second-instance');
    const reopened = fake.state.windows[1]!;
    expect(reopened.visible).toBe(false);
    reopened.emit('ready-to-show');
    expect(reopened.visible).toBe(true);
  });

  it('reopens a window on activate after the last one was closed', async () => {
    fake = await launch();
    await fake.becomeReady();
    fake.state.windows[0]!.close();
    const { app } = await import('../../fakes/electron');
    app.emit('activate');
    expect(fake.state.windows).toHaveLength(2);
  });
});

describe('electron/main: menu commands reach the renderer', () => {
  it('sends a menu command to the page once it has loaded', async () => {
    fake = await launch();
    await fake.becomeReady();
    const window = fake.state.windows[0]!;
    clickMenu(fake, 'team.new');
    expect(window.webContents.sent).toEqual([]);
    window.webContents.finishLoad();
    expect(window.webContents.sent).toEqual([{ channel: 'command:run', args: ['team.new'] }]);
    clickMenu(fake, 'go.settings');
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'command:run', args: ['go.settings'] });
  });

  it('opens a window for a command chosen after the last window was closed (macOS)', async () => {
    fake = await launch();
    await fake.becomeReady();
    fake.state.windows[0]!.close();
    clickMenu(fake, 'roster.import');
    const reopened = fake.state.windows[1]!;
    expect(reopened.loadedUrls).toEqual(['app://teamshape/index.html']);
    expect(reopened.visible).toBe(false); // shown on ready-to-show, no white flash
    reopened.webContents.finishLoad();
    expect(reopened.webContents.sent).toEqual([{ channel: 'command:run', args: ['roster.import'] }]);
  });
});

describe('electron/main: unsaved changes and window geometry', () => {
  it('asks before a window with unsaved form changes closes', async () => {
    fake = await launch();
    await fake.becomeReady();
    const { navigationEvent } = await import('../../fakes/electron');
    const objection = navigationEvent('');
    fake.queueMessageBoxResponse(0);
    fake.state.windows[0]!.webContents.emit('will-prevent-unload', objection);
    expect(fake.state.messageBoxCalls).toHaveLength(1);
    expect(objection.defaultPrevented).toBe(false);
  });

  it('remembers where the window was and reopens it there on the next start', async () => {
    fake = await launch();
    await fake.becomeReady();
    fake.state.windows[0]!.setBounds({ x: 200, y: 150, width: 1000, height: 700 });
    fake.state.windows[0]!.close();
    const file = join(appData, 'Teamshape', 'window-state.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ bounds: { x: 200, y: 150, width: 1000, height: 700 }, maximized: false });

    fake.reset();
    fake = await launch();
    await fake.becomeReady();
    expect(fake.state.windows[0]?.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
  });

  it('starts at the default size when the saved state is corrupt', async () => {
    mkdirSync(join(appData, 'Teamshape'), { recursive: true });
    writeFileSync(join(appData, 'Teamshape', 'window-state.json'), '{not json');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fake = await launch();
    await fake.becomeReady();
    expect(fake.state.windows[0]?.options).toMatchObject({ width: 1280, height: 820, minWidth: 900, minHeight: 600 });
    expect(fake.state.windows[0]?.options).not.toHaveProperty('x');
    warn.mockRestore();
  });
});

describe('electron/main in development', () => {
  it('loads Vite’s dev server from TEAMSHAPE_DEV_URL and gives it the dev CSP', async () => {
    vi.stubEnv('TEAMSHAPE_DEV_URL', 'http://127.0.0.1:47822/');
    try {
      fake = await launch();
      await fake.becomeReady();
      expect(fake.state.windows[0]?.loadedUrls).toEqual(['http://127.0.0.1:47822/']);
      expect(fake.state.headersReceived).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

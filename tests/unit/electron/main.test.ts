import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/bridge';
import { buildWebPreferences } from '../../../electron/window';
import type { fakeElectron as FakeElectron, FakeBrowserWindow } from '../../fakes/electron';

type Fake = typeof FakeElectron;

/** Loads electron/main.ts fresh against a fresh fake, as Electron would run it. */
async function launch(prepare: (fake: Fake) => void = () => {}): Promise<Fake> {
  vi.resetModules();
  const { fakeElectron } = await import('../../fakes/electron');
  fakeElectron.reset();
  prepare(fakeElectron);
  await import('../../../electron/main');
  return fakeElectron;
}

function expectLockedDown(windows: FakeBrowserWindow[]): void {
  for (const window of windows) {
    const preferences = window.options.webPreferences;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(preferences).toEqual(buildWebPreferences(preferences.preload));
  }
}

let fake: Fake | undefined;
afterEach(() => {
  if (fake) expectLockedDown(fake.state.windows);
  fake?.reset();
  fake = undefined;
});

describe('electron/main before the app is ready', () => {
  it('registers app:// as a privileged scheme, pins userData and enables the sandbox everywhere', async () => {
    fake = await launch();
    expect(fake.state.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(fake.state.paths.get('userData')).toBe('/fake/appData/Teamshape');
    expect(fake.state.sandboxEnabled).toBe(true);
    expect(fake.state.windows).toEqual([]);
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

  it('denies every permission request', async () => {
    fake = await launch();
    await fake.becomeReady();
    const answers: boolean[] = [];
    fake.state.permissionRequestHandler?.({}, 'media', (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false]);
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

  it('reopens a window on activate after the last one was closed', async () => {
    fake = await launch();
    await fake.becomeReady();
    fake.state.windows[0]!.close();
    const { app } = await import('../../fakes/electron');
    app.emit('activate');
    expect(fake.state.windows).toHaveLength(2);
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

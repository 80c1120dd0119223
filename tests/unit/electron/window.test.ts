import { BrowserWindow } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWebPreferences, createMainWindow, focusWindow } from '../../../electron/window';
import { FakeBrowserWindow, fakeElectron } from '../../fakes/electron';

afterEach(() => fakeElectron.reset());

describe('buildWebPreferences', () => {
  const preferences = buildWebPreferences('/app/dist/electron/preload.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(preferences[name]).toBe(value);
  });

  it('loads our bundled preload and nothing else', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
  });
});

describe('createMainWindow', () => {
  const create = (): FakeBrowserWindow => {
    const created = createMainWindow({ BrowserWindow, preloadPath: '/app/dist/electron/preload.cjs', startUrl: 'app://teamshape/index.html' });
    return created as unknown as FakeBrowserWindow;
  };

  it('creates a window with the locked-down preferences, hidden until ready', () => {
    const window = create();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual(buildWebPreferences('/app/dist/electron/preload.cjs'));
  });

  it('loads the app origin and shows the window on ready-to-show', () => {
    const window = create();
    expect(window.loadedUrls).toEqual(['app://teamshape/index.html']);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and brings it forward', () => {
    const window = new FakeBrowserWindow();
    window.minimized = true;
    focusWindow(window as unknown as BrowserWindow);
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('does nothing without a live window', () => {
    const window = new FakeBrowserWindow();
    window.close();
    expect(() => focusWindow(window as unknown as BrowserWindow)).not.toThrow();
    expect(() => focusWindow(null)).not.toThrow();
    expect(window.focused).toBe(false);
  });
});

describe('createMainWindow with a remembered placement', () => {
  it('opens at the remembered size and position, with a minimum size', () => {
    createMainWindow({
      BrowserWindow,
      preloadPath: '/p.cjs',
      startUrl: 'app://teamshape/index.html',
      placement: { bounds: { x: 40, y: 50, width: 1000, height: 700 }, maximized: false },
    });
    expect(fakeElectron.state.windows[0]?.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700, minWidth: 900, minHeight: 600, show: false });
  });

  it('shows a window that was maximised already maximised, once it is ready', () => {
    const window = createMainWindow({
      BrowserWindow,
      preloadPath: '/p.cjs',
      startUrl: 'app://teamshape/index.html',
      placement: { bounds: { width: 1000, height: 700 }, maximized: true },
    }) as unknown as FakeBrowserWindow;
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window).toMatchObject({ maximized: true, visible: true });
  });
});

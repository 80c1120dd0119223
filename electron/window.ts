import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer is an untrusted web page with one door: the preload's bridge. Every window
 * Teamshape creates gets exactly these preferences.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Teamshape',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: buildWebPreferences(preloadPath),
  };
}

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindow;
  preloadPath: string;
  startUrl: string;
}

export function createMainWindow({ BrowserWindow, preloadPath, startUrl }: MainWindowDeps): BrowserWindow {
  const mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow.show());
  mainWindow.loadURL(startUrl).catch((error: unknown) => console.error(`Teamshape could not load ${startUrl}:`, error));
  return mainWindow;
}

/** Brings the existing window forward, e.g. when the user starts Teamshape a second time. */
export function focusWindow(target: BrowserWindow | null): void {
  if (!target || target.isDestroyed()) return;
  if (target.isMinimized()) target.restore();
  target.show();
  target.focus();
}
